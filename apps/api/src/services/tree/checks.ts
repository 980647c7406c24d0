// The checks of a tree, with the candidate actions and indicators they compare against:
// - actions: the actions of the work plans of the tree's year (of the tree's agency and its
//   sub-units when the tree belongs to an agency, else of the whole government);
// - indicators: the road-map sasaran (GOAL) and area (AREA) indicators of the road maps covering
//   the year and the tree indicators (TREE), limited to the agency's own when the tree has one.
import { checkTree } from '@rb/domain';
import type { PerformanceTree } from '@rb/db';
import type { Context } from '../../context.ts';
import { agencyWithDescendants } from '../agency.ts';
import { actionsWithPlan, treeLoaders } from './common.ts';

async function scope(ctx: Context, tree: PerformanceTree) {
  const agencies = tree.agencyId ? await agencyWithDescendants(ctx, tree.agencyId) : null;
  const actions = await actionsWithPlan(ctx.prisma, {
    governmentId: tree.governmentId,
    activity: { workPlan: { year: tree.year, ...(agencies ? { agencyId: { in: agencies } } : {}) } },
  });
  const indicators = await ctx.prisma.indicator.findMany({
    where: {
      governmentId: tree.governmentId,
      ...(agencies ? { ownerAgencyId: { in: agencies } } : {}),
      OR: [{ scope: 'TREE' }, { scope: { in: ['GOAL', 'AREA'] }, roadmap: { startYear: { lte: tree.year }, endYear: { gte: tree.year } } }],
    },
    orderBy: [{ scope: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  return { actions, indicators };
}

export async function treeChecks(ctx: Context, tree: PerformanceTree) {
  const loaders = treeLoaders(ctx);
  const nodes = await loaders.nodesByTree.load(tree.id);
  const nodeIds = nodes.map((n) => n.id);
  const [nodeIndicators, nodeActions, { actions, indicators }] = await Promise.all([
    ctx.prisma.treeNodeIndicator.findMany({ where: { nodeId: { in: nodeIds } }, select: { nodeId: true, indicatorId: true } }),
    ctx.prisma.treeNodeAction.findMany({ where: { nodeId: { in: nodeIds } }, select: { nodeId: true, actionId: true } }),
    scope(ctx, tree),
  ]);
  const actionById = new Map(actions.map((a) => [a.action.id, a]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  return checkTree({ nodes, nodeIndicators, nodeActions, actionIds: [...actionById.keys()], indicatorIds: [...indicatorById.keys()] }).map(
    (c) => {
      const a = c.actionId ? actionById.get(c.actionId) : undefined;
      return {
        kind: c.kind,
        nodeId: c.nodeId ?? null,
        action: a?.action ?? null,
        workPlanId: a?.workPlanId ?? null,
        indicator: c.indicatorId ? (indicatorById.get(c.indicatorId) ?? null) : null,
        parentLevel: c.parentLevel ?? null,
        level: c.level ?? null,
      };
    },
  );
}

/** What a node of the tree may link: every indicator of the government, and the actions of the year's plans. */
export async function treeLinkOptions(ctx: Context, tree: PerformanceTree) {
  const [indicators, actions] = await Promise.all([
    ctx.prisma.indicator.findMany({
      where: { governmentId: tree.governmentId },
      orderBy: [{ scope: 'asc' }, { code: 'asc' }, { name: 'asc' }],
    }),
    actionsWithPlan(ctx.prisma, { governmentId: tree.governmentId, activity: { workPlan: { year: tree.year } } }),
  ]);
  return {
    indicators,
    actions: actions.map((a) => ({
      action: a.action,
      workPlanId: a.workPlanId as string,
      workPlanTitle: a.workPlanTitle ?? '',
      activityName: a.activityName,
    })),
  };
}
