// The 2023 worksheet rules of the score engine: score rules, multipliers,
// weights per kind of government, not-applicable items and rescaling, bands as data.
import { describe, expect, it } from 'vitest';
import { applicableTree, gradeFor, parseGradeBands, type ScoringNode, scoreFramework } from './scoring.ts';

const item = (id: string, weight: number | null, criteria: ScoringNode['criteria'], extra: Partial<ScoringNode> = {}): ScoringNode => ({
  id,
  kind: 'SUB_ITEM',
  name: id,
  weight,
  criteria,
  ...extra,
});

describe('score rules', () => {
  it('OF_MAX scores value ÷ max × weight, RANGE (value − min) ÷ (max − min) × weight', () => {
    const tree = [
      item('ofmax', 2, [{ id: 'a', answerType: 'SCALE', scaleMin: 1, scaleMax: 5, scoreRule: 'OF_MAX' }]),
      item('range', 2, [{ id: 'b', answerType: 'SCALE', scaleMin: 1, scaleMax: 5 }]),
    ];
    const s = scoreFramework(tree, { a: '3', b: '3' });
    expect(s.nodes.find((n) => n.nodeId === 'ofmax')!.score).toBeCloseTo(1.2); // 3 ÷ 5 × 2
    expect(s.nodes.find((n) => n.nodeId === 'range')!.score).toBeCloseTo(1); // (3 − 1) ÷ 4 × 2
  });

  it('reads a 0–410 index (sistem merit) of its maximum', () => {
    const tree = [item('merit', 4, [{ id: 'm', answerType: 'SCALE', scaleMin: 0, scaleMax: 410, scoreRule: 'OF_MAX' }])];
    expect(scoreFramework(tree, { m: '307,5' }).total).toBeCloseTo(3); // 307,5 ÷ 410 × 4
    expect(scoreFramework(tree, { m: '411' }).invalidAnswers).toEqual([{ criterionId: 'm', reason: 'out-of-range' }]);
  });

  it('DIRECT adds the signed number as is and no maximum (koefisien)', () => {
    const tree = [
      item('x', 10, [{ id: 'x1', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX' }]),
      item('k', 0, [{ id: 'k1', answerType: 'SCALE', scaleMin: -10, scaleMax: 1, scoreRule: 'DIRECT' }]),
    ];
    const s = scoreFramework(tree, { x1: '80', k1: '-2,5' });
    expect(s.total).toBeCloseTo(5.5); // 8 − 2,5
    expect(s.maxTotal).toBe(10);
    expect(scoreFramework(tree, { x1: '80', k1: '1,5' }).invalidAnswers).toHaveLength(1); // above +1
  });

  it('multiplies an item by another item’s share (A2 × A1 ÷ 3); an unanswered multiplier counts 0', () => {
    const tree = [
      item('A1', 3, [{ id: 'a1', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX' }]),
      item('A2', 7, [{ id: 'a2', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX', multiplierId: 'a1' }]),
    ];
    const s = scoreFramework(tree, { a1: '50', a2: '80' });
    expect(s.nodes.find((n) => n.nodeId === 'A2')!.score).toBeCloseTo(2.8); // 0,8 × 7 × 0,5
    expect(scoreFramework(tree, { a2: '80' }).nodes.find((n) => n.nodeId === 'A2')!.score).toBe(0);
  });
});

describe('weights per kind of government and items that do not apply', () => {
  const general: ScoringNode[] = [
    {
      id: 'B',
      kind: 'COMPONENT',
      name: 'B',
      weight: 6,
      children: [
        item('zi', 3, [{ id: 'zi1', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX' }], {
          variantWeights: { REGENCY: 3.5 },
        }),
        item('ikpa', 2, [{ id: 'ik1', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX' }], {
          variantWeights: { REGENCY: null },
        }),
        item('arsip', 1, [{ id: 'ar1', answerType: 'SCALE', scaleMin: 0, scaleMax: 100, scoreRule: 'OF_MAX' }], {
          variantWeights: { REGENCY: 2.5 },
        }),
      ],
    },
  ];
  const full = { zi1: '100', ik1: '100', ar1: '100' };

  it('takes the variant weight of the government’s kind; null there means the item does not apply', () => {
    const s = scoreFramework(applicableTree(general, 'REGENCY'), full);
    expect(s.total).toBeCloseTo(6); // 3,5 + 2,5
    const ikpa = s.nodes.find((n) => n.nodeId === 'ikpa')!;
    expect(ikpa).toMatchObject({ notApplicable: true, score: 0, maxScore: 0, total: 0 });
    expect(s.totalCriteria).toBe(2);
    // A ministry has no variant: the base weights.
    expect(scoreFramework(applicableTree(general, 'MINISTRY'), full).total).toBeCloseTo(6);
  });

  it('leaves an excluded item out and rescales over the applicable weights when the framework says so', () => {
    const tree = applicableTree(general, 'MINISTRY', new Set(['arsip']));
    const plain = scoreFramework(tree, full);
    expect(plain.total).toBeCloseTo(5);
    expect(plain.maxTotal).toBeCloseTo(5);
    const rescaled = scoreFramework(tree, { zi1: '50', ik1: '100' }, { rescale: true });
    // (1,5 + 2) ÷ 5 × 6
    expect(rescaled.rawTotal).toBeCloseTo(3.5);
    expect(rescaled.total).toBeCloseTo(4.2);
    expect(rescaled.maxTotal).toBeCloseTo(6);
    expect(rescaled.notApplicableWeight).toBeCloseTo(1);
  });

  it('does not rescale for weights that are only unknown (they stay visible as unknown)', () => {
    const tree: ScoringNode[] = [
      item('known', 5, [{ id: 'k', answerType: 'YES_NO' }]),
      item('unknown', null, [{ id: 'u', answerType: 'YES_NO' }]),
    ];
    const s = scoreFramework(tree, { k: 'Ya', u: 'Ya' }, { rescale: true });
    expect(s.total).toBe(5);
    expect(s.maxTotal).toBe(5);
    expect(s.nodes.find((n) => n.nodeId === 'unknown')!.unknownWeight).toBe(true);
  });
});

describe('grade bands as data', () => {
  it('reads stored bands and grades on their edges', () => {
    const bands = parseGradeBands([
      { grade: 'AA', above: 90, label: { id: 'Sangat Memuaskan', en: 'Very satisfactory' } },
      { grade: 'A', above: 80, label: { id: 'Memuaskan' } },
      { grade: 'D', above: null, label: { id: 'Sangat Kurang' } },
    ])!;
    expect(gradeFor(90, bands).grade).toBe('A');
    expect(gradeFor(90.004, bands).grade).toBe('A'); // judged at 2 decimals: 90,00
    expect(gradeFor(90.01, bands).grade).toBe('AA');
    expect(gradeFor(80, bands).grade).toBe('D');
    expect(bands[1]!.label.en).toBe('Memuaskan');
  });

  it('refuses bands without a catch-all, out of order, or malformed', () => {
    expect(parseGradeBands([{ grade: 'AA', above: 90 }])).toBeNull();
    expect(
      parseGradeBands([
        { grade: 'A', above: 80 },
        { grade: 'AA', above: 90 },
        { grade: 'D', above: null },
      ]),
    ).toBeNull();
    expect(parseGradeBands('AA')).toBeNull();
    expect(parseGradeBands(null)).toBeNull();
  });
});
