// The demo governments (Kota Probolinggo, Kota Depok, Kabupaten Gresik,
// Kabupaten Lumajang), typed from the seed documents, and their users. The
// national reference data (areas, frameworks) lives in @rb/reference.
import type { PrismaClient } from '@rb/db';
import { NATIONAL_FRAMEWORKS } from '@rb/reference';
import { depok } from './fixtures/depok.ts';
import { gresik } from './fixtures/gresik.ts';
import { lumajang } from './fixtures/lumajang.ts';
import { probolinggo } from './fixtures/probolinggo.ts';
import { buildDemoRows, summarize, writeRows } from './load.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { buildDemoRows, type LoadIssue } from './load.ts';
export type * from './types.ts';
export { DEMO_EMAIL_SUFFIX, DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export const DEMO_GOVERNMENTS = [probolinggo, depok, gresik, lumajang];
/** The frameworks the demo loads: the national ones (@rb/reference). */
export const DEMO_FRAMEWORKS = NATIONAL_FRAMEWORKS;

export async function isDatabaseEmpty(prisma: PrismaClient) {
  const [governments, users] = await Promise.all([prisma.government.count(), prisma.user.count()]);
  return governments === 0 && users === 0;
}

/** Loads the demo content into an empty database; returns a one-line summary. */
export async function loadDemo(prisma: PrismaClient, opts: { hashPassword: (p: string) => Promise<string> }) {
  const { rows } = await buildDemoRows({
    hashPassword: opts.hashPassword,
    governments: DEMO_GOVERNMENTS,
    frameworks: DEMO_FRAMEWORKS,
    users: DEMO_USERS,
    password: DEMO_PASSWORD,
  });
  await writeRows(prisma, rows);
  return summarize(rows);
}
