import { type Context, governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import * as account from '../services/account.ts';
import * as users from '../services/organization/users.ts';
import * as sessions from '../services/sessions.ts';

const viewerOf = (ctx: Context) => (ctx.user ? ctx : null);

export const accountResolvers: Resolvers = {
  Query: {
    health: (_p, _a, ctx) => ({ ok: true, database: ctx.databaseKind }),
    viewer: (_p, _a, ctx) => viewerOf(ctx) as never,
    users: (_p, { search }, ctx) => users.listUsers(ctx, governmentId(ctx), search) as never,
    mySessions: (_p, _a, ctx) => sessions.mySessions(ctx) as never,
  },
  Mutation: {
    signIn: (_p, args, ctx) => account.signIn(ctx, args) as never,
    signOut: (_p, _a, ctx) => account.signOut(ctx),
    setLocale: (_p, { locale }, ctx) => account.setLocale(ctx, locale),
    createUser: (_p, { input }, ctx) => users.createUser(ctx, input) as never,
    updateUser: (_p, { input }, ctx) => users.updateUser(ctx, input) as never,
    deactivateUser: (_p, args, ctx) => users.deactivateUser(ctx, args) as never,
    reactivateUser: (_p, args, ctx) => users.reactivateUser(ctx, args) as never,
    resetUserPassword: (_p, args, ctx) => users.resetUserPassword(ctx, args) as never,
    changeOwnPassword: (_p, args, ctx) => account.changeOwnPassword(ctx, args),
    activateAccount: (_p, args, ctx) => account.activateAccount(ctx, args) as never,
    endSession: (_p, { id }, ctx) => sessions.endSession(ctx, id),
    endOtherSessions: (_p, _a, ctx) => sessions.endOtherSessions(ctx),
  },
  Viewer: {
    user: (ctx) => (ctx as unknown as Context).user!,
    memberships: (ctx) => (ctx as unknown as Context).memberships,
    government: (ctx) => (ctx as unknown as Context).government,
    roles: (ctx) => [...(ctx as unknown as Context).roles],
    agency: (ctx) => {
      const c = ctx as unknown as Context;
      const limited = c.memberships.find((m) => m.governmentId === c.government?.id && m.agencyId);
      return limited?.agencyId ? c.loaders.agency.load(limited.agencyId) : null;
    },
    mustChangePassword: (ctx) => (ctx as unknown as Context).user?.mustChangePassword ?? false,
  },
  ManagedUser: {
    agency: (u, _a, ctx) => (u.agencyId ? ctx.loaders.agency.load(u.agencyId) : null),
  },
  Membership: {
    government: (m, _a, ctx) => ctx.loaders.government.load(m.governmentId) as never,
    agency: (m, _a, ctx) => (m.agencyId ? ctx.loaders.agency.load(m.agencyId) : null),
  },
};
