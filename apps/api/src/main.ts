import { startServer } from './server.ts';

const running = await startServer();
console.log(`\nRB Workbench is running: ${running.url}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.close();
    process.exit(0);
  });
}
