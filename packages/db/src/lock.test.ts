// One process at a time may open an embedded data directory: a second one gets
// a clear message instead of corrupting the database.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir, openDatabase } from './client.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'rb-lock-'));
const LOCK = 'rb-workbench.lock';

describe('embedded data directory lock', () => {
  it('refuses a directory another live process holds, naming it and the way out', async () => {
    const d = dir();
    writeFileSync(join(d, LOCK), String(process.ppid)); // the parent process: alive
    expect(() => lockDataDir(d)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(d)).toThrow(/in use by process \d+.*DATABASE_URL/);
    await expect(openDatabase({ dataDir: d })).rejects.toThrow(DataDirInUseError);
    expect(readFileSync(join(d, LOCK), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const d = dir();
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    writeFileSync(join(d, LOCK), String(gone));
    const release = lockDataDir(d);
    expect(readFileSync(join(d, LOCK), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(d, LOCK))).toBe(false);
  });
});
