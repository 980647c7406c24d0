// Users of a government as its administrator manages them: create (with an
// initial password or an activation link), roles and agency scope, deactivate
// / reactivate in this government, reset a password. One account per email:
// an email that already has an account (of another government) gets roles
// here and keeps its password, and nothing else about it is revealed.
//
// Rules: the last active administrator cannot lose the role or be
// deactivated; a password is reset only for an account that belongs to no
// other government (an administrator must not take over someone else's
// account); deactivation counts at once (context.ts ignores deactivated
// memberships) and ends every session when no government is left.
import { ROLES, ZCreateUser, ZResetUserPassword, ZUpdateUser, ZVersionedId } from '@rb/domain';
import type { Membership, Role, User } from '@rb/db';
import type { Context } from '../../context.ts';
import { badInput, conflict, forbidden, notFound, staleVersion } from '../../errors.ts';
import { checkAgency, isUuid, parseInput, type Writer, write } from '../kernel.ts';
import { type Credential, issueCredential } from './credentials.ts';

export type UserStatus = 'ACTIVE' | 'DEACTIVATED' | 'PENDING_ACTIVATION' | 'MUST_CHANGE_PASSWORD';

export interface ManagedUserView {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  agencyId: string | null;
  status: UserStatus;
  lastSignInAt: string | null;
  version: number;
}

/** The user as the administrator of one government sees them (their memberships there). */
export function managedUserView(
  user: User,
  memberships: readonly Pick<Membership, 'role' | 'agencyId' | 'deactivatedAt'>[],
): ManagedUserView {
  const active = memberships.filter((m) => !m.deactivatedAt);
  const status: UserStatus =
    active.length === 0
      ? 'DEACTIVATED'
      : user.activationTokenHash
        ? 'PENDING_ACTIVATION'
        : user.mustChangePassword
          ? 'MUST_CHANGE_PASSWORD'
          : 'ACTIVE';
  const roles = [...new Set(memberships.map((m) => m.role))].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles,
    agencyId: memberships.find((m) => m.agencyId)?.agencyId ?? null,
    status,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    version: user.version,
  };
}

/** What the audit log keeps of a user (never a password hash or token). */
const auditView = (v: ManagedUserView) => ({ email: v.email, name: v.name, roles: v.roles, agencyId: v.agencyId, status: v.status });

/** A user with a membership in the caller's government, with those memberships; else NOT_FOUND. */
async function findUser(w: Writer, id: string) {
  if (!isUuid(id)) throw notFound('User');
  const user = await w.tx.user.findFirst({
    where: { id, memberships: { some: { governmentId: w.gid } } },
    include: { memberships: { where: { governmentId: w.gid } } },
  });
  if (!user) throw notFound('User');
  return user;
}

type Found = Awaited<ReturnType<typeof findUser>>;

const stale = (user: Found) => staleVersion('User', user, (u: Found) => managedUserView(u, u.memberships));

function checkVersion(user: Found, version: number) {
  if (user.version !== version) throw stale(user);
}

/** Bumps the user's version if it is still `version` (one statement), with extra columns. */
async function bumpUser(w: Writer, user: Found, version: number, data: Record<string, unknown> = {}) {
  const [after] = await w.tx.user.updateManyAndReturn({ where: { id: user.id, version }, data: { ...data, version: { increment: 1 } } });
  if (!after) throw stale(await findUser(w, user.id));
  return after;
}

/** Refuses when no other active administrator of the government would be left. */
async function ensureAnotherAdmin(w: Writer, userId: string, field?: string) {
  const others = await w.tx.membership.count({
    // Only a government-wide one counts (an agency-limited ADMIN row grants nothing).
    where: { governmentId: w.gid, role: 'ADMIN', agencyId: null, deactivatedAt: null, userId: { not: userId }, user: { disabled: false } },
  });
  if (others === 0) throw badInput('user.lastAdmin', field);
}

const isActiveAdmin = (memberships: readonly Membership[]) =>
  memberships.some((m) => m.role === 'ADMIN' && !m.agencyId && !m.deactivatedAt);

async function memberships(w: Writer, userId: string) {
  return w.tx.membership.findMany({ where: { userId, governmentId: w.gid } });
}

export async function createUser(ctx: Context, input: unknown) {
  // Parsed before the transaction too, so the (slow) password hash is made outside it.
  const first = parseInput(ZCreateUser, input);
  const credential = await issueCredential(first.credential as Credential);
  return write(ctx, async (w) => {
    const data = parseInput(ZCreateUser, input);
    await checkAgency(w, data.agencyId);
    const rows = data.roles.map((role) => ({ governmentId: w.gid, role, agencyId: data.agencyId }));
    const existing = await w.tx.user.findUnique({
      where: { email: data.email },
      include: { memberships: { where: { governmentId: w.gid } } },
    });
    if (existing) {
      if (existing.memberships.length > 0) throw badInput('user.alreadyMember', 'email');
      await w.tx.membership.createMany({ data: rows.map((r) => ({ ...r, userId: existing.id })) });
      const user = await bumpUser(w, existing, existing.version);
      const view = managedUserView(user, await memberships(w, user.id));
      await w.audit('User', user.id, 'CREATE', undefined, { ...auditView(view), existingAccount: true });
      return { user: view, initialPassword: null, activationToken: null, existingAccount: true };
    }
    const user = await w.tx.user.create({ data: { email: data.email, name: data.name, ...credential.data } });
    await w.tx.membership.createMany({ data: rows.map((r) => ({ ...r, userId: user.id })) });
    const view = managedUserView(user, await memberships(w, user.id));
    await w.audit('User', user.id, 'CREATE', undefined, { ...auditView(view), credential: data.credential });
    return { user: view, initialPassword: credential.initialPassword, activationToken: credential.activationToken, existingAccount: false };
  });
}

export const updateUser = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, roles, agencyId } = parseInput(ZUpdateUser, input);
    const user = await findUser(w, id);
    checkVersion(user, version);
    await checkAgency(w, agencyId);
    if (isActiveAdmin(user.memberships) && !roles.includes('ADMIN')) await ensureAnotherAdmin(w, id, 'roles');
    const before = managedUserView(user, user.memberships);
    const deactivatedAt = user.memberships.every((m) => m.deactivatedAt) ? (user.memberships[0]?.deactivatedAt ?? null) : null;
    await w.tx.membership.deleteMany({ where: { userId: id, governmentId: w.gid } });
    await w.tx.membership.createMany({ data: roles.map((role) => ({ userId: id, governmentId: w.gid, role, agencyId, deactivatedAt })) });
    const after = managedUserView(await bumpUser(w, user, version), await memberships(w, id));
    await w.audit('User', id, 'UPDATE', auditView(before), auditView(after));
    return after;
  });

export const deactivateUser = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    const user = await findUser(w, id);
    checkVersion(user, version);
    const before = managedUserView(user, user.memberships);
    if (before.status === 'DEACTIVATED') throw conflict('user.alreadyDeactivated', before);
    if (isActiveAdmin(user.memberships)) await ensureAnotherAdmin(w, id);
    await w.tx.membership.updateMany({
      where: { userId: id, governmentId: w.gid, deactivatedAt: null },
      data: { deactivatedAt: new Date() },
    });
    // No government left: sign them out everywhere at once.
    const activeElsewhere = await w.tx.membership.count({ where: { userId: id, deactivatedAt: null } });
    const endedSessions = activeElsewhere === 0 ? (await w.tx.session.deleteMany({ where: { userId: id } })).count : 0;
    const after = managedUserView(await bumpUser(w, user, version), await memberships(w, id));
    await w.audit('User', id, 'STATUS', auditView(before), { ...auditView(after), endedSessions });
    return after;
  });

export const reactivateUser = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersionedId, input);
    const user = await findUser(w, id);
    checkVersion(user, version);
    const before = managedUserView(user, user.memberships);
    if (before.status !== 'DEACTIVATED') throw conflict('user.notDeactivated', before);
    await w.tx.membership.updateMany({ where: { userId: id, governmentId: w.gid }, data: { deactivatedAt: null } });
    const after = managedUserView(await bumpUser(w, user, version), await memberships(w, id));
    await w.audit('User', id, 'STATUS', auditView(before), auditView(after));
    return after;
  });

export async function resetUserPassword(ctx: Context, input: unknown) {
  const first = parseInput(ZResetUserPassword, input);
  const credential = await issueCredential(first.credential as Credential);
  return write(ctx, async (w) => {
    const { id, version } = parseInput(ZResetUserPassword, input);
    const user = await findUser(w, id);
    checkVersion(user, version);
    if (id === ctx.user?.id) throw forbidden('user.resetSelf');
    const elsewhere = await w.tx.membership.count({ where: { userId: id, governmentId: { not: w.gid } } });
    if (elsewhere > 0 || user.isSystemAdmin) throw forbidden('user.resetShared');
    const updated = await bumpUser(w, user, version, credential.data);
    await w.tx.session.deleteMany({ where: { userId: id } });
    const view = managedUserView(updated, user.memberships);
    await w.audit('User', id, 'UPDATE', auditView(managedUserView(user, user.memberships)), {
      ...auditView(view),
      passwordReset: first.credential,
    });
    return { user: view, initialPassword: credential.initialPassword, activationToken: credential.activationToken, existingAccount: false };
  });
}

/** The government's users (also deactivated ones) by name; `search` matches name or email. */
export async function listUsers(ctx: Context, gid: string, search: string | null | undefined) {
  const q = search?.trim();
  const users = await ctx.prisma.user.findMany({
    where: {
      memberships: { some: { governmentId: gid } },
      ...(q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }] } : {}),
    },
    include: { memberships: { where: { governmentId: gid } } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  });
  return users.map((u) => managedUserView(u, u.memberships));
}
