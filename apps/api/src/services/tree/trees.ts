// Creating a performance tree, and cloning last year's as the start of a new one.
import { randomUUID } from 'node:crypto';
import { orderedNodes, ZClonePerformanceTree, ZCreatePerformanceTree } from '@rb/domain';
import { type Context, governmentId } from '../../context.ts';
import { checkAgency, TRANSACTION_OPTIONS, write, writer } from '../kernel.ts';
import { parseInput, treeOfGovernment } from './common.ts';

export const createPerformanceTree = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { title, year, agencyId } = parseInput(ZCreatePerformanceTree, input);
    await checkAgency(w, agencyId);
    return w.create(w.tx.performanceTree, 'PerformanceTree', { title, year, agencyId: agencyId ?? null });
  });

/**
 * Copies a tree into a new one for `year`: every live node with its fields and indicator links.
 * Work-plan actions belong to one year's plan, so an action link is carried over only to the
 * new year's action implementing the same road-map action (or, failing that, with the same
 * code); the checks then show the new plan's actions no node reaches yet.
 */
export async function clonePerformanceTree(ctx: Context, input: unknown) {
  const { sourceId, year, title } = parseInput(ZClonePerformanceTree, input);
  const gid = governmentId(ctx);
  // A long copy: its own timeout, otherwise the kernel's writer.
  return ctx.prisma.$transaction(
    async (tx) => {
      const w = writer(tx, ctx, gid);
      const source = await treeOfGovernment(w, sourceId);
      const nodes = orderedNodes(await tx.treeNode.findMany({ where: { treeId: sourceId, deletedAt: null } }));
      const tree = await tx.performanceTree.create({
        data: {
          governmentId: gid,
          agencyId: source.agencyId,
          clonedFromId: source.id,
          year,
          title: title || source.title.replace(String(source.year), String(year)),
        },
      });
      const ids = new Map(nodes.map((n) => [n.id, randomUUID()]));
      if (nodes.length) {
        await tx.treeNode.createMany({
          data: nodes.map(({ id, treeId: _t, parentId, createdAt: _c, updatedAt: _u, version: _v, deletedAt: _d, ...fields }) => ({
            ...fields,
            id: ids.get(id) as string,
            treeId: tree.id,
            parentId: parentId ? (ids.get(parentId) ?? null) : null,
          })),
        });
      }
      const nodeIds = nodes.map((n) => n.id);
      const indicatorLinks = await tx.treeNodeIndicator.findMany({ where: { nodeId: { in: nodeIds } } });
      if (indicatorLinks.length) {
        await tx.treeNodeIndicator.createMany({
          data: indicatorLinks.map((l) => ({ nodeId: ids.get(l.nodeId) as string, indicatorId: l.indicatorId, rationale: l.rationale })),
        });
      }
      const actionLinks = await tx.treeNodeAction.findMany({ where: { nodeId: { in: nodeIds } }, include: { action: true } });
      let carried = 0;
      if (actionLinks.length) {
        const candidates = await tx.action.findMany({ where: { governmentId: gid, activity: { workPlan: { year } } } });
        const byRoadmap = new Map(candidates.filter((a) => a.roadmapActionId).map((a) => [a.roadmapActionId as string, a.id]));
        const byCode = new Map(candidates.filter((a) => a.code).map((a) => [a.code as string, a.id]));
        const data = actionLinks.flatMap((l) => {
          const target =
            (l.action.roadmapActionId && byRoadmap.get(l.action.roadmapActionId)) || (l.action.code && byCode.get(l.action.code)) || null;
          return target ? [{ nodeId: ids.get(l.nodeId) as string, actionId: target, rationale: l.rationale }] : [];
        });
        if (data.length) carried = (await tx.treeNodeAction.createMany({ data, skipDuplicates: true })).count;
      }
      await w.audit('PerformanceTree', tree.id, 'CREATE', undefined, {
        ...tree,
        clonedFrom: source.id,
        nodes: nodes.length,
        indicatorLinks: indicatorLinks.length,
        actionLinks: carried,
      });
      return tree;
    },
    { ...TRANSACTION_OPTIONS, timeout: 60_000 },
  );
}
