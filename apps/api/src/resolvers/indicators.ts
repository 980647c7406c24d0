import { governmentId } from '../context.ts';
import { agencyWithDescendants } from '../services/agency.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    roadmaps: (_p, _a, ctx) => ctx.prisma.roadmap.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: { startYear: 'desc' } }),
    roadmap: (_p, { id }, ctx) => ctx.prisma.roadmap.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
    indicators: async (_p, { filter }, ctx) =>
      ctx.prisma.indicator.findMany({
        where: {
          governmentId: governmentId(ctx),
          ...(filter?.ownerAgencyId ? { ownerAgencyId: { in: await agencyWithDescendants(ctx, filter.ownerAgencyId) } } : {}),
          ...(filter?.scope ? { scope: filter.scope } : {}),
          ...(filter?.roadmapId ? { roadmapId: filter.roadmapId } : {}),
          ...(filter?.areaId ? { areaId: filter.areaId } : {}),
          ...(filter?.search ? { name: { contains: filter.search, mode: 'insensitive' as const } } : {}),
        },
        orderBy: [{ scope: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      }),
    indicator: (_p, { id }, ctx) => ctx.prisma.indicator.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
  },
  Roadmap: {
    goals: (r, _a, ctx) => ctx.loaders.goalsByRoadmap.load(r.id),
  },
  Goal: {
    indicators: (g, _a, ctx) => ctx.loaders.indicatorsByGoal.load(g.id),
  },
  Indicator: {
    scaleMin: (i) => i.scaleMin?.toString() ?? null,
    scaleMax: (i) => i.scaleMax?.toString() ?? null,
    ownerAgency: (i, _a, ctx) => (i.ownerAgencyId ? ctx.loaders.agency.load(i.ownerAgencyId) : null),
    goal: (i, _a, ctx) => (i.goalId ? ctx.loaders.goal.load(i.goalId) : null),
    area: (i, _a, ctx) => (i.areaId ? ctx.loaders.area.load(i.areaId) : null),
    values: (i, _a, ctx) => ctx.loaders.valuesByIndicator.load(i.id),
  },
  IndicatorValue: {
    numericValue: (v) => v.numericValue?.toString() ?? null,
  },
};
