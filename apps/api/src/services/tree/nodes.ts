// Editing the nodes of a performance tree: add, edit, move/reorder, delete and
// restore (undo), and the indicator/action links with their rationale. Every
// write validates first, runs in one transaction, checks the version the
// caller read and records an audit entry.
import {
  childLevel,
  levelProblem,
  MAX_TREE_LEVEL,
  planInsert,
  planMove,
  subtreeIds,
  TreeOperationError,
  ZAddTreeNode,
  ZMoveTreeNode,
  ZTreeNodeLink,
  ZTreeNodeUnlink,
  ZUpdateTreeNode,
  ZVersioned,
} from '@rb/domain';
import type { Context } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { type Writer, write } from '../kernel.ts';
import { lockTree, nodeOfGovernment, parseInput, treeOfGovernment } from './common.ts';

/** A refused tree operation as BAD_USER_INPUT (or NOT_FOUND), with a message key and the reason. */
function fromTreeError(e: unknown, minLevel?: number): never {
  if (e instanceof TreeOperationError) {
    if (e.reason === 'NOT_FOUND' || e.reason === 'PARENT_NOT_FOUND') throw notFound('TreeNode');
    const key = e.reason === 'CYCLE' ? 'tree.cycle' : e.reason === 'TOO_DEEP' ? 'tree.tooDeep' : 'tree.badLevel';
    throw badInput(
      key,
      e.reason === 'BAD_LEVEL' ? 'level' : 'parentId',
      { max: MAX_TREE_LEVEL, ...(minLevel !== undefined ? { min: minLevel } : {}) },
      { reason: e.reason },
    );
  }
  throw e;
}

export const addTreeNode = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { treeId, parentId, index, level, fields } = parseInput(ZAddTreeNode, input);
    await treeOfGovernment(w, treeId);
    const nodes = await lockTree(w.tx, treeId);
    let plan: ReturnType<typeof planInsert>;
    try {
      plan = planInsert(nodes, { parentId: parentId ?? null, index, kind: fields.kind, level });
    } catch (e) {
      const parent = nodes.find((n) => n.id === parentId);
      fromTreeError(e, parent ? childLevel(parent, fields.kind) : undefined);
    }
    for (const s of plan.shifted) await w.tx.treeNode.update({ where: { id: s.id }, data: { sortOrder: s.sortOrder } });
    return w.create(w.tx.treeNode, 'TreeNode', {
      treeId,
      parentId: parentId ?? null,
      level: plan.level,
      sortOrder: plan.sortOrder,
      ...fields,
    });
  });

export const updateTreeNode = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, fields } = parseInput(ZUpdateTreeNode, input);
    const node = await nodeOfGovernment(w, id);
    // A kind change can move the node's level (a sub-activity shares its activity's level).
    let levelShift = 0;
    if (fields.kind !== node.kind && node.parentId) {
      const parent = await w.tx.treeNode.findUniqueOrThrow({ where: { id: node.parentId } });
      const wasAligned = levelProblem(parent, node) === null;
      const target = childLevel(parent, fields.kind);
      if (wasAligned || node.level < target) levelShift = target - node.level;
    }
    const after = await w.update(w.tx.treeNode, 'TreeNode', {
      id,
      version,
      scope: { governmentId: w.gid, deletedAt: null },
      data: { ...fields, ...(levelShift ? { level: node.level + levelShift } : {}) },
    });
    if (levelShift) {
      const nodes = await w.tx.treeNode.findMany({ where: { treeId: node.treeId, deletedAt: null } });
      const below = subtreeIds(nodes, id).slice(1);
      if (below.length) await w.tx.treeNode.updateMany({ where: { id: { in: below } }, data: { level: { increment: levelShift } } });
    }
    return after;
  });

export const moveTreeNode = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, parentId, index } = parseInput(ZMoveTreeNode, input);
    const node = await nodeOfGovernment(w, id);
    // The tree's lock first: the version check (w.update below) then sees the node as a concurrent move left it.
    const nodes = await lockTree(w.tx, node.treeId);
    if (parentId && !nodes.some((n) => n.id === parentId)) {
      // Another tree's node, another government's, or deleted: not a parent this tree can have.
      throw notFound('TreeNode');
    }
    let changes: ReturnType<typeof planMove>;
    try {
      changes = planMove(nodes, { nodeId: id, parentId: parentId ?? null, index });
    } catch (e) {
      fromTreeError(e);
    }
    for (const c of changes) {
      if (c.id === id) continue;
      await w.tx.treeNode.update({ where: { id: c.id }, data: { parentId: c.parentId, sortOrder: c.sortOrder, level: c.level } });
    }
    const own = changes.find((c) => c.id === id);
    await w.update(w.tx.treeNode, 'TreeNode', {
      id,
      version,
      scope: { governmentId: w.gid, deletedAt: null },
      data: own ? { parentId: own.parentId, sortOrder: own.sortOrder, level: own.level } : {},
    });
    return w.tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } });
  });

/** Soft delete: the node and its subtree get one `deletedAt` (restoreTreeNode undoes it). */
export const deleteTreeNode = (ctx: Context, args: { id: string; version: number }) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersioned, args);
    const node = await nodeOfGovernment(w, id);
    const nodes = await lockTree(w.tx, node.treeId);
    const ids = subtreeIds(nodes, node.id);
    const deletedAt = new Date();
    await w.update(w.tx.treeNode, 'TreeNode', {
      id,
      version,
      scope: { governmentId: w.gid, deletedAt: null },
      data: { deletedAt },
      action: 'DELETE',
    });
    await w.tx.treeNode.updateMany({ where: { id: { in: ids.slice(1) } }, data: { deletedAt } });
    return { tree: await w.tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } }), deletedIds: ids };
  });

/** Undoes a delete: the node and the descendants deleted with it come back where they were. */
export const restoreTreeNode = (ctx: Context, args: { id: string }) =>
  write(ctx, async (w) => {
    const { tx } = w;
    const node = await w.find(tx.treeNode, 'TreeNode', args.id, { governmentId: w.gid, deletedAt: { not: null } });
    const live = await lockTree(tx, node.treeId);
    const parent = node.parentId ? live.find((n) => n.id === node.parentId) : null;
    if (node.parentId && !parent) throw conflict('tree.parentDeleted');
    const deletedTogether = await tx.treeNode.findMany({ where: { treeId: node.treeId, deletedAt: node.deletedAt } });
    const ids = subtreeIds(deletedTogether, node.id);
    // Back at its old position among today's siblings.
    const siblings = live.filter((n) => n.parentId === node.parentId).sort((a, b) => a.sortOrder - b.sortOrder);
    const at = siblings.filter((s) => s.sortOrder < node.sortOrder).length;
    for (const [i, s] of siblings.entries()) {
      const want = i < at ? i : i + 1;
      if (s.sortOrder !== want) await tx.treeNode.update({ where: { id: s.id }, data: { sortOrder: want } });
    }
    // The parent may have moved since: keep the subtree below it.
    const shift = parent && levelProblem(parent, node) === 'NOT_BELOW_PARENT' ? childLevel(parent, node.kind) - node.level : 0;
    await tx.treeNode.updateMany({
      where: { id: { in: ids } },
      data: { deletedAt: null, ...(shift ? { level: { increment: shift } } : {}) },
    });
    await tx.treeNode.update({ where: { id: node.id }, data: { sortOrder: at, version: { increment: 1 } } });
    await w.audit('TreeNode', node.id, 'CREATE', undefined, { restored: ids });
    return tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } });
  });

// ───────────────────────────── links ─────────────────────────────

type LinkKind = 'indicator' | 'action';

/** A link change is a change of the node: its version is checked and bumped, and the link is audited. */
function bumpNode(w: Writer, nodeId: string, version: number) {
  return w.update(w.tx.treeNode, 'TreeNode', { id: nodeId, version, scope: { governmentId: w.gid, deletedAt: null }, data: {} });
}

async function assertTarget(w: Writer, kind: LinkKind, targetId: string) {
  if (kind === 'indicator') await w.find(w.tx.indicator, 'Indicator', targetId);
  else await w.find(w.tx.action, 'Action', targetId);
}

export const linkTreeNode = (ctx: Context, kind: LinkKind, input: unknown) =>
  write(ctx, async (w) => {
    const { nodeId, version, targetId, rationale } = parseInput(ZTreeNodeLink, input);
    const { tx } = w;
    await assertTarget(w, kind, targetId);
    const node = await bumpNode(w, nodeId, version);
    const entity = kind === 'indicator' ? 'TreeNodeIndicator' : 'TreeNodeAction';
    if (kind === 'indicator') {
      const key = { nodeId_indicatorId: { nodeId, indicatorId: targetId } };
      const before = await tx.treeNodeIndicator.findUnique({ where: key });
      const after = await tx.treeNodeIndicator.upsert({
        where: key,
        create: { nodeId, indicatorId: targetId, rationale: rationale ?? null },
        update: { rationale: rationale ?? null },
      });
      await w.audit(entity, nodeId, before ? 'UPDATE' : 'CREATE', before, after);
    } else {
      const key = { nodeId_actionId: { nodeId, actionId: targetId } };
      const before = await tx.treeNodeAction.findUnique({ where: key });
      const after = await tx.treeNodeAction.upsert({
        where: key,
        create: { nodeId, actionId: targetId, rationale: rationale ?? null },
        update: { rationale: rationale ?? null },
      });
      await w.audit(entity, nodeId, before ? 'UPDATE' : 'CREATE', before, after);
    }
    return node;
  });

export const unlinkTreeNode = (ctx: Context, kind: LinkKind, input: unknown) =>
  write(ctx, async (w) => {
    const { nodeId, version, targetId } = parseInput(ZTreeNodeUnlink, input);
    const { tx } = w;
    const node = await bumpNode(w, nodeId, version);
    const entity = kind === 'indicator' ? 'TreeNodeIndicator' : 'TreeNodeAction';
    const before =
      kind === 'indicator'
        ? await tx.treeNodeIndicator.findUnique({ where: { nodeId_indicatorId: { nodeId, indicatorId: targetId } } })
        : await tx.treeNodeAction.findUnique({ where: { nodeId_actionId: { nodeId, actionId: targetId } } });
    if (!before) throw notFound(kind === 'indicator' ? 'TreeNodeIndicator' : 'TreeNodeAction');
    if (kind === 'indicator') await tx.treeNodeIndicator.delete({ where: { nodeId_indicatorId: { nodeId, indicatorId: targetId } } });
    else await tx.treeNodeAction.delete({ where: { nodeId_actionId: { nodeId, actionId: targetId } } });
    await w.audit(entity, nodeId, 'DELETE', before);
    return node;
  });
