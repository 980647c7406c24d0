/**
 * Property tests of the score engine on random frameworks and answers, with
 * a small seeded generator (mulberry32) so every failure is reproducible.
 */
import { describe, expect, it } from 'vitest';
import type { CriterionOption, ScoringCriterion, ScoringNode } from './scoring.ts';
import { answerValue, defaultOptions, scoreFramework } from './scoring.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  private readonly next: () => number;
  private counter = 0;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }
  id(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }
}

const TYPES: ScoringCriterion['answerType'][] = ['YES_NO', 'ABC', 'ABCD', 'ABCDE', 'PERCENTAGE', 'SCALE', 'CATEGORY'];
const CATEGORY_OPTIONS: CriterionOption[] = [
  { code: 'WTP', value: 1 },
  { code: 'WDP', value: 0.6 },
  { code: 'TW', value: 0.2 },
  { code: 'TMP', value: 0 },
];
const SCALES: [number, number][] = [
  [0, 100],
  [0, 5],
  [0, 4],
  [1, 5],
];

function randomCriterion(g: Gen): ScoringCriterion {
  const answerType = g.pick(TYPES);
  if (answerType === 'CATEGORY') return { id: g.id('c'), answerType, options: CATEGORY_OPTIONS };
  if (answerType === 'SCALE') {
    const [scaleMin, scaleMax] = g.pick(SCALES);
    return { id: g.id('c'), answerType, scaleMin, scaleMax };
  }
  return { id: g.id('c'), answerType };
}

function optionsOf(c: ScoringCriterion): CriterionOption[] {
  return c.answerType === 'CATEGORY' ? CATEGORY_OPTIONS : defaultOptions(c.answerType);
}

/** A valid answer whose value is at least `atLeast` (0..1). */
function answerAtLeast(g: Gen, c: ScoringCriterion, atLeast: number): string {
  if (c.answerType === 'PERCENTAGE') {
    const pct = atLeast * 100 + g.float() * (120 - atLeast * 100);
    return pct.toFixed(2).replace('.', ',');
  }
  if (c.answerType === 'SCALE') {
    const min = Number(c.scaleMin);
    const max = Number(c.scaleMax);
    const from = min + atLeast * (max - min);
    return String(Math.min(max, from + g.float() * (max - from)));
  }
  const higher = optionsOf(c).filter((o) => o.value >= atLeast);
  return g.pick(higher).code;
}

function randomAnswer(g: Gen, c: ScoringCriterion): string | null {
  const roll = g.float();
  if (roll < 0.15) return null;
  if (roll < 0.2) return 'bukan jawaban'; // invalid, counts as 0
  return answerAtLeast(g, c, 0);
}

function randomLeaf(g: Gen): ScoringNode {
  const criteria = Array.from({ length: g.int(1, 4) }, () => randomCriterion(g));
  const weight = g.float() < 0.1 ? null : g.int(0, 1000) / 100;
  return { id: g.id('s'), kind: 'SUB_ITEM', name: 'sub-item', weight, criteria };
}

function randomFramework(g: Gen): ScoringNode[] {
  return Array.from({ length: g.int(1, 3) }, () => {
    const areas = () =>
      Array.from({ length: g.int(1, 4) }, () => ({
        id: g.id('a'),
        kind: 'AREA' as const,
        name: 'area',
        weight: g.float() < 0.5 ? null : g.int(0, 2000) / 100,
        children: Array.from({ length: g.int(1, 4) }, () => randomLeaf(g)),
      }));
    const withSubcomponents = g.float() < 0.5;
    return {
      id: g.id('k'),
      kind: 'COMPONENT' as const,
      name: 'component',
      weight: null,
      children: withSubcomponents
        ? Array.from({ length: g.int(1, 3) }, () => ({
            id: g.id('sc'),
            kind: 'SUBCOMPONENT' as const,
            name: 'subcomponent',
            weight: null,
            children: areas(),
          }))
        : areas(),
    };
  });
}

function criteriaOf(nodes: readonly ScoringNode[]): ScoringCriterion[] {
  return nodes.flatMap((n) => [...(n.children?.length ? [] : (n.criteria ?? [])), ...criteriaOf(n.children ?? [])]);
}

function descendants(node: ScoringNode): ScoringNode[] {
  return [node, ...(node.children ?? []).flatMap(descendants)];
}

const EPS = 1e-9;
const RUNS = 200;

describe('scoreFramework properties', () => {
  it('total = sum of components = sum of areas = sum of sub-items; parents sum their children', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = new Gen(seed);
      const tree = randomFramework(g);
      const answers = new Map(criteriaOf(tree).map((c) => [c.id, randomAnswer(g, c)]));
      const result = scoreFramework(tree, answers);
      const score = new Map(result.nodes.map((n) => [n.nodeId, n]));
      const all = tree.flatMap(descendants);
      const sumOf = (kind: ScoringNode['kind']) =>
        all.filter((n) => n.kind === kind).reduce((s, n) => s + (score.get(n.id)?.score ?? Number.NaN), 0);

      expect(result.total, `seed ${seed}`).toBeCloseTo(sumOf('COMPONENT'), 9);
      expect(result.total, `seed ${seed}`).toBeCloseTo(sumOf('AREA'), 9);
      expect(result.total, `seed ${seed}`).toBeCloseTo(sumOf('SUB_ITEM'), 9);
      for (const node of all) {
        const s = score.get(node.id);
        if (!s) throw new Error(`missing node ${node.id}`);
        expect(s.score, `seed ${seed} node ${node.id}`).toBeGreaterThanOrEqual(0);
        expect(s.score, `seed ${seed} node ${node.id}`).toBeLessThanOrEqual(s.maxScore + EPS);
        if (node.children?.length) {
          const childSum = node.children.reduce((sum, c) => sum + (score.get(c.id)?.score ?? Number.NaN), 0);
          expect(s.score, `seed ${seed} node ${node.id}`).toBeCloseTo(childSum, 9);
        }
      }
    }
  });

  it('raising one answer never lowers the total or any node', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = new Gen(seed);
      const tree = randomFramework(g);
      const criteria = criteriaOf(tree);
      const answers = new Map(criteria.map((c) => [c.id, randomAnswer(g, c)]));
      const before = scoreFramework(tree, answers);
      const target = g.pick(criteria);
      const current = answerValue(target, answers.get(target.id)) ?? 0;
      const raised = new Map(answers).set(target.id, answerAtLeast(g, target, current));
      expect(answerValue(target, raised.get(target.id)), `seed ${seed}`).toBeGreaterThanOrEqual(current - EPS);
      const after = scoreFramework(tree, raised);
      expect(after.total, `seed ${seed}`).toBeGreaterThanOrEqual(before.total - EPS);
      after.nodes.forEach((n, i) => {
        expect(n.score, `seed ${seed} node ${n.nodeId}`).toBeGreaterThanOrEqual((before.nodes[i]?.score ?? 0) - EPS);
      });
    }
  });

  it('full marks everywhere reach maxTotal; no answers give 0', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = new Gen(seed);
      const tree = randomFramework(g);
      const criteria = criteriaOf(tree);
      const full = new Map(criteria.map((c) => [c.id, answerAtLeast(g, c, 1)]));
      const best = scoreFramework(tree, full);
      expect(best.total, `seed ${seed}`).toBeCloseTo(best.maxTotal, 9);
      expect(best.completeness).toBe(1);
      const none = scoreFramework(tree, new Map());
      expect(none.total).toBe(0);
      expect(none.maxTotal).toBe(best.maxTotal);
    }
  });
});
