import { governmentId } from '../context.ts';
import { notFound } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { cascadeForNode, cascadeForStep, cascadesForIndicator } from '../services/tree/cascade.ts';
import { treeChecks, treeLinkOptions } from '../services/tree/checks.ts';
import { treeLoaders } from '../services/tree/common.ts';
import {
  addBusinessProcess,
  addCrossFunctionStep,
  deleteBusinessProcess,
  deleteCrossFunctionStep,
  listProcessMaps,
  loadProcessMap,
  moveBusinessProcess,
  moveCrossFunctionStep,
  updateBusinessProcess,
  updateCrossFunctionStep,
} from '../services/tree/process-maps.ts';
import {
  addTreeNode,
  deleteTreeNode,
  linkTreeNode,
  moveTreeNode,
  restoreTreeNode,
  unlinkTreeNode,
  updateTreeNode,
} from '../services/tree/nodes.ts';
import { clonePerformanceTree, createPerformanceTree } from '../services/tree/trees.ts';

export const treeResolvers: Resolvers = {
  Query: {
    performanceTrees: (_p, _a, ctx) =>
      ctx.prisma.performanceTree.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: [{ year: 'desc' }, { title: 'asc' }] }),
    performanceTree: (_p, { id }, ctx) => ctx.prisma.performanceTree.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
    treeCascade: (_p, { nodeId }, ctx) => cascadeForNode(ctx, nodeId),
    indicatorCascade: (_p, { indicatorId }, ctx) => cascadesForIndicator(ctx, indicatorId),
    stepCascade: (_p, { stepId }, ctx) => cascadeForStep(ctx, stepId),
    treeLinkOptions: async (_p, { treeId }, ctx) => {
      const tree = await ctx.prisma.performanceTree.findFirst({ where: { id: treeId, governmentId: governmentId(ctx) } });
      return tree ? treeLinkOptions(ctx, tree) : null;
    },
    processMaps: (_p, _a, ctx) => listProcessMaps(ctx),
    processMap: (_p, { id }, ctx) => loadProcessMap(ctx.prisma, ctx, id),
  },
  Mutation: {
    createPerformanceTree: (_p, { input }, ctx) => createPerformanceTree(ctx, input),
    clonePerformanceTree: (_p, { input }, ctx) => clonePerformanceTree(ctx, input),
    addTreeNode: (_p, { input }, ctx) => addTreeNode(ctx, input),
    updateTreeNode: (_p, { input }, ctx) => updateTreeNode(ctx, input),
    moveTreeNode: (_p, { input }, ctx) => moveTreeNode(ctx, input),
    deleteTreeNode: (_p, args, ctx) => deleteTreeNode(ctx, args),
    restoreTreeNode: (_p, args, ctx) => restoreTreeNode(ctx, args),
    linkTreeNodeIndicator: (_p, { input }, ctx) => linkTreeNode(ctx, 'indicator', input),
    unlinkTreeNodeIndicator: (_p, { input }, ctx) => unlinkTreeNode(ctx, 'indicator', input),
    linkTreeNodeAction: (_p, { input }, ctx) => linkTreeNode(ctx, 'action', input),
    unlinkTreeNodeAction: (_p, { input }, ctx) => unlinkTreeNode(ctx, 'action', input),
    addBusinessProcess: (_p, { input }, ctx) => addBusinessProcess(ctx, input),
    updateBusinessProcess: (_p, { input }, ctx) => updateBusinessProcess(ctx, input),
    deleteBusinessProcess: (_p, args, ctx) => deleteBusinessProcess(ctx, args),
    moveBusinessProcess: (_p, { input }, ctx) => moveBusinessProcess(ctx, input),
    addCrossFunctionStep: (_p, { input }, ctx) => addCrossFunctionStep(ctx, input),
    updateCrossFunctionStep: (_p, { input }, ctx) => updateCrossFunctionStep(ctx, input),
    moveCrossFunctionStep: (_p, { input }, ctx) => moveCrossFunctionStep(ctx, input),
    deleteCrossFunctionStep: (_p, args, ctx) => deleteCrossFunctionStep(ctx, args),
  },
  PerformanceTree: {
    agency: (t, _a, ctx) => (t.agencyId ? ctx.loaders.agency.load(t.agencyId) : null),
    clonedFrom: async (t, _a, ctx) => (t.clonedFromId ? treeLoaders(ctx).tree.load(t.clonedFromId) : null),
    nodes: (t, _a, ctx) => treeLoaders(ctx).nodesByTree.load(t.id),
    checks: (t, _a, ctx) => treeChecks(ctx, t),
    canEdit: (_t, _a, ctx) => ctx.roles.has('PLANNER') || ctx.roles.has('ADMIN'),
  },
  TreeNode: {
    observedValue: (n) => n.observedValue?.toString() ?? null,
    indicators: (n, _a, ctx) => treeLoaders(ctx).indicatorLinksByNode.load(n.id),
    actions: (n, _a, ctx) => treeLoaders(ctx).actionLinksByNode.load(n.id),
  },
  TreeCascade: {
    tree: (c) => {
      if (!c.tree) throw notFound('PerformanceTree');
      return c.tree;
    },
  },
};
