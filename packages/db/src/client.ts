// The one way the product opens its database: embedded PGlite (persisted in a
// directory, or in memory for tests) by default, a PostgreSQL server when a
// connection URL is given. Both speak PostgreSQL and share the migrations.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection URL. When set, PGlite is not used. */
  url?: string;
  /** PGlite data directory. Ignored when `url` is set. */
  dataDir?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  /** An already created PGlite instance (tests). */
  pglite?: PGlite;
  /** Count SQL statements (for tests and benchmarks). */
  countQueries?: boolean;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** The adapter factory the migration engine drives. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded instance, when kind is 'pglite'. */
  pglite?: PGlite;
  /** Number of SQL statements sent since the last reset (countQueries only). */
  queryCount(): number;
  resetQueryCount(): void;
  close(): Promise<void>;
  describe: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let count = 0;
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let pglite: PGlite | undefined;
  let describe: string;
  let releaseLock = () => {};
  if (options.url) {
    adapterFactory = new PrismaPg({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // Fail fast when the server is away instead of queueing requests, and never let one
      // statement or an abandoned transaction hold a connection for long.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    });
    describe = `PostgreSQL ${redactUrl(options.url)}`;
  } else {
    if (options.pglite) {
      pglite = options.pglite;
      describe = 'PGlite (given)';
    } else if (options.memory) {
      pglite = new PGlite();
      describe = 'PGlite (in memory)';
    } else {
      if (!options.dataDir) throw new Error('openDatabase: dataDir, memory or url is required');
      mkdirSync(options.dataDir, { recursive: true });
      releaseLock = lockDataDir(options.dataDir);
      pglite = new PGlite(options.dataDir);
      describe = `PGlite ${options.dataDir}`;
    }
    await pglite.waitReady;
    adapterFactory = new PrismaPGlite(pglite);
  }
  const prisma = new PrismaClient({
    adapter: adapterFactory,
    log: options.countQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.countQueries) {
    (prisma as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => {
      count++;
    });
  }
  return {
    kind: options.url ? 'postgres' : 'pglite',
    prisma,
    adapterFactory,
    pglite,
    describe,
    queryCount: () => count,
    resetQueryCount: () => {
      count = 0;
    },
    async close() {
      await prisma.$disconnect();
      if (pglite && !pglite.closed) await pglite.close();
      releaseLock();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}

/** Raised when another process has the embedded database open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running RB Workbench server?). ` +
        'Stop that process first, or use a PostgreSQL server (DATABASE_URL), which any number of processes can share.',
    );
    this.name = 'DataDirInUseError';
  }
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process at a time opens a PGlite data directory (two would corrupt it):
 * a lock file holds the owner's pid; a lock left by a process that is gone is
 * taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'rb-workbench.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) rmSync(path);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path, 'utf8'));
      if (owner && owner !== process.pid && processAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
