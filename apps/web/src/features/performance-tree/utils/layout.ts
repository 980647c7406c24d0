// Layout of the performance-tree map, computed once per change of structure, collapse state
// or level filter (never during pan/zoom, which only transforms one <g>).
//
// x positions come from d3-hierarchy's tidy tree; y positions are rows by depth, so every node
// of a depth lines up (the level bands). A node whose visible children are all leaves gets them
// stacked as a list below it, as the documents draw sub-activities (the "-" items under a
// level-4 box); that keeps wide trees printable.
import { hierarchy, tree as d3tree } from 'd3-hierarchy';
import { buildOutline, type OutlineNode, type TreeNodeData } from './treeOutline.ts';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 132;
export const LEAF_HEIGHT = 54;
const GAP_X = 16;
const ROW_GAP = 44;
const STACK_GAP = 8;
const STACK_INDENT = 14;

export interface LaidOutNode {
  id: string;
  node: TreeNodeData;
  x: number; // left
  y: number; // top
  width: number;
  height: number;
  depth: number;
  /** Shown as an item of its parent's list. */
  stacked: boolean;
  childCount: number;
  collapsed: boolean;
}

export interface LaidOutLink {
  id: string;
  /** The child end of the link (hidden with it). */
  target: string;
  d: string;
  /** Bounding box, to leave out links far from the view. */
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TreeLayout {
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  bounds: { x: number; y: number; width: number; height: number };
  /** Each depth row: its top, its height and the levels of its nodes. */
  rows: { depth: number; y: number; height: number; levels: number[]; kinds: string[] }[];
}

interface Datum {
  item: OutlineNode | null; // null: the synthetic root above several level-0 results
  children: Datum[];
  stack: OutlineNode[];
}

export function layoutTree(nodes: readonly TreeNodeData[], collapsed: ReadonlySet<string>, maxLevel: number | null = null): TreeLayout {
  const outline = buildOutline(nodes);
  const visibleChildren = (item: OutlineNode) =>
    collapsed.has(item.node.id) ? [] : item.children.filter((c) => maxLevel === null || c.node.level <= maxLevel);
  const toDatum = (item: OutlineNode): Datum => {
    const children = visibleChildren(item);
    // Only true leaves are listed; a branch hidden by collapse or the level filter keeps its box.
    const stackable = children.length > 0 && children.every((c) => c.children.length === 0);
    return stackable ? { item, children: [], stack: children } : { item, children: children.map(toDatum), stack: [] };
  };
  const rootDatum: Datum = {
    item: null,
    children: outline.filter((r) => maxLevel === null || r.node.level <= maxLevel).map(toDatum),
    stack: [],
  };
  const root = hierarchy(rootDatum, (d) => d.children);
  d3tree<Datum>()
    .nodeSize([NODE_WIDTH + GAP_X, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.12))(root);

  const stackHeight = (d: Datum) => (d.stack.length ? STACK_GAP + d.stack.length * (LEAF_HEIGHT + STACK_GAP) : 0);
  const rowHeights = new Map<number, number>();
  const rowLevels = new Map<number, Set<number>>();
  const rowKinds = new Map<number, Set<string>>();
  root.each((h) => {
    if (!h.data.item) return;
    const depth = h.depth - 1;
    rowHeights.set(depth, Math.max(rowHeights.get(depth) ?? 0, NODE_HEIGHT + stackHeight(h.data)));
    const levels = rowLevels.get(depth) ?? new Set<number>();
    levels.add(h.data.item.node.level);
    rowLevels.set(depth, levels);
    const kinds = rowKinds.get(depth) ?? new Set<string>();
    kinds.add(h.data.item.node.kind);
    rowKinds.set(depth, kinds);
  });
  const rowTop = new Map<number, number>();
  const rows: TreeLayout['rows'] = [];
  let top = 0;
  for (const depth of [...rowHeights.keys()].sort((a, b) => a - b)) {
    rowTop.set(depth, top);
    const height = rowHeights.get(depth) as number;
    rows.push({ depth, y: top, height, levels: [...(rowLevels.get(depth) ?? [])].sort(), kinds: [...(rowKinds.get(depth) ?? [])] });
    top += height + ROW_GAP;
  }

  const out: LaidOutNode[] = [];
  const links: LaidOutLink[] = [];
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = 0;
  root.each((h) => {
    const item = h.data.item;
    if (!item) return;
    const depth = h.depth - 1;
    const x = (h.x ?? 0) - NODE_WIDTH / 2;
    const y = rowTop.get(depth) as number;
    out.push({
      id: item.node.id,
      node: item.node,
      x,
      y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      depth,
      stacked: false,
      childCount: item.children.length,
      collapsed: collapsed.has(item.node.id) && item.children.length > 0,
    });
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + NODE_WIDTH);
    maxY = Math.max(maxY, y + NODE_HEIGHT);
    const parent = h.parent?.data.item ? h.parent : null;
    if (parent) {
      const px = parent.x ?? 0;
      const py = (rowTop.get(depth - 1) as number) + NODE_HEIGHT;
      const cy = y;
      const midY = cy - ROW_GAP / 2;
      const cx = h.x ?? 0;
      links.push({
        id: `${parent.data.item?.node.id}-${item.node.id}`,
        target: item.node.id,
        d: `M${px},${py}V${midY}H${cx}V${cy}`,
        box: { x0: Math.min(px, cx), y0: py, x1: Math.max(px, cx), y1: cy },
      });
    }
    let sy = y + NODE_HEIGHT + STACK_GAP;
    for (const leaf of h.data.stack) {
      const lx = x + STACK_INDENT;
      out.push({
        id: leaf.node.id,
        node: leaf.node,
        x: lx,
        y: sy,
        width: NODE_WIDTH - STACK_INDENT,
        height: LEAF_HEIGHT,
        depth: depth + 1,
        stacked: true,
        childCount: leaf.children.length,
        collapsed: collapsed.has(leaf.node.id) && leaf.children.length > 0,
      });
      links.push({
        id: `${item.node.id}-${leaf.node.id}`,
        target: leaf.node.id,
        d: `M${x + STACK_INDENT / 2},${y + NODE_HEIGHT}V${sy + LEAF_HEIGHT / 2}H${lx}`,
        box: { x0: x, y0: y + NODE_HEIGHT, x1: lx, y1: sy + LEAF_HEIGHT / 2 },
      });
      sy += LEAF_HEIGHT + STACK_GAP;
      maxY = Math.max(maxY, sy);
    }
  });
  if (out.length === 0) return { nodes: [], links: [], rows: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };
  return { nodes: out, links, rows, bounds: { x: minX, y: 0, width: maxX - minX, height: maxY } };
}

/** The ids of a node's ancestors (to expand them when the node is searched for). */
export function ancestorIds(nodes: readonly TreeNodeData[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id)?.parentId ?? null;
  while (current && !seen.has(current)) {
    seen.add(current);
    out.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return out;
}
