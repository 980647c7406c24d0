// pnpm db:migrate <deploy|status|create <name>|check>
// pnpm db:backup <file> · pnpm db:restore <file> [--replace]
import { resolve } from 'node:path';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { databaseConfigFromEnv } from './config.ts';
import { openDatabase } from './client.ts';
import { createMigration, migrateDeploy, migrateStatus, pendingSchemaChange } from './migrate.ts';

const [command = 'deploy', arg] = process.argv.slice(2);

async function main() {
  if (command === 'create') {
    if (!arg) throw new Error('usage: pnpm db:migrate create <name>');
    const created = await createMigration(arg);
    console.log(created ? `created ${created.folder}` : 'schema and migrations already match: nothing to create');
    return;
  }
  if (command === 'check') {
    const sql = await pendingSchemaChange();
    if (sql) {
      console.error(`prisma/schema.prisma has changes without a migration:\n${sql}`);
      process.exitCode = 1;
    } else console.log('migrations match the schema');
    return;
  }
  const cfg = databaseConfigFromEnv();
  if (command === 'backup' || command === 'restore') {
    if (!arg) throw new Error(`usage: pnpm db:${command} <file>${command === 'restore' ? ' [--replace]' : ''}`);
    // Relative to where the command was typed (pnpm runs scripts from the workspace root).
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
    const done =
      command === 'backup'
        ? await backupDatabase(cfg, file)
        : await restoreDatabase(cfg, file, { replace: process.argv.includes('--replace') });
    console.log(`${command === 'backup' ? 'backed up' : 'restored'}: ${done}`);
    return;
  }
  const db = await openDatabase({ url: cfg.url, dataDir: cfg.dataDir });
  try {
    if (command === 'deploy') {
      const applied = await migrateDeploy(db.adapterFactory);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
    } else if (command === 'status') {
      console.log(JSON.stringify(await migrateStatus(db.adapterFactory), null, 2));
    } else throw new Error(`unknown command ${command}`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
