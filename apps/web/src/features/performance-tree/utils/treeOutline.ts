import type { PerformanceTreeQuery } from '../../../gql/graphql.ts';

export type TreeNodeData = NonNullable<PerformanceTreeQuery['performanceTree']>['nodes'][number];

export interface OutlineNode {
  node: TreeNodeData;
  children: OutlineNode[];
}

/** Nests the flat node list (parents before children) by parentId; orphans become roots. */
export function buildOutline(nodes: readonly TreeNodeData[]): OutlineNode[] {
  const byId = new Map<string, OutlineNode>();
  for (const node of nodes) byId.set(node.id, { node, children: [] });
  const roots: OutlineNode[] = [];
  for (const node of nodes) {
    const item = byId.get(node.id);
    if (!item) continue;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent && parent !== item) parent.children.push(item);
    else roots.push(item);
  }
  const sort = (items: OutlineNode[]) => {
    items.sort((a, b) => a.node.sortOrder - b.node.sortOrder);
    for (const item of items) sort(item.children);
  };
  sort(roots);
  return roots;
}
