// The demo trees keep the documents' levels: Lumajang's level 4 holds its activities and their
// sub-activities (no level 5), and Probolinggo's composed tree reaches its work plan's actions.
import { levelProblem } from '@rb/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_FRAMEWORKS, DEMO_GOVERNMENTS } from './index.ts';
import { buildDemoRows } from './load.ts';

describe('demo performance trees', async () => {
  const { rows, issues } = await buildDemoRows({
    governments: DEMO_GOVERNMENTS,
    frameworks: DEMO_FRAMEWORKS,
    password: 'x',
    hashPassword: async () => 'hash',
  });
  const treeOf = (title: RegExp) => {
    const tree = rows.performanceTree.find((t) => title.test(t.title));
    return rows.treeNode.filter((n) => n.treeId === tree?.id);
  };

  it('puts Lumajang’s sub-activities at level 4 with their activities, as the document counts them', () => {
    const nodes = treeOf(/Lumajang/);
    const perLevel = [0, 1, 2, 3, 4, 5].map((l) => nodes.filter((n) => n.level === l).length);
    expect(perLevel).toEqual([1, 1, 1, 4, 13 + 29, 0]);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const n of nodes.filter((x) => x.kind === 'SUB_ACTIVITY')) {
      const parent = byId.get(n.parentId as string);
      expect(parent?.kind).toBe('ACTIVITY');
      expect(n.level).toBe(4);
    }
    // No level is skipped or inverted anywhere in the tree.
    for (const n of nodes) {
      const parent = n.parentId ? byId.get(n.parentId) : undefined;
      if (parent) expect(levelProblem(parent as never, n as never)).toBeNull();
    }
  });

  it('links Probolinggo’s tree to indicators and to actions of its 2021 work plan, with no unknown codes', () => {
    const nodes = treeOf(/Probolinggo/);
    const ids = new Set(nodes.map((n) => n.id));
    expect(nodes.length).toBeGreaterThan(5);
    expect(rows.treeNodeAction.filter((l) => ids.has(l.nodeId)).length).toBeGreaterThan(50);
    expect(rows.treeNodeIndicator.filter((l) => ids.has(l.nodeId)).length).toBeGreaterThan(4);
    expect(issues.filter((i) => /tree node/.test(i.where))).toEqual([]);
  });
});
