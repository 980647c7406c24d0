// Shared pieces of the performance-tree services: input parsing, tenant-scoped
// lookups (through the write kernel's writer) and the per-request loaders of tree rows.
import type { Prisma, PrismaClient, TreeNode } from '@rb/db';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { Writer } from '../kernel.ts';

export type Tx = Prisma.TransactionClient;

export { parseInput } from '../kernel.ts';

/** A tree of the caller's government, or NOT_FOUND. */
export function treeOfGovernment(w: Writer, treeId: string) {
  return w.find(w.tx.performanceTree, 'PerformanceTree', treeId);
}

/** A live (not deleted) node of the caller's government, or NOT_FOUND. */
export function nodeOfGovernment(w: Writer, nodeId: string) {
  return w.find(w.tx.treeNode, 'TreeNode', nodeId, { governmentId: w.gid, deletedAt: null });
}

/**
 * Starts a structural change of a tree: bumps the tree's version first, which locks its row
 * until the transaction ends, so concurrent moves are applied one after the other and each
 * sees the other's result (no cycle can slip in between a check and a write).
 */
export async function lockTree(tx: Tx, treeId: string) {
  await tx.performanceTree.update({ where: { id: treeId }, data: { version: { increment: 1 } } });
  return tx.treeNode.findMany({ where: { treeId, deletedAt: null }, orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }] });
}

export interface ActionWithPlan {
  action: Prisma.ActionGetPayload<object>;
  workPlanId: string | null;
  workPlanTitle: string | null;
  activityName: string;
}

/** Actions with the work plan holding them (one query). */
export async function actionsWithPlan(db: Tx | PrismaClient, where: Prisma.ActionWhereInput): Promise<ActionWithPlan[]> {
  const rows = await db.action.findMany({
    where,
    include: { activity: { select: { name: true, workPlanId: true, workPlan: { select: { title: true } } } } },
    orderBy: [{ activity: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  return rows.map(({ activity, ...action }) => ({
    action,
    workPlanId: activity.workPlanId,
    workPlanTitle: activity.workPlan?.title ?? null,
    activityName: activity.name,
  }));
}

function groupBy<T>(rows: T[], key: (r: T) => string) {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

function createTreeLoaders(prisma: PrismaClient) {
  return {
    /** Live nodes of each tree, parents' levels first, siblings in order. */
    nodesByTree: new DataLoader<string, TreeNode[]>(async (ids) => {
      const rows = await prisma.treeNode.findMany({
        where: { treeId: { in: [...ids] }, deletedAt: null },
        orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      });
      const by = groupBy(rows, (r) => r.treeId);
      return ids.map((id) => by.get(id) ?? []);
    }),
    indicatorLinksByNode: new DataLoader<string, { indicator: Prisma.IndicatorGetPayload<object>; rationale: string | null }[]>(
      async (ids) => {
        const rows = await prisma.treeNodeIndicator.findMany({
          where: { nodeId: { in: [...ids] } },
          include: { indicator: true },
          orderBy: [{ indicator: { sortOrder: 'asc' } }, { indicatorId: 'asc' }],
        });
        const by = groupBy(rows, (r) => r.nodeId);
        return ids.map((id) => (by.get(id) ?? []).map((r) => ({ indicator: r.indicator, rationale: r.rationale })));
      },
    ),
    actionLinksByNode: new DataLoader<string, (ActionWithPlan & { rationale: string | null })[]>(async (ids) => {
      const links = await prisma.treeNodeAction.findMany({ where: { nodeId: { in: [...ids] } } });
      const actions = new Map(
        (await actionsWithPlan(prisma, { id: { in: [...new Set(links.map((l) => l.actionId))] } })).map((a) => [a.action.id, a]),
      );
      const order = [...actions.keys()];
      const by = groupBy(
        links.filter((l) => actions.has(l.actionId)).sort((a, b) => order.indexOf(a.actionId) - order.indexOf(b.actionId)),
        (l) => l.nodeId,
      );
      return ids.map((id) => (by.get(id) ?? []).map((l) => ({ ...(actions.get(l.actionId) as ActionWithPlan), rationale: l.rationale })));
    }),
    tree: new DataLoader<string, Prisma.PerformanceTreeGetPayload<object> | null>(async (ids) => {
      const rows = new Map((await prisma.performanceTree.findMany({ where: { id: { in: [...ids] } } })).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof createTreeLoaders>>();

/** The tree loaders of this request (created on first use, dropped with the request). */
export function treeLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createTreeLoaders(ctx.prisma);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
