// Pure helpers of the map's keyboard and drag-and-drop: where an arrow key moves the map's
// tab stop, and where a drop puts a moved node (the `parentId` and `index` of moveTreeNode,
// counted among the target parent's other children, as the outline counts them).

interface Shown {
  id: string;
  parentId: string | null;
}

/**
 * The node an arrow key moves to among the drawn nodes (in layout order: parents before their
 * children, siblings in order): ↑ parent, ↓ first child, ←/→ previous/next sibling, Home the
 * first node. Undefined when there is none (the tab stop stays).
 */
export function neighbour(shown: readonly Shown[], id: string, key: string): string | undefined {
  const current = shown.find((n) => n.id === id);
  if (!current) return undefined;
  const siblings = shown.filter((n) => n.parentId === current.parentId);
  const at = siblings.indexOf(current);
  switch (key) {
    case 'ArrowUp':
      return current.parentId && shown.some((n) => n.id === current.parentId) ? current.parentId : undefined;
    case 'ArrowDown':
      return shown.find((n) => n.parentId === id)?.id;
    case 'ArrowLeft':
      return siblings[at - 1]?.id;
    case 'ArrowRight':
      return siblings[at + 1]?.id;
    case 'Home':
      return shown[0]?.id;
    default:
      return undefined;
  }
}

export type DropWhere = 'before' | 'after' | 'into';

/** Where a pointer at fraction `f` (0–1) along a node's box drops: its edges place beside it, its middle under it. */
export function dropWhere(f: number, stacked: boolean): DropWhere {
  const edge = stacked ? 0.3 : 0.22;
  return f < edge ? 'before' : f > 1 - edge ? 'after' : 'into';
}

interface Sortable {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

/** The move of `movedId` dropped `where` relative to `targetId`: its new parent and index among the other children. */
export function dropPlacement(
  nodes: readonly Sortable[],
  movedId: string,
  targetId: string,
  where: DropWhere,
): { parentId: string | null; index: number } | null {
  const target = nodes.find((n) => n.id === targetId);
  if (!target || targetId === movedId) return null;
  const childrenOf = (parentId: string | null) =>
    nodes.filter((n) => n.parentId === parentId && n.id !== movedId).sort((a, b) => a.sortOrder - b.sortOrder);
  if (where === 'into') return { parentId: target.id, index: childrenOf(target.id).length };
  const at = childrenOf(target.parentId).findIndex((n) => n.id === target.id);
  return { parentId: target.parentId, index: at + (where === 'after' ? 1 : 0) };
}
