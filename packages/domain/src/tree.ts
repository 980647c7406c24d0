// Performance tree (Pohon Kinerja) operations: pure functions over the flat node
// list (id, parentId, level, sortOrder, kind), used by the API to plan a change
// before writing it and by the web app to show the same rules while editing.
//
// Levels follow the documents: level 0 is the top result; each child sits one
// level below its parent, except a sub-activity (sub kegiatan) under an
// activity (kegiatan), which shares its parent's level ("level 4: activities
// and their sub-activities" in the Lumajang BKD tree). A child more than one
// level below its parent skips a level: allowed (some trees cascade a program
// straight from a level-1 result) but reported by the checks.

import { z } from 'zod';
import { isDecimalString } from './decimal.ts';

export type TreeNodeKind = 'RESULT' | 'PROGRAM' | 'ACTIVITY' | 'SUB_ACTIVITY';

export interface TreeNodeShape {
  id: string;
  parentId: string | null;
  level: number;
  sortOrder: number;
  kind: TreeNodeKind;
}

/** The deepest level a node may have (a tree deeper than this is a data error). */
export const MAX_TREE_LEVEL = 10;

export class TreeOperationError extends Error {
  constructor(
    readonly reason: 'CYCLE' | 'NOT_FOUND' | 'PARENT_NOT_FOUND' | 'TOO_DEEP' | 'BAD_LEVEL',
    message: string,
  ) {
    super(message);
  }
}

/** The level a new child of `parent` (null: a root) of the given kind gets. */
export function childLevel(parent: Pick<TreeNodeShape, 'level' | 'kind'> | null, kind: TreeNodeKind): number {
  if (!parent) return 0;
  if (parent.kind === 'ACTIVITY' && kind === 'SUB_ACTIVITY') return parent.level;
  return parent.level + 1;
}

/** The lowest level a child of `parent` may be given (it may be deeper: a skipped level). */
export const minChildLevel = childLevel;

export type LevelProblem = 'SKIPPED' | 'NOT_BELOW_PARENT';

/** What is wrong with a child's level relative to its parent, if anything. */
export function levelProblem(
  parent: Pick<TreeNodeShape, 'level' | 'kind'>,
  child: Pick<TreeNodeShape, 'level' | 'kind'>,
): LevelProblem | null {
  const expected = childLevel(parent, child.kind);
  if (child.level < expected) return 'NOT_BELOW_PARENT';
  if (child.level > expected) return 'SKIPPED';
  return null;
}

/** Children of each node (key null = roots), each list ordered by sortOrder then id. */
export function childrenIndex<T extends Pick<TreeNodeShape, 'id' | 'parentId' | 'sortOrder'>>(
  nodes: readonly T[],
): Map<string | null, T[]> {
  const index = new Map<string | null, T[]>();
  for (const node of nodes) {
    const list = index.get(node.parentId);
    if (list) list.push(node);
    else index.set(node.parentId, [node]);
  }
  for (const list of index.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return index;
}

/** The node and all its descendants, parents before children (siblings in order). */
export function subtreeIds(nodes: readonly Pick<TreeNodeShape, 'id' | 'parentId' | 'sortOrder'>[], rootId: string): string[] {
  const index = childrenIndex(nodes);
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue; // a corrupt cycle must not loop forever
    seen.add(id);
    out.push(id);
    const children = index.get(id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push((children[i] as { id: string }).id);
  }
  return out;
}

/** The path from a root down to the node (inclusive). Stops at a cycle or a missing parent. */
export function ancestorPath<T extends Pick<TreeNodeShape, 'id' | 'parentId'>>(nodes: readonly T[], nodeId: string): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: T[] = [];
  const seen = new Set<string>();
  let current = byId.get(nodeId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path.reverse();
}

/** True when making `newParentId` the parent of `nodeId` would put the node inside its own subtree. */
export function wouldCreateCycle(
  nodes: readonly Pick<TreeNodeShape, 'id' | 'parentId' | 'sortOrder'>[],
  nodeId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  if (newParentId === nodeId) return true;
  return subtreeIds(nodes, nodeId).includes(newParentId);
}

export interface NodePlacement {
  id: string;
  parentId: string | null;
  sortOrder: number;
  level: number;
}

/** Sort orders 0..n-1 for a sibling list with `id` placed at `index` (clamped). */
function placeAt(siblings: readonly string[], id: string, index: number): string[] {
  const rest = siblings.filter((s) => s !== id);
  const at = Math.max(0, Math.min(Math.trunc(index), rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * Plans moving a node (with its subtree) under `parentId` (null: a root) at sibling position
 * `index`. Returns the rows whose parent, sort order or level change. A move into the node's
 * own subtree is refused (CYCLE); the subtree's levels shift so that the moved node sits at the
 * level its new parent calls for, keeping the subtree's internal shape.
 */
export function planMove(
  nodes: readonly TreeNodeShape[],
  move: { nodeId: string; parentId: string | null; index: number },
): NodePlacement[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const node = byId.get(move.nodeId);
  if (!node) throw new TreeOperationError('NOT_FOUND', 'The node to move is not in this tree');
  const parent = move.parentId === null ? null : byId.get(move.parentId);
  if (move.parentId !== null && !parent) throw new TreeOperationError('PARENT_NOT_FOUND', 'The new parent is not in this tree');
  if (wouldCreateCycle(nodes, node.id, move.parentId)) {
    throw new TreeOperationError('CYCLE', 'A node cannot be moved under itself or one of its own descendants');
  }
  const delta = childLevel(parent ?? null, node.kind) - node.level;
  const subtree = subtreeIds(nodes, node.id);
  const deepest = Math.max(...subtree.map((id) => (byId.get(id) as TreeNodeShape).level));
  if (deepest + delta > MAX_TREE_LEVEL) throw new TreeOperationError('TOO_DEEP', `The tree would be deeper than level ${MAX_TREE_LEVEL}`);

  const changes = new Map<string, NodePlacement>();
  const current = (id: string): NodePlacement => {
    const existing = changes.get(id);
    if (existing) return existing;
    const n = byId.get(id) as TreeNodeShape;
    return { id, parentId: n.parentId, sortOrder: n.sortOrder, level: n.level };
  };
  const set = (id: string, patch: Partial<NodePlacement>) => changes.set(id, { ...current(id), ...patch });

  const index = childrenIndex(nodes);
  // Close the gap among the old siblings.
  if (node.parentId !== move.parentId) {
    const old = (index.get(node.parentId) ?? []).filter((s) => s.id !== node.id);
    old.forEach((s, i) => {
      if (s.sortOrder !== i) set(s.id, { sortOrder: i });
    });
  }
  const siblings = (index.get(move.parentId) ?? []).map((s) => s.id);
  placeAt(siblings, node.id, move.index).forEach((id, i) => {
    if (id === node.id) set(id, { parentId: move.parentId, sortOrder: i });
    else if ((byId.get(id) as TreeNodeShape).sortOrder !== i) set(id, { sortOrder: i });
  });
  if (delta !== 0) for (const id of subtree) set(id, { level: (byId.get(id) as TreeNodeShape).level + delta });

  return [...changes.values()].filter((c) => {
    const n = byId.get(c.id) as TreeNodeShape;
    return c.parentId !== n.parentId || c.sortOrder !== n.sortOrder || c.level !== n.level;
  });
}

/**
 * Plans inserting a new node under `parentId` at `index` (default: last). Returns the new
 * node's sort order and level, and the siblings whose sort order shifts.
 */
export function planInsert(
  nodes: readonly TreeNodeShape[],
  insert: { parentId: string | null; index?: number | null; kind: TreeNodeKind; level?: number | null },
): { sortOrder: number; level: number; shifted: { id: string; sortOrder: number }[] } {
  const parent = insert.parentId === null ? null : nodes.find((n) => n.id === insert.parentId);
  if (insert.parentId !== null && !parent) throw new TreeOperationError('PARENT_NOT_FOUND', 'The parent node is not in this tree');
  const minLevel = childLevel(parent ?? null, insert.kind);
  const level = insert.level ?? minLevel;
  if (level < minLevel)
    throw new TreeOperationError('BAD_LEVEL', `A child of a level-${parent?.level} node must be at level ${minLevel} or deeper`);
  if (level > MAX_TREE_LEVEL) throw new TreeOperationError('TOO_DEEP', `The tree cannot be deeper than level ${MAX_TREE_LEVEL}`);
  const siblings = childrenIndex(nodes).get(insert.parentId) ?? [];
  const at = insert.index == null ? siblings.length : Math.max(0, Math.min(Math.trunc(insert.index), siblings.length));
  const shifted: { id: string; sortOrder: number }[] = [];
  siblings.forEach((s, i) => {
    const want = i < at ? i : i + 1;
    if (s.sortOrder !== want) shifted.push({ id: s.id, sortOrder: want });
  });
  return { sortOrder: at, level, shifted };
}

// ───────────────────────────── checks ─────────────────────────────

export type TreeCheckKind = 'NODE_WITHOUT_INDICATOR' | 'ACTION_NOT_REACHED' | 'INDICATOR_UNUSED' | 'LEVEL_SKIPPED';

export interface TreeCheck {
  kind: TreeCheckKind;
  nodeId?: string;
  actionId?: string;
  indicatorId?: string;
  /** LEVEL_SKIPPED: the parent's level and the child's. */
  parentLevel?: number;
  level?: number;
}

export interface TreeCheckInput {
  nodes: readonly (TreeNodeShape & { indicatorText?: string | null })[];
  /** Links of this tree's nodes. */
  nodeIndicators: readonly { nodeId: string; indicatorId: string }[];
  nodeActions: readonly { nodeId: string; actionId: string }[];
  /** Work-plan actions the tree should reach (the plans of the tree's year and agency). */
  actionIds: readonly string[];
  /** Indicators the tree should use. */
  indicatorIds: readonly string[];
}

/**
 * The tree's gaps: nodes with neither a linked indicator nor an indicator written on them
 * (sub-activities excepted: they are measured by their activity), work-plan actions no node
 * links, candidate indicators no node links, and children that skip a level or sit at or
 * above their parent's level.
 */
export function checkTree(input: TreeCheckInput): TreeCheck[] {
  const checks: TreeCheck[] = [];
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const withIndicator = new Set(input.nodeIndicators.map((l) => l.nodeId));
  const ordered = orderedNodes(input.nodes);
  for (const node of ordered) {
    if (node.kind !== 'SUB_ACTIVITY' && !withIndicator.has(node.id) && !node.indicatorText?.trim()) {
      checks.push({ kind: 'NODE_WITHOUT_INDICATOR', nodeId: node.id });
    }
  }
  for (const node of ordered) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (!parent) continue;
    if (levelProblem(parent, node)) checks.push({ kind: 'LEVEL_SKIPPED', nodeId: node.id, parentLevel: parent.level, level: node.level });
  }
  const reached = new Set(input.nodeActions.filter((l) => byId.has(l.nodeId)).map((l) => l.actionId));
  for (const actionId of input.actionIds) if (!reached.has(actionId)) checks.push({ kind: 'ACTION_NOT_REACHED', actionId });
  const used = new Set(input.nodeIndicators.filter((l) => byId.has(l.nodeId)).map((l) => l.indicatorId));
  for (const indicatorId of input.indicatorIds) if (!used.has(indicatorId)) checks.push({ kind: 'INDICATOR_UNUSED', indicatorId });
  return checks;
}

/** All nodes in display order: depth first, siblings by sortOrder; orphans (missing parent) last as roots. */
export function orderedNodes<T extends Pick<TreeNodeShape, 'id' | 'parentId' | 'sortOrder'>>(nodes: readonly T[]): T[] {
  const ids = new Set(nodes.map((n) => n.id));
  const roots = nodes.filter((n) => n.parentId === null || !ids.has(n.parentId));
  const index = childrenIndex(nodes);
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (n: T) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push(n);
    for (const c of index.get(n.id) ?? []) visit(c);
  };
  for (const r of [...roots].sort((a, b) => a.sortOrder - b.sortOrder)) visit(r);
  return out;
}

// ───────────────────────────── cascade ─────────────────────────────

export interface CascadeInput {
  nodes: readonly TreeNodeShape[];
  nodeActions: readonly { nodeId: string; actionId: string }[];
}

/**
 * The cascade through a node: its ancestors from the level-0 result down to it, then its
 * subtree (parents before children), and the work-plan actions linked anywhere on that subtree.
 */
export function cascadeThrough(input: CascadeInput, nodeId: string): { nodeIds: string[]; actionIds: string[] } {
  const path = ancestorPath(input.nodes, nodeId).map((n) => n.id);
  if (path.length === 0) return { nodeIds: [], actionIds: [] };
  const below = subtreeIds(input.nodes, nodeId).slice(1);
  const nodeIds = [...path, ...below];
  const inSubtree = new Set([nodeId, ...below]);
  const actionIds: string[] = [];
  for (const l of input.nodeActions) if (inSubtree.has(l.nodeId) && !actionIds.includes(l.actionId)) actionIds.push(l.actionId);
  return { nodeIds, actionIds };
}

/** From a work-plan action back up: each node that links it, with its path from the level-0 result. */
export function resultsServedBy(input: CascadeInput, actionId: string): string[][] {
  const ordered = orderedNodes(input.nodes);
  const position = new Map(ordered.map((n, i) => [n.id, i]));
  return input.nodeActions
    .filter((l) => l.actionId === actionId && position.has(l.nodeId))
    .sort((a, b) => (position.get(a.nodeId) as number) - (position.get(b.nodeId) as number))
    .map((l) => ancestorPath(input.nodes, l.nodeId).map((n) => n.id));
}

// ───────────────────────────── input schemas ─────────────────────────────
// Shared by the API (validated at the top of each service) and the web forms.
// Messages are shown to the user as they are (Bahasa Indonesia, the app's default).

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} terlalu panjang (paling banyak ${max} karakter)`)
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const ZTreeNodeKind = z.enum(['RESULT', 'PROGRAM', 'ACTIVITY', 'SUB_ACTIVITY'], { message: 'Jenis simpul tidak dikenal' });

export const ZTreeNodeFields = z.object({
  statement: z
    .string()
    .trim()
    .min(1, 'Pernyataan kinerja wajib diisi')
    .max(1000, 'Pernyataan kinerja terlalu panjang (paling banyak 1000 karakter)'),
  kind: ZTreeNodeKind,
  indicatorText: text(1000, 'Indikator'),
  observedProblem: text(4000, 'Fenomena'),
  observedValue: z
    .string()
    .trim()
    .refine(
      (v) => v === '' || (isDecimalString(v) && v.replace(/^-/, '').split('.')[0]!.length <= 16 && (v.split('.')[1]?.length ?? 0) <= 4),
      {
        message: 'Nilai fenomena harus berupa angka (paling banyak 4 angka di belakang koma)',
      },
    )
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  observedYear: z
    .number()
    .int('Tahun fenomena harus bilangan bulat')
    .min(1945, 'Tahun fenomena tidak masuk akal')
    .max(2100, 'Tahun fenomena tidak masuk akal')
    .nullish(),
  observedSource: text(300, 'Sumber fenomena'),
  rationale: text(4000, 'Keterkaitan'),
  responsibleOfficial: text(300, 'Penanggung jawab'),
});
export type TTreeNodeFields = z.input<typeof ZTreeNodeFields>;

const id = (what: string) => z.string().uuid(`${what} tidak valid`);
const version = z.number().int().min(1, 'Versi tidak valid');

export const ZAddTreeNode = z.object({
  treeId: id('Pohon kinerja'),
  parentId: id('Simpul induk').nullish(),
  index: z.number().int().min(0, 'Posisi tidak boleh negatif').nullish(),
  level: z.number().int().min(0, 'Level tidak boleh negatif').max(MAX_TREE_LEVEL, `Level paling dalam adalah ${MAX_TREE_LEVEL}`).nullish(),
  fields: ZTreeNodeFields,
});

export const ZUpdateTreeNode = z.object({ id: id('Simpul'), version, fields: ZTreeNodeFields });

export const ZMoveTreeNode = z.object({
  id: id('Simpul'),
  version,
  parentId: id('Simpul induk baru').nullish(),
  index: z.number().int().min(0, 'Posisi tidak boleh negatif'),
});

export const ZTreeNodeLink = z.object({
  nodeId: id('Simpul'),
  version,
  targetId: id('Tautan'),
  rationale: text(4000, 'Alasan keterkaitan'),
});

export const ZTreeNodeUnlink = z.object({ nodeId: id('Simpul'), version, targetId: id('Tautan') });

export const ZCreatePerformanceTree = z.object({
  title: z.string().trim().min(1, 'Judul wajib diisi').max(300, 'Judul terlalu panjang (paling banyak 300 karakter)'),
  year: z.number().int().min(2000, 'Tahun harus antara 2000 dan 2100').max(2100, 'Tahun harus antara 2000 dan 2100'),
  agencyId: id('Perangkat daerah').nullish(),
});

export const ZClonePerformanceTree = z.object({
  sourceId: id('Pohon kinerja sumber'),
  year: z.number().int().min(2000, 'Tahun harus antara 2000 dan 2100').max(2100, 'Tahun harus antara 2000 dan 2100'),
  title: z.string().trim().max(300, 'Judul terlalu panjang (paling banyak 300 karakter)').nullish(),
});

// Process maps (peta proses bisnis, peta relasi, peta lintas fungsi) of the same document.
export const ZProcessKind = z.enum(['INPUT', 'MANAGERIAL', 'MAIN', 'SUPPORTING', 'OUTPUT'], { message: 'Jenis proses tidak dikenal' });

const processFields = {
  kind: ZProcessKind,
  name: z.string().trim().min(1, 'Nama proses wajib diisi').max(500, 'Nama proses terlalu panjang (paling banyak 500 karakter)'),
  responsibleOfficial: text(300, 'Penanggung jawab'),
};
export const ZAddBusinessProcess = z.object({ mapId: id('Peta proses'), ...processFields });
export const ZUpdateBusinessProcess = z.object({ id: id('Proses'), version, ...processFields });

const stepFields = {
  activity: z.string().trim().min(1, 'Aktivitas wajib diisi').max(500, 'Aktivitas terlalu panjang (paling banyak 500 karakter)'),
  actor: z.string().trim().min(1, 'Pelaksana wajib diisi').max(200, 'Pelaksana terlalu panjang (paling banyak 200 karakter)'),
  outputDocument: text(500, 'Dokumen keluaran'),
};
export const ZAddCrossFunctionStep = z.object({ mapId: id('Peta proses'), index: z.number().int().min(0).nullish(), ...stepFields });
export const ZUpdateCrossFunctionStep = z.object({ id: id('Langkah'), version, ...stepFields });
export const ZMoveBusinessProcess = z.object({
  id: id('Proses bisnis'),
  version,
  index: z.number().int().min(0, 'Posisi tidak boleh negatif'),
});

export const ZMoveCrossFunctionStep = z.object({
  id: id('Langkah'),
  version,
  index: z.number().int().min(0, 'Posisi tidak boleh negatif'),
});
