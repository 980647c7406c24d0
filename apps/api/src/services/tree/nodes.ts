// Editing the nodes of a performance tree: add, edit, move/reorder, delete and
// restore (undo), and the indicator/action links with their rationale. Every
// write validates first, runs in one transaction, checks the version the
// caller read and records an audit entry.
import {
  childLevel,
  levelProblem,
  planInsert,
  planMove,
  subtreeIds,
  TreeOperationError,
  ZAddTreeNode,
  ZMoveTreeNode,
  ZTreeNodeLink,
  ZTreeNodeUnlink,
  ZUpdateTreeNode,
} from '@rb/domain';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { lockTree, nodeOfGovernment, parseInput, type Tx, treeOfGovernment } from './common.ts';

function fromTreeError(e: unknown): never {
  if (e instanceof TreeOperationError) {
    if (e.reason === 'NOT_FOUND' || e.reason === 'PARENT_NOT_FOUND') throw notFound('Tree node');
    throw badInput(
      e.reason === 'CYCLE' ? 'Simpul tidak dapat dipindahkan ke bawah dirinya sendiri atau turunannya' : e.message,
      e.reason === 'BAD_LEVEL' ? 'level' : 'parentId',
      {},
      { reason: e.reason },
    );
  }
  throw e;
}

export async function addTreeNode(ctx: Context, input: unknown) {
  const { treeId, parentId, index, level, fields } = parseInput(ZAddTreeNode, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await treeOfGovernment(tx, ctx, treeId);
    const nodes = await lockTree(tx, treeId);
    let plan: ReturnType<typeof planInsert>;
    try {
      plan = planInsert(nodes, { parentId: parentId ?? null, index, kind: fields.kind, level });
    } catch (e) {
      fromTreeError(e);
    }
    for (const s of plan.shifted) await tx.treeNode.update({ where: { id: s.id }, data: { sortOrder: s.sortOrder } });
    const created = await tx.treeNode.create({
      data: { governmentId: gid, treeId, parentId: parentId ?? null, level: plan.level, sortOrder: plan.sortOrder, ...fields },
    });
    await audit(tx, ctx, { entity: 'TreeNode', entityId: created.id, action: 'CREATE', after: created });
    return created;
  });
}

export async function updateTreeNode(ctx: Context, input: unknown) {
  const { id, version, fields } = parseInput(ZUpdateTreeNode, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const node = await nodeOfGovernment(tx, ctx, id);
    // A kind change can move the node's level (a sub-activity shares its activity's level).
    let levelShift = 0;
    if (fields.kind !== node.kind && node.parentId) {
      const parent = await tx.treeNode.findUniqueOrThrow({ where: { id: node.parentId } });
      const wasAligned = levelProblem(parent, node) === null;
      const target = childLevel(parent, fields.kind);
      if (wasAligned || node.level < target) levelShift = target - node.level;
    }
    const { before, after } = await updateVersioned(tx.treeNode, {
      where: { id, governmentId: gid, deletedAt: null },
      version,
      data: { ...fields, ...(levelShift ? { level: node.level + levelShift } : {}) },
      what: 'Tree node',
    });
    if (levelShift) {
      const nodes = await tx.treeNode.findMany({ where: { treeId: node.treeId, deletedAt: null } });
      const below = subtreeIds(nodes, id).slice(1);
      if (below.length) await tx.treeNode.updateMany({ where: { id: { in: below } }, data: { level: { increment: levelShift } } });
    }
    await audit(tx, ctx, { entity: 'TreeNode', entityId: id, action: 'UPDATE', before, after });
    return after;
  });
}

export async function moveTreeNode(ctx: Context, input: unknown) {
  const { id, version, parentId, index } = parseInput(ZMoveTreeNode, input);
  return ctx.prisma.$transaction(async (tx) => {
    const node = await nodeOfGovernment(tx, ctx, id);
    const nodes = await lockTree(tx, node.treeId);
    if (node.version !== version) {
      throw conflict(`Tree node was changed by someone else (now version ${node.version}); reload and try again`, node);
    }
    if (parentId && !nodes.some((n) => n.id === parentId)) {
      // Another tree's node, another government's, or deleted: not a parent this tree can have.
      throw notFound('New parent node');
    }
    let changes: ReturnType<typeof planMove>;
    try {
      changes = planMove(nodes, { nodeId: id, parentId: parentId ?? null, index });
    } catch (e) {
      fromTreeError(e);
    }
    for (const c of changes) {
      await tx.treeNode.update({
        where: { id: c.id },
        data: { parentId: c.parentId, sortOrder: c.sortOrder, level: c.level, ...(c.id === id ? { version: { increment: 1 } } : {}) },
      });
    }
    const after = await tx.treeNode.findUniqueOrThrow({ where: { id } });
    await audit(tx, ctx, {
      entity: 'TreeNode',
      entityId: id,
      action: 'UPDATE',
      before: { parentId: node.parentId, sortOrder: node.sortOrder, level: node.level, version: node.version },
      after: { parentId: after.parentId, sortOrder: after.sortOrder, level: after.level, version: after.version },
    });
    return tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } });
  });
}

export async function deleteTreeNode(ctx: Context, args: { id: string; version: number }) {
  if (!Number.isInteger(args.version) || args.version < 1) throw badInput('Versi tidak valid', 'version');
  return ctx.prisma.$transaction(async (tx) => {
    const node = await nodeOfGovernment(tx, ctx, args.id);
    const nodes = await lockTree(tx, node.treeId);
    if (node.version !== args.version) {
      throw conflict(`Tree node was changed by someone else (now version ${node.version}); reload and try again`, node);
    }
    const ids = subtreeIds(nodes, node.id);
    const deletedAt = new Date();
    await tx.treeNode.updateMany({ where: { id: { in: ids } }, data: { deletedAt } });
    await audit(tx, ctx, { entity: 'TreeNode', entityId: node.id, action: 'DELETE', before: { ...node, subtree: ids } });
    return { tree: await tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } }), deletedIds: ids };
  });
}

/** Undoes a delete: the node and the descendants deleted with it come back where they were. */
export async function restoreTreeNode(ctx: Context, args: { id: string }) {
  return ctx.prisma.$transaction(async (tx) => {
    const node = await tx.treeNode.findFirst({ where: { id: args.id, governmentId: governmentId(ctx), deletedAt: { not: null } } });
    if (!node) throw notFound('Deleted tree node');
    const live = await lockTree(tx, node.treeId);
    const parent = node.parentId ? live.find((n) => n.id === node.parentId) : null;
    if (node.parentId && !parent) throw conflict('Simpul induknya sudah dihapus; pulihkan simpul induk lebih dahulu');
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
    await audit(tx, ctx, { entity: 'TreeNode', entityId: node.id, action: 'CREATE', after: { restored: ids } });
    return tx.performanceTree.findUniqueOrThrow({ where: { id: node.treeId } });
  });
}

// ───────────────────────────── links ─────────────────────────────

type LinkKind = 'indicator' | 'action';

async function bumpNode(tx: Tx, ctx: Context, nodeId: string, version: number) {
  const node = await nodeOfGovernment(tx, ctx, nodeId);
  const { count } = await tx.treeNode.updateMany({ where: { id: nodeId, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw conflict(`Tree node was changed by someone else (now version ${node.version}); reload and try again`, node);
  return node;
}

async function assertTarget(tx: Tx, ctx: Context, kind: LinkKind, targetId: string) {
  const where = { id: targetId, governmentId: governmentId(ctx) };
  const found = kind === 'indicator' ? await tx.indicator.findFirst({ where }) : await tx.action.findFirst({ where });
  if (!found) throw notFound(kind === 'indicator' ? 'Indicator' : 'Action');
}

export async function linkTreeNode(ctx: Context, kind: LinkKind, input: unknown) {
  const { nodeId, version, targetId, rationale } = parseInput(ZTreeNodeLink, input);
  return ctx.prisma.$transaction(async (tx) => {
    await assertTarget(tx, ctx, kind, targetId);
    await bumpNode(tx, ctx, nodeId, version);
    const entity = kind === 'indicator' ? 'TreeNodeIndicator' : 'TreeNodeAction';
    if (kind === 'indicator') {
      const key = { nodeId_indicatorId: { nodeId, indicatorId: targetId } };
      const before = await tx.treeNodeIndicator.findUnique({ where: key });
      const after = await tx.treeNodeIndicator.upsert({
        where: key,
        create: { nodeId, indicatorId: targetId, rationale: rationale ?? null },
        update: { rationale: rationale ?? null },
      });
      await audit(tx, ctx, { entity, entityId: nodeId, action: before ? 'UPDATE' : 'CREATE', before, after });
    } else {
      const key = { nodeId_actionId: { nodeId, actionId: targetId } };
      const before = await tx.treeNodeAction.findUnique({ where: key });
      const after = await tx.treeNodeAction.upsert({
        where: key,
        create: { nodeId, actionId: targetId, rationale: rationale ?? null },
        update: { rationale: rationale ?? null },
      });
      await audit(tx, ctx, { entity, entityId: nodeId, action: before ? 'UPDATE' : 'CREATE', before, after });
    }
    return tx.treeNode.findUniqueOrThrow({ where: { id: nodeId } });
  });
}

export async function unlinkTreeNode(ctx: Context, kind: LinkKind, input: unknown) {
  const { nodeId, version, targetId } = parseInput(ZTreeNodeUnlink, input);
  return ctx.prisma.$transaction(async (tx) => {
    await bumpNode(tx, ctx, nodeId, version);
    const entity = kind === 'indicator' ? 'TreeNodeIndicator' : 'TreeNodeAction';
    const before =
      kind === 'indicator'
        ? await tx.treeNodeIndicator.findUnique({ where: { nodeId_indicatorId: { nodeId, indicatorId: targetId } } })
        : await tx.treeNodeAction.findUnique({ where: { nodeId_actionId: { nodeId, actionId: targetId } } });
    if (!before) throw notFound(kind === 'indicator' ? 'Indicator link' : 'Action link');
    if (kind === 'indicator') await tx.treeNodeIndicator.delete({ where: { nodeId_indicatorId: { nodeId, indicatorId: targetId } } });
    else await tx.treeNodeAction.delete({ where: { nodeId_actionId: { nodeId, actionId: targetId } } });
    await audit(tx, ctx, { entity, entityId: nodeId, action: 'DELETE', before });
    return tx.treeNode.findUniqueOrThrow({ where: { id: nodeId } });
  });
}
