// The one way the product opens its database: embedded PGlite (persisted in a
// directory, or in memory for tests) by default, a PostgreSQL server when a
// connection URL is given. Both speak PostgreSQL and share the migrations.
import { mkdirSync } from 'node:fs';
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
  if (options.url) {
    adapterFactory = new PrismaPg({ connectionString: options.url, max: options.poolSize ?? 10 });
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
