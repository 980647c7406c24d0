// Test databases for both legs of the suite. A global setup builds one
// migrated template per leg (optionally with content); each test file then
// gets its own copy in well under a second:
// - PGlite: the template's data directory is dumped to a tar file once and
//   every copy starts from it;
// - PostgreSQL: CREATE DATABASE … TEMPLATE on the server at RB_TEST_PG_URL
//   (default postgresql://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from './client.ts';
import type { PrismaClient } from './generated/client.ts';
import { migrateDeploy } from './migrate.ts';

export type TestLeg = 'pglite' | 'postgres';

/** Name of the PostgreSQL template; RB_TEST_TEMPLATE_DB lets several runs share one server. */
export const TEMPLATE_DB = process.env.RB_TEST_TEMPLATE_DB ?? 'rb_test_template';

export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.RB_TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function isServerReachable(url = testServerUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Fill = (prisma: PrismaClient) => Promise<void>;

/** Builds the PGlite template and writes its data directory to `tarPath`. */
export async function buildPgliteTemplate(tarPath: string, fill?: Fill) {
  const db = await openDatabase({ memory: true });
  try {
    await migrateDeploy(db.adapterFactory);
    if (fill) await fill(db.prisma);
    const dump = await db.pglite!.dumpDataDir('none');
    writeFileSync(tarPath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** Builds (or rebuilds) the PostgreSQL template database. */
export async function buildPostgresTemplate(fill?: Fill, serverUrl = testServerUrl()) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${TEMPLATE_DB}`);
  const db = await openDatabase({ url: withDatabase(serverUrl, TEMPLATE_DB), poolSize: 2 });
  try {
    await migrateDeploy(db.adapterFactory);
    if (fill) await fill(db.prisma);
  } finally {
    await db.close();
  }
}

/** A private copy of the template for one test file. Close it when done (drops the copy). */
export async function openTestDatabase(leg: TestLeg, opts: { tarPath?: string; countQueries?: boolean } = {}): Promise<Database> {
  if (leg === 'pglite') {
    if (!opts.tarPath) throw new Error('openTestDatabase(pglite) needs the template tar path');
    const pglite = new PGlite({ loadDataDir: new Blob([readFileSync(opts.tarPath)]) });
    await pglite.waitReady;
    return openDatabase({ pglite, countQueries: opts.countQueries });
  }
  const serverUrl = testServerUrl();
  const name = `rb_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const db = await openDatabase({ url: withDatabase(serverUrl, name), countQueries: opts.countQueries, poolSize: 4 });
  return {
    ...db,
    async close() {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The PGlite template as a data directory on disk (as a government's embedded database is). */
export async function pgliteTemplateToDir(tarPath: string, dataDir: string) {
  const pglite = new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(tarPath)]) });
  await pglite.waitReady;
  await pglite.close();
}
