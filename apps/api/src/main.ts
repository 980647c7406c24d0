import { DataDirInUseError } from '@rb/db';
import { startServer } from './server.ts';
import { PublicDemoError } from './services/setup/demo-accounts.ts';

const running = await startServer().catch((e: unknown) => {
  if (!(e instanceof DataDirInUseError || e instanceof PublicDemoError)) throw e;
  console.error(`\n✗ ${e.message}\n`);
  process.exit(1);
});
console.log(`\nRB Workbench is running: ${running.url}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.close();
    process.exit(0);
  });
}
