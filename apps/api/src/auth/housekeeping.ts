// Deleting what has run out: expired sign-in counters (and, with the sessions,
// expired sessions). Run on sign-in, at most once per PURGE_EVERY_MS in each
// process, so it costs nothing on ordinary requests and needs no timer.
import type { PrismaClient } from '@rb/db';

export const PURGE_EVERY_MS = 10 * 60_000;

const lastRun = new WeakMap<PrismaClient, number>();

/** Deletes every expired counter; returns how many rows went. */
export async function purgeExpired(prisma: PrismaClient, now = new Date()) {
  const limits = await prisma.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  return { limits: limits.count };
}

/** purgeExpired() unless this process ran it within PURGE_EVERY_MS. */
export async function purgeExpiredNowAndThen(prisma: PrismaClient) {
  const now = Date.now();
  if (now - (lastRun.get(prisma) ?? 0) < PURGE_EVERY_MS) return;
  lastRun.set(prisma, now);
  await purgeExpired(prisma, new Date(now));
}
