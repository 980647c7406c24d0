// Sessions: a random token in an httpOnly cookie; the database keeps only its
// SHA-256, so any API process behind a load balancer can check it. A session
// ends at its absolute lifetime (RB_SESSION_MAX_DAYS, the cookie's expiry too)
// or after RB_SESSION_IDLE_HOURS without a request; an ended session is
// refused and deleted when it is presented, and purged otherwise
// (housekeeping.ts).
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookie, serialize } from 'cookie';
import type { PrismaClient, Session } from '@rb/db';

export const SESSION_COOKIE = 'rb_session';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  maxMs: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function sessionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  return {
    idleMs: positive(env.RB_SESSION_IDLE_HOURS, 12) * 3_600_000,
    maxMs: positive(env.RB_SESSION_MAX_DAYS, 30) * 86_400_000,
  };
}

export const SESSION_POLICY = sessionPolicyFromEnv();

/** lastSeenAt is written at most this often per session (not on every request). */
export const TOUCH_EVERY_MS = 60_000;

const USER_AGENT_MAX = 400;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The condition of sessions that have ended, for deleting them. */
export function endedSessions(now: Date, policy: SessionPolicy = SESSION_POLICY) {
  return { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMs) } }] };
}

export function hasEnded(session: Pick<Session, 'expiresAt' | 'lastSeenAt'>, now: number, policy: SessionPolicy = SESSION_POLICY) {
  return session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() <= now - policy.idleMs;
}

export async function createSession(
  prisma: Pick<PrismaClient, 'session'>,
  userId: string,
  client: { userAgent?: string | undefined; address?: string | undefined } = {},
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_POLICY.maxMs);
  const session = await prisma.session.create({
    data: {
      id: digest(token),
      userId,
      expiresAt,
      userAgent: client.userAgent?.slice(0, USER_AGENT_MAX) || null,
      address: client.address ?? null,
    },
  });
  return { token, expiresAt, publicId: session.publicId };
}

/**
 * The user of a session token and the session's public id, or null when the
 * token is unknown, the session has ended (it is deleted then) or the user is
 * disabled. Records the use (lastSeenAt, address) at most once a minute.
 */
export async function findSession(prisma: PrismaClient, token: string | undefined, address?: string) {
  if (!token) return null;
  const id = digest(token);
  const session = await prisma.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  const now = Date.now();
  if (hasEnded(session, now)) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (session.user.disabled) return null;
  if (now - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: new Date(now), ...(address ? { address } : {}) } });
  }
  return { user: session.user, publicId: session.publicId };
}

/** Ends every session of the user but the one with `keepToken` (e.g. after a password change). */
export async function deleteOtherSessions(prisma: Pick<PrismaClient, 'session'>, userId: string, keepToken: string | undefined) {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(keepToken ? { id: { not: digest(keepToken) } } : {}) },
  });
  return count;
}

export async function deleteSession(prisma: PrismaClient, token: string | undefined) {
  if (token) await prisma.session.deleteMany({ where: { id: digest(token) } });
}

export function readSessionToken(cookieHeader: string | undefined) {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
}

export function sessionCookie(token: string, expires: Date, secure: boolean) {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, expires });
}

export function clearedSessionCookie(secure: boolean) {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: new Date(0) });
}
