// Sessions: a random token in an httpOnly cookie; the database keeps only its
// SHA-256, so any API process behind a load balancer can check it.
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookie, serialize } from 'cookie';
import type { PrismaClient } from '@rb/db';

export const SESSION_COOKIE = 'rb_session';
export const SESSION_DAYS = 14;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(prisma: PrismaClient, userId: string) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await prisma.session.create({ data: { id: digest(token), userId, expiresAt } });
  return { token, expiresAt };
}

export async function findSessionUser(prisma: PrismaClient, token: string | undefined) {
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!session || session.expiresAt < new Date() || session.user.disabled) return null;
  return session.user;
}

/** Ends every session of the user but the one with `keepToken` (e.g. after a password change). */
export async function deleteOtherSessions(prisma: Pick<PrismaClient, 'session'>, userId: string, keepToken: string | undefined) {
  await prisma.session.deleteMany({ where: { userId, ...(keepToken ? { id: { not: digest(keepToken) } } : {}) } });
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
