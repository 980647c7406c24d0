// Migrations without Prisma's native engine: Prisma's own schema engine,
// compiled to WebAssembly, driven through the same driver adapters the app
// uses. `_prisma_migrations` is written exactly as `prisma migrate` writes it,
// so a machine with the native CLI can run `prisma migrate deploy` on the
// same folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export const PRISMA_DIR = fileURLToPath(new URL('../../../prisma/', import.meta.url));
export const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = join(PRISMA_DIR, 'schema.prisma');

const FILTERS = { externalTables: [], externalEnums: [] };

interface Engine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    editedMigrationNames: string[];
    failedMigrationNames: string[];
    hasMigrationsTable: boolean;
    history: unknown;
  }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

type EngineModule = { SchemaEngine: { new: (...a: unknown[]) => Promise<Engine> } };

/**
 * Process-wide state, kept on globalThis: the wasm-bindgen glue module is one
 * per process, so the instance bound to it must be too, even when this file is
 * evaluated more than once (test runners load it once per project). Engine
 * commands also run one at a time.
 */
const shared = globalThis as unknown as { __rbSchemaEngine?: Promise<EngineModule>; __rbSchemaEngineQueue?: Promise<unknown> };

function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = (shared.__rbSchemaEngineQueue ?? Promise.resolve()).then(fn, fn);
  shared.__rbSchemaEngineQueue = run.catch(() => undefined);
  return run;
}

/** Loads the WebAssembly build of Prisma's schema engine once per process. */
async function loadEngineModule() {
  shared.__rbSchemaEngine ??= (async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    // Without a panic registry, engine panics surface as "reading 'set_message'".
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: '',
      set_message(this: { message: string }, m: string) {
        this.message = m;
      },
    };
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Record<string, unknown> & {
      __wbg_set_wasm(exports: unknown): void;
      SchemaEngine: { new: (...a: unknown[]) => Promise<Engine> };
    };
    // The package's exports map does not expose the .wasm file: find it next to the JS.
    const jsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = readFileSync(join(dirname(jsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg } as WebAssembly.Imports);
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return shared.__rbSchemaEngine;
}

/**
 * The engine arms a 10 s timer it never clears; unref timers created while it
 * runs so a CLI or test process can exit as soon as its work is done.
 */
async function withUnrefTimers<T>(fn: () => Promise<T>): Promise<T> {
  const original = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const t = original(...args);
    (t as { unref?: () => void }).unref?.();
    return t;
  }) as typeof setTimeout;
  try {
    return await fn();
  } finally {
    globalThis.setTimeout = original;
  }
}

/**
 * Wraps an adapter factory so that the engine's shadow database is a private
 * in-memory PGlite (closed afterwards) instead of the adapters' own shadow
 * handling, which is unusable with a URL (adapter-pg) or never closes (PGlite).
 */
function withPrivateShadow(factory: SqlMigrationAwareDriverAdapterFactory) {
  const shadows: PGlite[] = [];
  const adapters: SqlDriverAdapter[] = [];
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const a = await factory.connect();
      adapters.push(a);
      return a;
    },
    async connectToShadowDb() {
      const shadow = new PGlite();
      shadows.push(shadow);
      const a = await new PrismaPGlite(shadow).connect();
      adapters.push(a);
      return a;
    },
  };
  return {
    factory: wrapped,
    async dispose() {
      for (const a of adapters) await a.dispose().catch(() => undefined);
      for (const s of shadows) if (!s.closed) await s.close().catch(() => undefined);
    },
  };
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: string | undefined,
  fn: (engine: Engine) => Promise<T>,
): Promise<T> {
  const mod = await loadEngineModule();
  const shadow = withPrivateShadow(factory);
  return serialized(() =>
    withUnrefTimers(async () => {
      const logs: string[] = [];
      const engine = await mod.SchemaEngine.new(
        { datamodels: schema === undefined ? undefined : [['schema.prisma', schema]] },
        (log: string) => logs.push(log),
        bindMigrationAwareSqlAdapterFactory(shadow.factory),
      );
      try {
        return await fn(engine);
      } finally {
        engine.free();
        await shadow.dispose();
      }
    }),
  );
}

export function readMigrationsList(dir = MIGRATIONS_DIR) {
  const lockPath = join(dir, 'migration_lock.toml');
  const dirs = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** `prisma migrate deploy`: applies the migrations not yet applied. */
export async function migrateDeploy(factory: SqlMigrationAwareDriverAdapterFactory, dir = MIGRATIONS_DIR) {
  return withEngine(factory, undefined, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(dir), filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/** `prisma migrate status`. */
export async function migrateStatus(factory: SqlMigrationAwareDriverAdapterFactory, dir = MIGRATIONS_DIR) {
  return withEngine(factory, undefined, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: readMigrationsList(dir),
      optInToShadowDatabase: false,
      filters: FILTERS,
    }),
  );
}

/**
 * The SQL that takes the migrations folder to the schema, or '' when they
 * already match. Runs against a private in-memory PGlite.
 */
export async function pendingSchemaChange(dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH): Promise<string> {
  const schema = readFileSync(schemaPath, 'utf8');
  const pg = new PGlite();
  try {
    return await withEngine(new PrismaPGlite(pg), schema, async (engine) => {
      const out = await engine.diff({
        from: { tag: 'migrations', ...readMigrationsList(dir) },
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      const sql = out.stdout ?? '';
      return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) ? '' : sql;
    });
  } finally {
    await pg.close();
  }
}

/** `prisma migrate dev --create-only`: writes a new migration folder. */
export async function createMigration(name: string, dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('Migration name: lower-case letters, digits and _ only');
  ensureLockfile(dir);
  const sql = await pendingSchemaChange(dir, schemaPath);
  if (!sql) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const folder = join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), sql);
  return { folder, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}

function ensureLockfile(dir: string) {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'migration_lock.toml');
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
}
