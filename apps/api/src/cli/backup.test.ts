// Backup and restore (issue 15, Operations): a demo database with a change of
// its own is backed up with the product's command, restored into a fresh
// database, and holds the same rows in every table; a restore never lands on
// a database that is already there (nothing changes), nor a file of the other
// kind. Run on the leg's own kind of database: the embedded data directory
// (PGlite) and a PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError, backupDatabase, type BackupTarget, openDatabase, type PrismaClient, restoreDatabase } from '@rb/db';
import { adminQuery, pgliteTemplateToDir, testServerUrl, withDatabase } from '@rb/db/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeApi, leg } from '../testing/harness.ts';

// A whole data directory is dumped and loaded: seconds each, more on a busy machine.
const SLOW = 60_000;
const work = mkdtempSync(join(tmpdir(), 'rb-backup-'));
const created: string[] = [];

/** A new target of this leg's kind: an empty embedded directory, or a new empty PostgreSQL database. */
async function newTarget(): Promise<BackupTarget> {
  if (leg === 'pglite') return { dataDir: join(work, `data-${randomBytes(3).toString('hex')}`) };
  const name = `rb_backup_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(testServerUrl(), `CREATE DATABASE ${name}`);
  created.push(name);
  return { url: withDatabase(testServerUrl(), name), dataDir: work };
}

/** Every table's row count, and the content of a few that matter most. */
async function contentOf(prisma: PrismaClient) {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${tablename}"`);
    counts[tablename] = row!.n;
  }
  const steps = await prisma.step.findMany({ select: { id: true, name: true, months: true, version: true }, orderBy: { id: 'asc' } });
  const values = await prisma.indicatorValue.findMany({
    select: { id: true, numericValue: true, textValue: true },
    orderBy: { id: 'asc' },
  });
  return { counts, steps, values: values.map((v) => ({ ...v, numericValue: v.numericValue?.toString() ?? null })) };
}

async function withDb<T>(target: BackupTarget, fn: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const db = await openDatabase({ url: target.url, dataDir: target.dataDir, poolSize: 2 });
  try {
    return await fn(db.prisma);
  } finally {
    await db.close();
  }
}

describeApi('backup and restore', () => {
  let source: BackupTarget;
  let before: Awaited<ReturnType<typeof contentOf>>;
  const renamed = `Langkah setelah cadangan ${Date.now()}`;

  beforeAll(async () => {
    source = await newTarget();
    if (leg === 'pglite') {
      // The demo database as a government's data directory on disk.
      await pgliteTemplateToDir(inject('pgliteTemplate'), source.dataDir);
    } else {
      await adminQuery(testServerUrl(), `DROP DATABASE ${created.pop()}`);
      const name = `rb_backup_src_${Date.now()}`;
      await adminQuery(testServerUrl(), `CREATE DATABASE ${name} TEMPLATE ${process.env.RB_TEST_TEMPLATE_DB ?? 'rb_test_template'}`);
      created.push(name);
      source = { url: withDatabase(testServerUrl(), name), dataDir: work };
    }
    // A change of the government's own, so the backup is not the template.
    before = await withDb(source, async (prisma) => {
      const step = await prisma.step.findFirstOrThrow({ orderBy: { id: 'asc' } });
      await prisma.step.update({ where: { id: step.id }, data: { name: renamed, months: [2, 3], version: { increment: 1 } } });
      return contentOf(prisma);
    });
  }, SLOW);

  afterAll(async () => {
    for (const name of created) await adminQuery(testServerUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('restores a backup into a fresh database with the same rows in every table', { timeout: SLOW }, async () => {
    const file = join(work, `cadangan-${leg}.backup`);
    const said = await backupDatabase(source, file);
    expect(said).toContain(file);
    expect(existsSync(`${file}.partial`)).toBe(false);
    const fresh = await newTarget();
    await restoreDatabase(fresh, file);
    const after = await withDb(fresh, contentOf);
    expect(Object.keys(after.counts).length).toBeGreaterThan(30);
    expect(after.counts.Government).toBeGreaterThanOrEqual(4);
    expect(after).toEqual(before);
    expect(after.steps.find((s) => s.name === renamed)?.months).toEqual([2, 3]);
  });

  it('refuses to restore over a database that is there, and changes nothing', { timeout: SLOW }, async () => {
    const file = join(work, `cadangan-2-${leg}.backup`);
    await backupDatabase(source, file);
    await withDb(source, (prisma) => prisma.step.updateMany({ where: { name: renamed }, data: { name: `${renamed} (lagi)` } }));
    await expect(restoreDatabase(source, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/--replace/);
    expect(await withDb(source, (prisma) => prisma.step.count({ where: { name: `${renamed} (lagi)` } }))).toBe(1);
  });

  it('replaces a database only when asked, keeping an embedded directory aside', { timeout: SLOW }, async () => {
    const file = join(work, `cadangan-3-${leg}.backup`);
    await backupDatabase(source, file);
    const target = await newTarget();
    await restoreDatabase(target, file);
    await withDb(target, async (prisma) => {
      const first = await prisma.step.findFirstOrThrow({ orderBy: { id: 'asc' } });
      await prisma.step.update({ where: { id: first.id }, data: { name: 'diubah' } });
    });
    const said = await restoreDatabase(target, file, { replace: true });
    expect(await withDb(target, (prisma) => prisma.step.count({ where: { name: 'diubah' } }))).toBe(0);
    if (leg === 'pglite') {
      expect(said).toContain('moved to');
      expect(readdirSync(work).some((f) => f.startsWith(`${target.dataDir.split('/').pop()}.before-restore-`))).toBe(true);
    }
  });

  it('refuses a file that is not a backup of this kind of database', { timeout: SLOW }, async () => {
    const notBackup = join(work, 'catatan.txt');
    writeFileSync(notBackup, 'bukan cadangan');
    await expect(restoreDatabase(await newTarget(), notBackup)).rejects.toThrow(/not an RB Workbench backup/);
    const other = join(work, 'other-kind.backup');
    writeFileSync(other, leg === 'pglite' ? 'PGDMP....' : Buffer.from([0x1f, 0x8b, 0, 0]));
    await expect(restoreDatabase(await newTarget(), other)).rejects.toThrow(/restores with DATABASE_URL/);
  });

  it.runIf(leg === 'pglite')('refuses to back up an embedded database another process has open', async () => {
    // The lock of a live process (this test's parent), as a running server leaves it.
    const lock = join(source.dataDir, 'rb-workbench.lock');
    writeFileSync(lock, String(process.ppid));
    try {
      await expect(backupDatabase(source, join(work, 'in-use.backup'))).rejects.toThrow(/in use by process/);
    } finally {
      rmSync(lock, { force: true });
    }
  });
});
