// Backup and restore of the product's database, one command each
// (`pnpm db:backup <file>`, `pnpm db:restore <file>`), for both places a
// government keeps it:
// - the embedded database (PGlite data directory): the whole data directory
//   as a gzipped tarball, PGlite's own dump format (`dumpDataDir`), taken
//   while holding the directory's lock (a running server holds it: stop it
//   first, the message says so);
// - a PostgreSQL server (DATABASE_URL): `pg_dump --format=custom`, restored
//   with `pg_restore --single-transaction`, so a restore that fails leaves
//   the target database as it was.
// A restore never overwrites a database silently: the target must be empty,
// or `replace` is asked for (the embedded directory is then moved aside, not
// deleted). Migrations run after a restore, so an older backup opens in a
// newer product.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir, openDatabase, redactUrl } from './client.ts';
import { migrateDeploy } from './migrate.ts';

export interface BackupTarget {
  /** A PostgreSQL server database; absent: the embedded database in dataDir. */
  url?: string;
  dataDir: string;
}

/** Why a backup or restore was refused; nothing was changed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const LOCK_FILE = 'rb-workbench.lock';
type Format = 'embedded' | 'postgres' | 'unknown';

/** The kind of a backup file by its first bytes: gzip (an embedded data directory) or pg_dump's custom format. */
function formatOf(file: string): Format {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
    if (head.toString('latin1') === 'PGDMP') return 'postgres';
    return 'unknown';
  } finally {
    closeSync(fd);
  }
}

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new BackupError(`${command} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client).`);
  }
  if (r.status !== 0) throw new BackupError(`${command} failed: ${(r.stderr || r.stdout || '').trim()}`);
}

/** Writes the backup of the database to `file` (written whole or not at all). Returns a description. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    if (target.url) {
      run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${target.url}`]);
      renameSync(partial, file);
      return `PostgreSQL ${redactUrl(target.url)} → ${file}`;
    }
    if (!existsSync(join(target.dataDir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${target.dataDir}.`);
    const release = lockDataDir(target.dataDir);
    try {
      const pglite = new PGlite(target.dataDir);
      try {
        // dumpDataDir before the database is ready never settles.
        await pglite.waitReady;
        const dump = await pglite.dumpDataDir('gzip');
        writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await pglite.close();
      }
    } finally {
      release();
    }
    renameSync(partial, file);
    return `embedded database ${target.dataDir} → ${file}`;
  } finally {
    rmSync(partial, { force: true });
  }
}

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    return r.rows[0].n as number;
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the database. Refused (nothing changed) when the file
 * is not a backup of this kind of database, or the target already holds a
 * database and `replace` was not asked for.
 */
export async function restoreDatabase(target: BackupTarget, file: string, opts: { replace?: boolean } = {}): Promise<string> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const format = formatOf(file);
  const wanted: Format = target.url ? 'postgres' : 'embedded';
  if (format !== wanted) {
    throw new BackupError(
      format === 'unknown'
        ? `${file} is not an RB Workbench backup.`
        : `${file} is a backup of ${format === 'embedded' ? 'an embedded database' : 'a PostgreSQL database'}; ` +
            `it restores with ${format === 'embedded' ? 'DATABASE_URL unset' : 'DATABASE_URL set'}.`,
    );
  }
  let movedAside: string | undefined;
  if (target.url) {
    const tables = await tablesIn(target.url);
    if (tables > 0 && !opts.replace) {
      throw new BackupError(
        `The database ${redactUrl(target.url)} already has ${tables} tables. Restore into an empty database, or pass --replace to replace its content.`,
      );
    }
    run('pg_restore', [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      ...(tables > 0 ? ['--clean', '--if-exists'] : []),
      `--dbname=${target.url}`,
      file,
    ]);
  } else {
    const dir = target.dataDir;
    const holdsDatabase = existsSync(dir) && readdirSync(dir).some((f) => f !== LOCK_FILE);
    if (holdsDatabase) {
      if (!opts.replace) {
        throw new BackupError(
          `${dir} already holds a database. Restore into a new directory (RB_DATA_DIR), or pass --replace to move it aside.`,
        );
      }
      // Taking the lock first: a running server keeps its directory.
      lockDataDir(dir)();
      movedAside = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dir, movedAside);
    }
    mkdirSync(dir, { recursive: true });
    const release = lockDataDir(dir);
    try {
      const pglite = new PGlite(dir, { loadDataDir: new Blob([await readFile(file)]) });
      await pglite.waitReady;
      await pglite.close();
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      if (movedAside) renameSync(movedAside, dir);
      throw new BackupError(`${file} could not be restored: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      release();
    }
    // The tarball carries the lock file of the process that made it.
    rmSync(join(dir, LOCK_FILE), { force: true });
  }
  // An older backup opens in this version of the product.
  const db = await openDatabase({ url: target.url, dataDir: target.dataDir, poolSize: 2 });
  try {
    const applied = await migrateDeploy(db.adapterFactory);
    const where = target.url ? `PostgreSQL ${redactUrl(target.url)}` : `the embedded database ${target.dataDir}`;
    return (
      `${file} → ${where}` +
      (applied.length ? `; migrations applied: ${applied.join(', ')}` : '') +
      (movedAside ? `; the previous directory was moved to ${movedAside}` : '')
    );
  } finally {
    await db.close();
  }
}
