// The per-request context: who is calling, for which government, with which
// roles, plus the database and the request's DataLoaders.
import type { Government, Membership, PrismaClient, Role, User } from '@rb/db';
import { findSession, readSessionToken } from './auth/session.ts';
import { forbidden, unauthenticated } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  prisma: PrismaClient;
  /** 'pglite' or 'postgres' */
  databaseKind: string;
  user: User | null;
  memberships: (Membership & { government: Government })[];
  /** The government this request is for; only ever one the user belongs to. */
  government: Government | null;
  roles: Set<Role>;
  loaders: Loaders;
  sessionToken: string | undefined;
  /** The public id of this request's session (marks "this browser" in the list of sessions). */
  sessionId: string | undefined;
  secureCookies: boolean;
  setCookie(value: string): void;
  /** The client's address (behind a load balancer: as RB_TRUST_PROXY lets Express read it). */
  clientAddress: string | undefined;
  /** The browser's User-Agent header, as sent (shown in the user's list of sessions). */
  userAgent: string | undefined;
}

export const GOVERNMENT_HEADER = 'x-government';

export interface ContextRequest {
  cookie: string | undefined;
  government: string | undefined;
  setCookie(value: string): void;
  clientAddress?: string | undefined;
  userAgent?: string | undefined;
}

export async function buildContext(
  prisma: PrismaClient,
  databaseKind: string,
  req: ContextRequest,
  secureCookies: boolean,
): Promise<Context> {
  const sessionToken = readSessionToken(req.cookie);
  const session = await findSession(prisma, sessionToken, req.clientAddress);
  const user = session?.user ?? null;
  const ctx: Context = {
    prisma,
    databaseKind,
    user,
    memberships: [],
    government: null,
    roles: new Set(),
    loaders: createLoaders(prisma),
    sessionToken,
    sessionId: session?.publicId,
    secureCookies,
    setCookie: req.setCookie,
    clientAddress: req.clientAddress,
    userAgent: req.userAgent,
  };
  if (user) await selectGovernment(ctx, req.government);
  return ctx;
}

/**
 * Loads the user's memberships and picks the requested government (code or id)
 * among them. A membership an administrator deactivated does not count, from
 * the next request on.
 */
export async function selectGovernment(ctx: Context, requested: string | undefined) {
  if (!ctx.user) return;
  ctx.memberships = await ctx.prisma.membership.findMany({
    // An ADMIN membership limited to an agency (rows from before that was refused) grants nothing.
    where: { userId: ctx.user.id, deactivatedAt: null, NOT: { role: 'ADMIN', agencyId: { not: null } } },
    include: { government: true },
    orderBy: [{ government: { name: 'asc' } }, { role: 'asc' }],
  });
  const match = requested
    ? ctx.memberships.find((m) => m.government.code === requested || m.government.id === requested)
    : ctx.memberships[0];
  ctx.government = match?.government ?? null;
  ctx.roles = new Set(ctx.memberships.filter((m) => m.governmentId === ctx.government?.id).map((m) => m.role));
}

export function requireUser(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** The selected government's id; every tenant query filters by it. */
export function governmentId(ctx: Context): string {
  requireUser(ctx);
  if (!ctx.government) throw forbidden('error.noGovernment');
  return ctx.government.id;
}

/**
 * While the user must replace an initial password only these root fields
 * work (viewer and signOut are public); everything else is FORBIDDEN with
 * 'account.passwordChangeRequired'.
 */
export const PASSWORD_CHANGE_FIELDS: ReadonlySet<string> = new Set(['changeOwnPassword']);

export function requirePasswordChanged(ctx: Context, fieldName: string) {
  if (ctx.user?.mustChangePassword && !PASSWORD_CHANGE_FIELDS.has(fieldName)) throw forbidden('account.passwordChangeRequired');
}

export function hasRole(ctx: Context, roles: readonly Role[]): boolean {
  return ctx.roles.has('ADMIN') || roles.some((r) => ctx.roles.has(r));
}
