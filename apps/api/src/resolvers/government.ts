import { type Context, governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { updateAgency } from '../services/agency.ts';
import { auditEntryView } from '../services/audit.ts';

export const governmentResolvers: Resolvers = {
  Query: {
    governments: (_p, _a, ctx) => {
      const seen = new Map(ctx.memberships.map((m) => [m.government.id, m.government]));
      return [...seen.values()];
    },
    agencies: async (_p, _a, ctx) =>
      sortParentsFirst(
        await ctx.prisma.agency.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
      ),
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
    updateAgency: (_p, { input }, ctx) => updateAgency(ctx, input),
  },
};

/** Parents before their children, siblings in the given order. */
function sortParentsFirst<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.parentId && rows.some((p) => p.id === r.parentId) ? r.parentId : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: T[] = [];
  const walk = (parent: string | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

async function members(ctx: Context) {
  const rows = await ctx.prisma.membership.findMany({
    where: { governmentId: governmentId(ctx) },
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
