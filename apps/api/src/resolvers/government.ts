import { type Context, governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import * as agencies from '../services/organization/agencies.ts';
import * as teams from '../services/organization/teams.ts';
import { auditEntryView } from '../services/audit.ts';

export const governmentResolvers: Resolvers = {
  Query: {
    governments: (_p, _a, ctx) => {
      const seen = new Map(ctx.memberships.map((m) => [m.government.id, m.government]));
      return [...seen.values()];
    },
    agencies: (_p, { includeArchived }, ctx) => agencies.listAgencies(ctx, governmentId(ctx), includeArchived ?? false),
    teams: (_p, _a, ctx) => teams.listTeams(ctx, governmentId(ctx)) as never,
    areas: (_p, _a, ctx) => ctx.prisma.area.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: { sortOrder: 'asc' } }),
    members: (_p, _a, ctx) => members(ctx),
    auditLog: async (_p, { entity, entityId, limit }, ctx) => {
      const rows = await ctx.prisma.auditLog.findMany({
        where: { governmentId: governmentId(ctx), ...(entity ? { entity } : {}), ...(entityId ? { entityId } : {}) },
        orderBy: { id: 'desc' },
        take: Math.min(Math.max(limit ?? 50, 1), 500),
        include: { user: { select: { name: true } } },
      });
      return rows.map(auditEntryView);
    },
  },
  Mutation: {
    updateAgency: (_p, { input }, ctx) => agencies.updateAgency(ctx, input),
    createAgency: (_p, { input }, ctx) => agencies.createAgency(ctx, input),
    moveAgency: (_p, args, ctx) => agencies.moveAgency(ctx, args),
    archiveAgency: (_p, args, ctx) => agencies.archiveAgency(ctx, args),
    restoreAgency: (_p, args, ctx) => agencies.restoreAgency(ctx, args),
    createTeam: (_p, { input }, ctx) => teams.createTeam(ctx, input) as never,
    updateTeam: (_p, { input }, ctx) => teams.updateTeam(ctx, input) as never,
    removeTeam: (_p, args, ctx) => teams.removeTeam(ctx, args) as never,
    addTeamMember: (_p, { input }, ctx) => teams.addTeamMember(ctx, input) as never,
    updateTeamMember: (_p, { input }, ctx) => teams.updateTeamMember(ctx, input) as never,
    removeTeamMember: (_p, args, ctx) => teams.removeTeamMember(ctx, args) as never,
    moveTeamMember: (_p, args, ctx) => teams.moveTeamMember(ctx, args) as never,
  },
  Agency: {
    archivedAt: (a) => (a.archivedAt ? a.archivedAt.toISOString() : null),
  },
  Team: {
    area: (t, _a, ctx) => {
      const row = t as unknown as { areaId: string | null; area?: unknown };
      if (row.area !== undefined) return row.area as never;
      return row.areaId ? (ctx.prisma.area.findUnique({ where: { id: row.areaId } }) as never) : null;
    },
    members: (t, _a, ctx) => {
      const row = t as unknown as { id: string; members?: unknown[] };
      if (row.members) return row.members as never;
      return ctx.prisma.teamMember.findMany({ where: { teamId: row.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }) as never;
    },
  },
  TeamMember: {
    user: async (m, _a, ctx) => {
      const userId = (m as unknown as { userId: string | null }).userId;
      if (!userId) return null;
      let all = memberCache.get(ctx);
      if (!all) {
        all = members(ctx);
        memberCache.set(ctx, all);
      }
      return (((await all) as { id: string }[]).find((u) => u.id === userId) ?? null) as never;
    },
  },
};

/** One member list per request for the team members' users. */
const memberCache = new WeakMap<Context, Promise<unknown>>();

/** Members of the selected government with their active roles (deactivated ones are left out). */
async function members(ctx: Context) {
  const rows = await ctx.prisma.membership.findMany({
    where: { governmentId: governmentId(ctx), deactivatedAt: null },
    include: { user: true },
    orderBy: { user: { name: 'asc' } },
  });
  const byUser = new Map<
    string,
    { id: string; email: string; name: string; roles: (typeof rows)[number]['role'][]; agencyId: string | null }
  >();
  for (const m of rows) {
    const entry = byUser.get(m.userId) ?? { id: m.user.id, email: m.user.email, name: m.user.name, roles: [], agencyId: m.agencyId };
    entry.roles.push(m.role);
    byUser.set(m.userId, entry);
  }
  return [...byUser.values()].map((u) => ({
    ...u,
    agency: u.agencyId ? ctx.loaders.agency.load(u.agencyId) : null,
  })) as never;
}
