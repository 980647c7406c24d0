import { governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const assessmentResolvers: Resolvers = {
  Query: {
    frameworks: (_p, _a, ctx) =>
      ctx.prisma.framework.findMany({
        where: { OR: [{ governmentId: null }, { governmentId: governmentId(ctx) }] },
        orderBy: [{ code: 'asc' }, { revision: 'desc' }],
      }),
    assessments: (_p, _a, ctx) =>
      ctx.prisma.assessment.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: [{ year: 'desc' }, { title: 'asc' }] }),
  },
  Framework: {
    criterionCount: (f, _a, ctx) => ctx.loaders.criterionCountByFramework.load(f.id),
  },
  Assessment: {
    agency: (a, _x, ctx) => (a.agencyId ? ctx.loaders.agency.load(a.agencyId) : null),
    framework: (a, _x, ctx) => ctx.loaders.framework.load(a.frameworkId) as never,
  },
};
