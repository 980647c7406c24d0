// The signed-in user's own sessions: the list ("Sesi aktif": browser, address,
// signed in, last used, this one marked), ending one, ending all others. Only
// ever the caller's own: another user's session id is NOT_FOUND and nothing
// changes.
import type { Session } from '@rb/db';
import { z } from 'zod';
import { clearedSessionCookie, endedSessions } from '../auth/session.ts';
import { type Context, requireUser } from '../context.ts';
import { notFound } from '../errors.ts';
import { audit } from './audit.ts';
import { TRANSACTION_OPTIONS } from './kernel.ts';

export function sessionView(ctx: Context, s: Session) {
  return {
    id: s.publicId,
    userAgent: s.userAgent,
    address: s.address,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    current: s.publicId === ctx.sessionId,
  };
}

/** The caller's sessions that have not ended: this one first, then by last use. */
export async function mySessions(ctx: Context) {
  const me = requireUser(ctx);
  const rows = await ctx.prisma.session.findMany({
    where: { userId: me.id, NOT: endedSessions(new Date()) },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
  });
  const views = rows.map((s) => sessionView(ctx, s));
  return [...views.filter((s) => s.current), ...views.filter((s) => !s.current)];
}

const ZSessionId = z.string().uuid();

/** Ends one of the caller's sessions; ending this one signs this browser out. */
export async function endSession(ctx: Context, id: string) {
  const me = requireUser(ctx);
  if (!ZSessionId.safeParse(id).success) throw notFound('Session');
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { publicId: id, userId: me.id } });
    if (count !== 1) throw notFound('Session');
    await audit(tx, ctx, { entity: 'Session', entityId: id, action: 'DELETE' });
  }, TRANSACTION_OPTIONS);
  if (id === ctx.sessionId) ctx.setCookie(clearedSessionCookie(ctx.secureCookies));
  return true;
}

/** Ends every session of the caller but this one; returns how many ended. */
export async function endOtherSessions(ctx: Context) {
  const me = requireUser(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({
      where: { userId: me.id, ...(ctx.sessionId ? { publicId: { not: ctx.sessionId } } : {}) },
    });
    if (count) await audit(tx, ctx, { entity: 'User', entityId: me.id, action: 'UPDATE', after: { sessionsEnded: count } });
    return count;
  }, TRANSACTION_OPTIONS);
}
