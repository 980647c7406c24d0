import { describe, expect, it } from 'vitest';
import { LEAF_HEIGHT, layoutTree, NODE_HEIGHT } from './layout.ts';
import type { TreeNodeData } from './treeOutline.ts';
import { wrapText } from './wrap.ts';

let seq = 0;
function node(id: string, parentId: string | null, level: number, kind: TreeNodeData['kind'] = 'RESULT'): TreeNodeData {
  return {
    __typename: 'TreeNode',
    id,
    treeId: 't',
    parentId,
    level,
    sortOrder: seq++,
    kind,
    statement: id,
    indicatorText: null,
    observedProblem: null,
    observedValue: null,
    observedYear: null,
    observedSource: null,
    rationale: null,
    responsibleOfficial: null,
    version: 1,
    indicators: [],
    actions: [],
  } as TreeNodeData;
}

// r ─ a ─ p1 ─ act1 ─ s1, s2
//   │     └ p2 ─ act2
//   └ b
const sample = () => [
  node('r', null, 0),
  node('a', 'r', 1),
  node('b', 'r', 1),
  node('p1', 'a', 2, 'PROGRAM'),
  node('p2', 'a', 2, 'PROGRAM'),
  node('act1', 'p1', 3, 'ACTIVITY'),
  node('s1', 'act1', 3, 'SUB_ACTIVITY'),
  node('s2', 'act1', 3, 'SUB_ACTIVITY'),
  node('act2', 'p2', 3, 'ACTIVITY'),
];

describe('layoutTree', () => {
  it('aligns every node of a depth on one row and stacks a list of leaves under their parent', () => {
    const l = layoutTree(sample(), new Set());
    const at = (id: string) => l.nodes.find((n) => n.id === id);
    expect(at('a')?.y).toBe(at('b')?.y);
    expect(at('p1')?.y).toBe(at('p2')?.y);
    // act1's sub-activities are a list under it, not a new row.
    expect(at('s1')).toMatchObject({ stacked: true, x: (at('act1')?.x ?? 0) + 14 });
    expect(at('s2')?.y).toBeGreaterThan(at('s1')?.y ?? 0);
    expect(at('s1')?.height).toBe(LEAF_HEIGHT);
    // Siblings do not overlap.
    const row = l.nodes.filter((n) => n.depth === 2).sort((x, y) => x.x - y.x);
    for (let i = 1; i < row.length; i++) expect(row[i]!.x).toBeGreaterThanOrEqual(row[i - 1]!.x + row[i - 1]!.width);
    expect(l.rows.map((r) => r.levels)).toEqual([[0], [1], [2], [3]]);
    expect(l.links).toHaveLength(l.nodes.length - 1);
  });

  it('hides the subtree of a collapsed node and the levels below the filter', () => {
    const collapsed = layoutTree(sample(), new Set(['a']));
    expect(collapsed.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'r']);
    expect(collapsed.nodes.find((n) => n.id === 'a')).toMatchObject({ collapsed: true, childCount: 2 });
    const filtered = layoutTree(sample(), new Set(), 1);
    expect(filtered.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'r']);
    expect(filtered.nodes.every((n) => n.height === NODE_HEIGHT)).toBe(true);
  });

  // Its speed is measured by `pnpm bench:tree` (a timed test fails on a busy machine, not on slow code).
  it('lays out 1,000 nodes, each once', () => {
    const nodes = [node('n0', null, 0)];
    for (let i = 1; i < 1000; i++) nodes.push(node(`n${i}`, `n${Math.floor((i - 1) / 4)}`, Math.floor(Math.log(i * 3 + 1) / Math.log(4))));
    const l = layoutTree(nodes, new Set());
    expect(l.nodes).toHaveLength(1000);
    expect(new Set(l.nodes.map((n) => n.id)).size).toBe(1000);
  });
});

describe('wrapText', () => {
  it('wraps on words, cuts long words and marks text that did not fit', () => {
    expect(wrapText('Meningkatnya Profesionalitas ASN', 20, 3)).toEqual(['Meningkatnya', 'Profesionalitas ASN']);
    expect(wrapText('satu dua tiga empat lima enam', 9, 2)).toEqual(['satu dua', 'tiga…']);
    expect(wrapText('Supercalifragilistic', 8, 1)).toEqual(['Superca…']);
  });
});
