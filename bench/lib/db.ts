// A private, temporary PGlite database with the demo governments, for one
// benchmark run: migrated with the product's migrations, the demo loaded
// with the product's loader, counting SQL statements.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, migrateDeploy, openDatabase } from '@rb/db';
import { loadDemo } from '@rb/demo';
import { hashPassword } from '../../apps/api/src/auth/password.ts';
import { log } from './report.ts';

export interface BenchDatabase {
  db: Database;
  dataDir: string;
  /** Closes the database and removes its directory. */
  dispose(): Promise<void>;
}

export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `rb-bench-${label}-`));
  const t0 = performance.now();
  const db = await openDatabase({ dataDir, countQueries: true });
  await migrateDeploy(db.adapterFactory);
  const summary = await loadDemo(db.prisma, { hashPassword });
  log(`database ${dataDir}: migrated, demo loaded in ${Math.round(performance.now() - t0)} ms (${summary})`);
  return {
    db,
    dataDir,
    async dispose() {
      await db.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** createMany in chunks (PostgreSQL caps a statement at 65,535 bind parameters). */
export async function createManyChunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, chunkSize = 1000) {
  for (let i = 0; i < rows.length; i += chunkSize) await write(rows.slice(i, i + chunkSize));
}

export async function governmentByCode(db: Database, code: string) {
  const government = await db.prisma.government.findUnique({ where: { code } });
  if (!government) throw new Error(`demo government "${code}" not found: has the demo content changed?`);
  return government;
}
