// The signed-in user's own account: sign-in / sign-out, language, changing
// their password, and activating a new account from a one-time link.
import { ZActivateAccount, ZChangeOwnPassword } from '@rb/domain';
import { z } from 'zod';
import type { Context } from '../context.ts';
import { requireUser, selectGovernment } from '../context.ts';
import { purgeExpiredNowAndThen } from '../auth/housekeeping.ts';
import { takeAttempt } from '../auth/limits.ts';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { clearedSessionCookie, createSession, deleteOtherSessions, deleteSession, endedSessions, sessionCookie } from '../auth/session.ts';
import { AppError, badInput } from '../errors.ts';
import { audit } from './audit.ts';
import { parseInput, TRANSACTION_OPTIONS } from './kernel.ts';
import { tokenDigest } from './organization/credentials.ts';

const ZSignInArgs = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export async function signIn(ctx: Context, args: { email: string; password: string }) {
  const parsed = ZSignInArgs.safeParse(args);
  if (!parsed.success) throw badInput('Email atau kata sandi tidak valid', parsed.error.issues[0]?.path.join('.'));
  const { email, password } = parsed.data;
  // Counted before the password is checked; a locked account or address is refused unchecked.
  const attempt = await takeAttempt(ctx.prisma, { email, address: ctx.clientAddress });
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  const usable = user && !user.disabled ? user : null;
  // Unknown or disabled accounts are checked against a dummy hash so timing does not reveal them.
  const ok = await verifyPassword(usable?.passwordHash ?? (await dummyHash()), password);
  if (!usable || !ok) {
    await attempt.failed();
    throw new AppError('UNAUTHENTICATED', 'Email atau kata sandi salah');
  }
  await attempt.succeeded();
  await startSession(ctx, usable.id);
  return { viewer: ctx };
}

/** A new session for the user (cookie set), lastSignInAt recorded, memberships loaded, sign-in audited. */
async function startSession(ctx: Context, userId: string) {
  // The user's own ended sessions go now (cheap: by user); everyone's now and then.
  await ctx.prisma.session.deleteMany({ where: { userId, ...endedSessions(new Date()) } });
  const session = await createSession(ctx.prisma, userId, { userAgent: ctx.userAgent, address: ctx.clientAddress });
  ctx.setCookie(sessionCookie(session.token, session.expiresAt, ctx.secureCookies));
  ctx.sessionToken = session.token;
  ctx.sessionId = session.publicId;
  // lastSignInAt is not an edit of the account: the version stays.
  ctx.user = await ctx.prisma.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  await selectGovernment(ctx, undefined);
  await audit(ctx.prisma, ctx, { entity: 'User', entityId: userId, action: 'SIGN_IN' });
  await purgeExpiredNowAndThen(ctx.prisma);
}

export async function signOut(ctx: Context) {
  await deleteSession(ctx.prisma, ctx.sessionToken);
  ctx.setCookie(clearedSessionCookie(ctx.secureCookies));
  return true;
}

export async function setLocale(ctx: Context, locale: string) {
  if (locale !== 'id' && locale !== 'en') throw badInput('Bahasa harus id atau en', 'locale');
  const user = await ctx.prisma.user.update({ where: { id: ctx.user!.id }, data: { locale } });
  ctx.user = user;
  return user;
}

/**
 * Changes the caller's password after checking the current one; clears
 * mustChangePassword and any activation link, and ends the user's other
 * sessions (this browser stays signed in).
 */
export async function changeOwnPassword(ctx: Context, input: unknown) {
  const me = requireUser(ctx);
  const { currentPassword, newPassword } = parseInput(ZChangeOwnPassword, input);
  // Guessing the current password from a left-open browser counts like guessing at sign-in.
  const attempt = await takeAttempt(ctx.prisma, { email: me.email, address: ctx.clientAddress });
  if (!(await verifyPassword(me.passwordHash, currentPassword))) {
    await attempt.failed();
    throw badInput('account.wrongPassword', 'currentPassword');
  }
  await attempt.succeeded();
  if (currentPassword === newPassword) throw badInput('account.passwordUnchanged', 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  ctx.user = await ctx.prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: me.id },
      data: { passwordHash, mustChangePassword: false, activationTokenHash: null, activationExpiresAt: null, version: { increment: 1 } },
    });
    await deleteOtherSessions(tx, me.id, ctx.sessionToken);
    await audit(tx, ctx, { entity: 'User', entityId: me.id, action: 'UPDATE', after: { passwordChanged: true } });
    return user;
  }, TRANSACTION_OPTIONS);
  return true;
}

/** Sets the first password from a one-time activation link (7 days, single use) and signs the user in. */
export async function activateAccount(ctx: Context, input: unknown) {
  const { token, password } = parseInput(ZActivateAccount, input);
  // Activation tokens are 256-bit random, but tries at them still count against the address.
  const attempt = await takeAttempt(ctx.prisma, { address: ctx.clientAddress });
  const passwordHash = await hashPassword(password);
  const userId = await ctx.prisma.$transaction(async (tx) => {
    // One statement: only a valid, unexpired token is consumed, and only once.
    const [user] = await tx.user.updateManyAndReturn({
      where: { activationTokenHash: tokenDigest(token), activationExpiresAt: { gt: new Date() }, disabled: false },
      data: { passwordHash, mustChangePassword: false, activationTokenHash: null, activationExpiresAt: null, version: { increment: 1 } },
    });
    if (!user) return null;
    await tx.session.deleteMany({ where: { userId: user.id } });
    return user.id;
  }, TRANSACTION_OPTIONS);
  if (!userId) {
    await attempt.failed();
    throw badInput('account.activationInvalid', 'token');
  }
  await attempt.succeeded();
  await startSession(ctx, userId);
  await audit(ctx.prisma, ctx, { entity: 'User', entityId: userId, action: 'UPDATE', after: { activated: true } });
  return { viewer: ctx };
}
