// The demo governments (Kota Probolinggo, Kota Depok, Kabupaten Gresik,
// Kabupaten Lumajang), typed from the seed documents, their users, and the
// national assessment frameworks.
import type { PrismaClient } from '@rb/db';
import { depok } from './fixtures/depok.ts';
import { frameworks } from './fixtures/frameworks.ts';
import { gresik } from './fixtures/gresik.ts';
import { lumajang } from './fixtures/lumajang.ts';
import { probolinggo } from './fixtures/probolinggo.ts';
import { buildDemoRows, summarize, writeRows } from './load.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export { AREAS } from './areas.ts';
export { buildDemoRows, frameworkRows, type LoadIssue } from './load.ts';
export type * from './types.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './users.ts';

export const DEMO_GOVERNMENTS = [probolinggo, depok, gresik, lumajang];
export const DEMO_FRAMEWORKS = frameworks;

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
