// Cascade (cascading kinerja): from the level-0 result through a node down to the
// work-plan steps that drive it, and from a step back up to the results it serves.
import { ancestorPath, cascadeThrough, resultsServedBy } from '@rb/domain';
import { type Context, governmentId } from '../../context.ts';
import { actionsWithPlan, treeLoaders } from './common.ts';

export async function cascadeForNode(ctx: Context, nodeId: string) {
  const node = await ctx.prisma.treeNode.findFirst({ where: { id: nodeId, governmentId: governmentId(ctx), deletedAt: null } });
  if (!node) return null;
  const loaders = treeLoaders(ctx);
  const [tree, nodes] = await Promise.all([loaders.tree.load(node.treeId), loaders.nodesByTree.load(node.treeId)]);
  const links = await ctx.prisma.treeNodeAction.findMany({ where: { nodeId: { in: nodes.map((n) => n.id) } } });
  const { nodeIds, actionIds } = cascadeThrough({ nodes, nodeActions: links }, nodeId);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inCascade = new Set(nodeIds);
  const actions = await actionsWithPlan(ctx.prisma, { id: { in: actionIds } });
  const steps = await ctx.prisma.step.findMany({ where: { actionId: { in: actionIds } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return {
    tree: tree as NonNullable<typeof tree>,
    focusId: nodeId,
    nodes: nodeIds.map((id) => byId.get(id) as (typeof nodes)[number]),
    actions: actions.map((a) => {
      const own = links.filter((l) => l.actionId === a.action.id && inCascade.has(l.nodeId));
      return {
        action: a.action,
        workPlanId: a.workPlanId,
        workPlanTitle: a.workPlanTitle,
        nodeIds: own.map((l) => l.nodeId),
        rationale: own.find((l) => l.rationale)?.rationale ?? null,
        steps: steps.filter((s) => s.actionId === a.action.id),
      };
    }),
  };
}

export async function cascadesForIndicator(ctx: Context, indicatorId: string) {
  const links = await ctx.prisma.treeNodeIndicator.findMany({
    where: { indicatorId, node: { governmentId: governmentId(ctx), deletedAt: null } },
    include: { node: { select: { treeId: true, level: true, sortOrder: true } } },
    orderBy: [{ node: { treeId: 'asc' } }, { node: { level: 'asc' } }, { node: { sortOrder: 'asc' } }],
  });
  const out = [];
  for (const l of links) {
    const c = await cascadeForNode(ctx, l.nodeId);
    if (c) out.push(c);
  }
  return out;
}

/** From a step (or, given an action's id, that action) back up to every result it serves. */
export async function cascadeForStep(ctx: Context, id: string) {
  const gid = governmentId(ctx);
  const step = await ctx.prisma.step.findFirst({ where: { id, governmentId: gid } });
  const actionId = step?.actionId ?? id;
  const [action] = await actionsWithPlan(ctx.prisma, { id: actionId, governmentId: gid });
  if (!action) return null;
  const links = await ctx.prisma.treeNodeAction.findMany({
    where: { actionId, node: { governmentId: gid, deletedAt: null } },
    include: { node: { select: { treeId: true } } },
  });
  const loaders = treeLoaders(ctx);
  const paths = [];
  for (const treeId of [...new Set(links.map((l) => l.node.treeId))]) {
    const [tree, nodes] = await Promise.all([loaders.tree.load(treeId), loaders.nodesByTree.load(treeId)]);
    const treeLinks = links.filter((l) => l.node.treeId === treeId);
    for (const path of resultsServedBy({ nodes, nodeActions: treeLinks }, actionId)) {
      const last = path[path.length - 1];
      paths.push({
        tree: tree as NonNullable<typeof tree>,
        nodes: ancestorPath(nodes, last as string),
        rationale: treeLinks.find((l) => l.nodeId === last)?.rationale ?? null,
      });
    }
  }
  return { step, action: action.action, workPlanId: action.workPlanId, workPlanTitle: action.workPlanTitle, paths };
}
