import { describe, expect, it } from 'vitest';
import {
  ancestorPath,
  cascadeThrough,
  checkTree,
  childLevel,
  levelProblem,
  orderedNodes,
  planInsert,
  planMove,
  resultsServedBy,
  subtreeIds,
  TreeOperationError,
  type TreeNodeShape,
  wouldCreateCycle,
  ZMoveBusinessProcess,
} from './tree.ts';

// root(0) ─ a(1) ─ a1(2 PROGRAM) ─ act(3 ACTIVITY) ─ sub1, sub2 (3 SUB_ACTIVITY)
//         └ b(1) ─ b1(2)
//         └ c(1)
const n = (
  id: string,
  parentId: string | null,
  level: number,
  sortOrder: number,
  kind: TreeNodeShape['kind'] = 'RESULT',
): TreeNodeShape => ({
  id,
  parentId,
  level,
  sortOrder,
  kind,
});
const sample = (): TreeNodeShape[] => [
  n('root', null, 0, 0),
  n('a', 'root', 1, 0),
  n('b', 'root', 1, 1),
  n('c', 'root', 1, 2),
  n('a1', 'a', 2, 0, 'PROGRAM'),
  n('act', 'a1', 3, 0, 'ACTIVITY'),
  n('sub1', 'act', 3, 0, 'SUB_ACTIVITY'),
  n('sub2', 'act', 3, 1, 'SUB_ACTIVITY'),
  n('b1', 'b', 2, 0),
];

/** Applies a plan to a copy of the nodes. */
function apply(nodes: TreeNodeShape[], changes: ReturnType<typeof planMove>) {
  const byId = new Map(nodes.map((x) => [x.id, { ...x }]));
  for (const c of changes) Object.assign(byId.get(c.id) as TreeNodeShape, c);
  return [...byId.values()];
}
const childrenOf = (nodes: TreeNodeShape[], parentId: string | null) =>
  nodes
    .filter((x) => x.parentId === parentId)
    .sort((x, y) => x.sortOrder - y.sortOrder)
    .map((x) => x.id);

describe('levels', () => {
  it('puts a child one level below its parent, a sub-activity at its activity’s level', () => {
    expect(childLevel(null, 'RESULT')).toBe(0);
    expect(childLevel({ level: 2, kind: 'RESULT' }, 'PROGRAM')).toBe(3);
    expect(childLevel({ level: 4, kind: 'ACTIVITY' }, 'SUB_ACTIVITY')).toBe(4);
    expect(childLevel({ level: 4, kind: 'ACTIVITY' }, 'ACTIVITY')).toBe(5);
  });

  it('reports a skipped level and a child that is not below its parent', () => {
    expect(levelProblem({ level: 1, kind: 'RESULT' }, { level: 3, kind: 'PROGRAM' })).toBe('SKIPPED');
    expect(levelProblem({ level: 1, kind: 'RESULT' }, { level: 1, kind: 'RESULT' })).toBe('NOT_BELOW_PARENT');
    expect(levelProblem({ level: 4, kind: 'ACTIVITY' }, { level: 4, kind: 'SUB_ACTIVITY' })).toBeNull();
    expect(levelProblem({ level: 4, kind: 'ACTIVITY' }, { level: 5, kind: 'SUB_ACTIVITY' })).toBe('SKIPPED');
  });
});

describe('planMove', () => {
  it('refuses a move under the node itself or any of its descendants', () => {
    const nodes = sample();
    for (const target of ['a', 'a1', 'act', 'sub2']) {
      expect(() => planMove(nodes, { nodeId: 'a', parentId: target, index: 0 })).toThrow(TreeOperationError);
      expect(wouldCreateCycle(nodes, 'a', target)).toBe(true);
    }
    expect(wouldCreateCycle(nodes, 'a', 'b1')).toBe(false);
    try {
      planMove(nodes, { nodeId: 'root', parentId: 'sub1', index: 0 });
    } catch (e) {
      expect((e as TreeOperationError).reason).toBe('CYCLE');
    }
  });

  it('moves a subtree under another parent, shifting its levels and keeping both sibling lists in order', () => {
    const nodes = sample();
    const after = apply(nodes, planMove(nodes, { nodeId: 'a1', parentId: 'b', index: 0 }));
    expect(childrenOf(after, 'b')).toEqual(['a1', 'b1']);
    expect(childrenOf(after, 'a')).toEqual([]);
    const byId = new Map(after.map((x) => [x.id, x]));
    expect(byId.get('a1')?.level).toBe(2);
    // The shape below is kept: sub-activities stay at their activity's level.
    expect([byId.get('act')?.level, byId.get('sub1')?.level, byId.get('sub2')?.level]).toEqual([3, 3, 3]);
    expect(byId.get('b1')?.sortOrder).toBe(1);
  });

  it('shifts the levels of the whole subtree when it moves up or down', () => {
    const nodes = sample();
    const up = new Map(apply(nodes, planMove(nodes, { nodeId: 'act', parentId: 'root', index: 1 })).map((x) => [x.id, x]));
    expect([up.get('act')?.level, up.get('sub1')?.level]).toEqual([1, 1]);
    const down = new Map(apply(nodes, planMove(nodes, { nodeId: 'b', parentId: 'c', index: 0 })).map((x) => [x.id, x]));
    expect([down.get('b')?.level, down.get('b1')?.level]).toEqual([2, 3]);
  });

  it('reorders within the same parent, keeping sort orders 0..n-1', () => {
    const nodes = sample();
    const after = apply(nodes, planMove(nodes, { nodeId: 'c', parentId: 'root', index: 0 }));
    expect(childrenOf(after, 'root')).toEqual(['c', 'a', 'b']);
    expect(
      after
        .filter((x) => x.parentId === 'root')
        .map((x) => x.sortOrder)
        .sort(),
    ).toEqual([0, 1, 2]);
    const last = apply(nodes, planMove(nodes, { nodeId: 'a', parentId: 'root', index: 99 }));
    expect(childrenOf(last, 'root')).toEqual(['b', 'c', 'a']);
  });

  it('returns only rows that change', () => {
    const nodes = sample();
    expect(planMove(nodes, { nodeId: 'b', parentId: 'root', index: 1 })).toEqual([]);
  });

  it('never creates a cycle and keeps every node reachable, over many random moves', () => {
    let nodes = sample();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let refused = 0;
    for (let i = 0; i < 500; i++) {
      const node = nodes[Math.floor(random() * nodes.length)] as TreeNodeShape;
      const target = random() < 0.1 ? null : (nodes[Math.floor(random() * nodes.length)] as TreeNodeShape).id;
      try {
        nodes = apply(nodes, planMove(nodes, { nodeId: node.id, parentId: target, index: Math.floor(random() * 4) }));
      } catch (e) {
        expect((e as TreeOperationError).reason).toMatch(/CYCLE|TOO_DEEP/);
        refused++;
      }
      // Every node reaches a root without meeting itself again.
      for (const x of nodes) expect(ancestorPath(nodes, x.id)[0]?.parentId).toBeNull();
      expect(orderedNodes(nodes)).toHaveLength(nodes.length);
      for (const parentId of new Set(nodes.map((x) => x.parentId))) {
        expect(
          nodes
            .filter((x) => x.parentId === parentId)
            .map((x) => x.sortOrder)
            .sort((p, q) => p - q),
        ).toEqual(nodes.filter((x) => x.parentId === parentId).map((_, k) => k));
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});

describe('planInsert', () => {
  it('appends by default and shifts later siblings when inserting in the middle', () => {
    const nodes = sample();
    expect(planInsert(nodes, { parentId: 'root', kind: 'RESULT' })).toEqual({ sortOrder: 3, level: 1, shifted: [] });
    expect(planInsert(nodes, { parentId: 'root', kind: 'RESULT', index: 1 })).toEqual({
      sortOrder: 1,
      level: 1,
      shifted: [
        { id: 'b', sortOrder: 2 },
        { id: 'c', sortOrder: 3 },
      ],
    });
    expect(planInsert(nodes, { parentId: 'act', kind: 'SUB_ACTIVITY' }).level).toBe(3);
  });

  it('accepts a deeper level (a skipped level) and refuses a level at or above the parent', () => {
    const nodes = sample();
    expect(planInsert(nodes, { parentId: 'a', kind: 'PROGRAM', level: 3 }).level).toBe(3);
    expect(() => planInsert(nodes, { parentId: 'a', kind: 'PROGRAM', level: 1 })).toThrow(/level 2 or deeper/);
    expect(() => planInsert(nodes, { parentId: 'nope', kind: 'RESULT' })).toThrow(TreeOperationError);
  });
});

describe('checkTree', () => {
  it('finds nodes without an indicator, unreached actions, unused indicators and skipped levels', () => {
    const nodes = [
      { ...n('root', null, 0, 0), indicatorText: 'Indeks RB' },
      n('a', 'root', 1, 0),
      n('p', 'a', 3, 0, 'PROGRAM'),
      n('act', 'p', 4, 0, 'ACTIVITY'),
      n('sub', 'act', 4, 0, 'SUB_ACTIVITY'),
    ];
    const checks = checkTree({
      nodes,
      nodeIndicators: [{ nodeId: 'p', indicatorId: 'i1' }],
      nodeActions: [{ nodeId: 'sub', actionId: 'x1' }],
      actionIds: ['x1', 'x2'],
      indicatorIds: ['i1', 'i2'],
    });
    expect(checks).toEqual([
      { kind: 'NODE_WITHOUT_INDICATOR', nodeId: 'a' },
      { kind: 'NODE_WITHOUT_INDICATOR', nodeId: 'act' },
      { kind: 'LEVEL_SKIPPED', nodeId: 'p', parentLevel: 1, level: 3 },
      { kind: 'ACTION_NOT_REACHED', actionId: 'x2' },
      { kind: 'INDICATOR_UNUSED', indicatorId: 'i2' },
    ]);
  });
});

describe('cascade', () => {
  const nodes = sample();
  const nodeActions = [
    { nodeId: 'sub1', actionId: 'x1' },
    { nodeId: 'b1', actionId: 'x1' },
    { nodeId: 'act', actionId: 'x2' },
  ];
  it('runs from the level-0 result through the node down to the actions of its subtree', () => {
    expect(cascadeThrough({ nodes, nodeActions }, 'a1')).toEqual({
      nodeIds: ['root', 'a', 'a1', 'act', 'sub1', 'sub2'],
      actionIds: ['x1', 'x2'],
    });
    expect(cascadeThrough({ nodes, nodeActions }, 'missing')).toEqual({ nodeIds: [], actionIds: [] });
  });
  it('runs back up from an action to every result it serves, in tree order', () => {
    expect(resultsServedBy({ nodes, nodeActions }, 'x1')).toEqual([
      ['root', 'a', 'a1', 'act', 'sub1'],
      ['root', 'b', 'b1'],
    ]);
    expect(subtreeIds(nodes, 'b')).toEqual(['b', 'b1']);
  });
});

describe('process-map input', () => {
  it('moves a business process to a non-negative whole position, saying what is wrong otherwise', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(ZMoveBusinessProcess.parse({ id, version: 2, index: 0 })).toEqual({ id, version: 2, index: 0 });
    const negative = ZMoveBusinessProcess.safeParse({ id, version: 2, index: -1 });
    expect(negative.success).toBe(false);
    expect(negative.error?.issues[0]).toMatchObject({ path: ['index'], message: 'Posisi tidak boleh negatif' });
    expect(ZMoveBusinessProcess.safeParse({ id, version: 2, index: 1.5 }).success).toBe(false);
    expect(ZMoveBusinessProcess.safeParse({ id: 'x', version: 2, index: 1 }).success).toBe(false);
  });
});
