import { governmentId } from '../context.ts';
import { agencyWithDescendants } from '../services/agency.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const workPlanResolvers: Resolvers = {
  Query: {
    workPlans: async (_p, { year, kind, agencyId }, ctx) =>
      ctx.prisma.workPlan.findMany({
        where: {
          governmentId: governmentId(ctx),
          ...(year ? { year } : {}),
          ...(kind ? { kind } : {}),
          ...(agencyId ? { agencyId: { in: await agencyWithDescendants(ctx, agencyId) } } : {}),
        },
        orderBy: [{ year: 'desc' }, { kind: 'asc' }, { title: 'asc' }],
      }),
    workPlan: (_p, { id }, ctx) => ctx.prisma.workPlan.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
  },
  WorkPlan: {
    agency: (w, _a, ctx) => (w.agencyId ? ctx.loaders.agency.load(w.agencyId) : null),
    programs: (w, _a, ctx) => ctx.loaders.programsByWorkPlan.load(w.id),
    activities: (w, _a, ctx) => ctx.loaders.activitiesByWorkPlan.load(w.id),
    stepCount: (w, _a, ctx) => ctx.prisma.step.count({ where: { action: { activity: { workPlanId: w.id } } } }),
  },
  Activity: {
    area: (a, _x, ctx) => (a.areaId ? ctx.loaders.area.load(a.areaId) : null),
    indicator: (a, _x, ctx) => (a.indicatorId ? ctx.loaders.indicator.load(a.indicatorId) : null),
    budget: (a) => a.budget?.toString() ?? null,
    actions: (a, _x, ctx) => ctx.loaders.actionsByActivity.load(a.id),
  },
  Action: {
    responsibleAgency: (a, _x, ctx) => (a.responsibleAgencyId ? ctx.loaders.agency.load(a.responsibleAgencyId) : null),
    steps: (a, _x, ctx) => ctx.loaders.stepsByAction.load(a.id),
  },
  Step: {
    responsibleAgency: (s, _x, ctx) => (s.responsibleAgencyId ? ctx.loaders.agency.load(s.responsibleAgencyId) : null),
    realizations: (s, _x, ctx) => ctx.loaders.realizationsByStep.load(s.id),
  },
};
