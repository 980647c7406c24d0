import { z } from 'zod';
import type { Context } from '../context.ts';
import { selectGovernment } from '../context.ts';
import { dummyHash, verifyPassword } from '../auth/password.ts';
import { clearedSessionCookie, createSession, deleteSession, sessionCookie } from '../auth/session.ts';
import { AppError, badInput } from '../errors.ts';
import { audit } from './audit.ts';

const ZSignInArgs = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export async function signIn(ctx: Context, args: { email: string; password: string }) {
  const parsed = ZSignInArgs.safeParse(args);
  if (!parsed.success) throw badInput('Email atau kata sandi tidak valid', parsed.error.issues[0]?.path.join('.'));
  const { email, password } = parsed.data;
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  const usable = user && !user.disabled ? user : null;
  // Unknown or disabled accounts are checked against a dummy hash so timing does not reveal them.
  const ok = await verifyPassword(usable?.passwordHash ?? (await dummyHash()), password);
  if (!usable || !ok) throw new AppError('UNAUTHENTICATED', 'Email atau kata sandi salah');
  const session = await createSession(ctx.prisma, usable.id);
  ctx.setCookie(sessionCookie(session.token, session.expiresAt, ctx.secureCookies));
  ctx.user = usable;
  await selectGovernment(ctx, undefined);
  await audit(ctx.prisma, ctx, { entity: 'User', entityId: usable.id, action: 'SIGN_IN' });
  return { viewer: ctx };
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
