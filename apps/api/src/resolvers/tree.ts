import { governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const treeResolvers: Resolvers = {
  Query: {
    performanceTrees: (_p, _a, ctx) =>
      ctx.prisma.performanceTree.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: [{ year: 'desc' }, { title: 'asc' }] }),
    performanceTree: (_p, { id }, ctx) => ctx.prisma.performanceTree.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
  },
  PerformanceTree: {
    agency: (t, _a, ctx) => (t.agencyId ? ctx.loaders.agency.load(t.agencyId) : null),
    nodes: (t, _a, ctx) => ctx.loaders.nodesByTree.load(t.id),
  },
  TreeNode: {
    observedValue: (n) => n.observedValue?.toString() ?? null,
  },
};
