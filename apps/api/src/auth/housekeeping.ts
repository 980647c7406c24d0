// Deleting what has run out: expired sign-in counters and ended sessions. Run
// on sign-in, at most once per PURGE_EVERY_MS in each process, so it costs
// nothing on ordinary requests and needs no timer. (An ended session is also
// deleted when it is presented, and a user's own when they sign in.)
import type { PrismaClient } from '@rb/db';
import { endedSessions } from './session.ts';

export const PURGE_EVERY_MS = 10 * 60_000;

const lastRun = new WeakMap<PrismaClient, number>();

/** Deletes every expired counter and ended session; returns how many rows went. */
export async function purgeExpired(prisma: PrismaClient, now = new Date()) {
  const limits = await prisma.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  const sessions = await prisma.session.deleteMany({ where: endedSessions(now) });
  return { limits: limits.count, sessions: sessions.count };
}

/** purgeExpired() unless this process ran it within PURGE_EVERY_MS. */
export async function purgeExpiredNowAndThen(prisma: PrismaClient) {
  const now = Date.now();
  if (now - (lastRun.get(prisma) ?? 0) < PURGE_EVERY_MS) return;
  lastRun.set(prisma, now);
  await purgeExpired(prisma, new Date(now));
}
