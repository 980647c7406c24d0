import type { TreeNodeFieldsFragment } from '../../../gql/graphql.ts';

export type TreeNodeData = TreeNodeFieldsFragment;

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

/** Depth-first order of the outline (what a screen reader walks through). */
export function flattenOutline(items: readonly OutlineNode[], collapsed?: ReadonlySet<string>): { item: OutlineNode; depth: number }[] {
  const out: { item: OutlineNode; depth: number }[] = [];
  const visit = (item: OutlineNode, depth: number) => {
    out.push({ item, depth });
    if (!collapsed?.has(item.node.id)) for (const c of item.children) visit(c, depth + 1);
  };
  for (const r of items) visit(r, 0);
  return out;
}

export type IndicatorStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
const SEVERITY: IndicatorStatus[] = ['NO_DATA', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

/** The worst status among a node's linked indicators (null: no linked indicator). */
export function nodeStatus(node: Pick<TreeNodeData, 'indicators'>): IndicatorStatus | null {
  let worst: IndicatorStatus | null = null;
  for (const link of node.indicators) {
    const status = (link.indicator as { status?: IndicatorStatus | null }).status ?? null;
    if (!status) continue;
    if (worst === null || SEVERITY.indexOf(status) > SEVERITY.indexOf(worst)) worst = status;
  }
  return worst;
}
