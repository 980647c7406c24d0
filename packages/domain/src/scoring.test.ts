import { describe, expect, it } from 'vitest';
import type { NodeScore, ScoringCriterion, ScoringNode } from './scoring.ts';
import { answerValue, defaultOptions, GRADE_BANDS, gradeFor, interpretAnswer, roundScore, scoreFramework } from './scoring.ts';

const crit = (id: string, answerType: ScoringCriterion['answerType'], extra: Partial<ScoringCriterion> = {}) => ({
  id,
  answerType,
  ...extra,
});
const leaf = (id: string, weight: number | string | null, criteria: ScoringCriterion[]): ScoringNode => ({
  id,
  kind: 'SUB_ITEM',
  name: id,
  weight,
  criteria,
});
const parent = (id: string, kind: ScoringNode['kind'], weight: number | string | null, children: ScoringNode[]): ScoringNode => ({
  id,
  kind,
  name: id,
  weight,
  children,
});
const byId = (nodes: NodeScore[], id: string) => {
  const node = nodes.find((n) => n.nodeId === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};

describe('answerValue', () => {
  it('YES_NO', () => {
    const c = crit('c', 'YES_NO');
    expect(answerValue(c, 'Ya')).toBe(1);
    expect(answerValue(c, 'YA')).toBe(1);
    expect(answerValue(c, 'y')).toBe(1);
    expect(answerValue(c, 'Tidak')).toBe(0);
    expect(answerValue(c, 't')).toBe(0);
    expect(answerValue(c, 'mungkin')).toBeNull();
  });

  it('ABC, ABCD, ABCDE use the worksheet values', () => {
    expect(['A', 'B', 'C'].map((a) => answerValue(crit('c', 'ABC'), a))).toEqual([1, 0.5, 0]);
    expect(['A', 'B', 'C', 'D'].map((a) => answerValue(crit('c', 'ABCD'), a))).toEqual([1, 0.67, 0.33, 0]);
    expect(['a', 'b', 'c', 'd', 'e'].map((a) => answerValue(crit('c', 'ABCDE'), a))).toEqual([1, 0.75, 0.5, 0.25, 0]);
    expect(answerValue(crit('c', 'ABC'), 'D')).toBeNull();
  });

  it('PERCENTAGE is the fraction, capped at 1', () => {
    const c = crit('c', 'PERCENTAGE');
    expect(answerValue(c, '85')).toBe(0.85);
    expect(answerValue(c, '85,5')).toBe(0.855);
    expect(answerValue(c, '85.5')).toBe(0.855);
    expect(answerValue(c, '73 %')).toBe(0.73);
    expect(answerValue(c, '0')).toBe(0);
    expect(answerValue(c, '120')).toBe(1);
    expect(interpretAnswer(c, '-5')).toEqual({ kind: 'INVALID', reason: 'out-of-range' });
    expect(interpretAnswer(c, 'banyak')).toEqual({ kind: 'INVALID', reason: 'not-a-number' });
  });

  it('SCALE is normalised to 0..1', () => {
    const c100 = crit('c', 'SCALE', { scaleMin: 0, scaleMax: 100 });
    const c5 = crit('c', 'SCALE', { scaleMin: '0.0000', scaleMax: '5.0000' });
    const c15 = crit('c', 'SCALE', { scaleMin: 1, scaleMax: 5 });
    expect(answerValue(c100, '71')).toBe(0.71);
    expect(answerValue(c5, '3,25')).toBe(0.65);
    expect(answerValue(c15, '3')).toBe(0.5); // (3 − 1) / (5 − 1)
    expect(answerValue(c15, '1')).toBe(0);
    expect(answerValue(c15, '5')).toBe(1);
    expect(interpretAnswer(c15, '6')).toEqual({ kind: 'INVALID', reason: 'out-of-range' });
    expect(interpretAnswer(c15, '0')).toEqual({ kind: 'INVALID', reason: 'out-of-range' });
    expect(interpretAnswer(crit('c', 'SCALE'), '3')).toEqual({ kind: 'INVALID', reason: 'no-scale' });
    expect(interpretAnswer(crit('c', 'SCALE', { scaleMin: 5, scaleMax: 5 }), '5')).toEqual({
      kind: 'INVALID',
      reason: 'no-scale',
    });
  });

  it('CATEGORY takes the option value', () => {
    const options = [
      { code: 'WTP', label: 'Wajar Tanpa Pengecualian', value: 1 },
      { code: 'WDP', label: 'Wajar Dengan Pengecualian', value: 0.75 },
      { code: 'TW', label: 'Tidak Wajar', value: 0 },
      { code: 'TMP', label: 'Tidak Memberikan Pendapat', value: 0 },
    ];
    const c = crit('c', 'CATEGORY', { options });
    expect(answerValue(c, 'WDP')).toBe(0.75);
    expect(answerValue(c, 'wtp')).toBe(1);
    expect(answerValue(c, 'Wajar Dengan Pengecualian')).toBe(0.75); // by label
    expect(interpretAnswer(c, 'BB')).toEqual({ kind: 'INVALID', reason: 'unknown-option' });
    expect(interpretAnswer(crit('c', 'CATEGORY'), 'WTP')).toEqual({ kind: 'INVALID', reason: 'no-options' });
  });

  it('explicit option values override the defaults', () => {
    const c = crit('c', 'ABCD', {
      options: [
        { code: 'A', value: 1 },
        { code: 'B', value: 2 / 3 },
        { code: 'C', value: 1 / 3 },
        { code: 'D', value: 0 },
      ],
    });
    expect(answerValue(c, 'B')).toBe(2 / 3);
    const badOption = crit('c', 'ABC', { options: [{ code: 'A', value: 2 }] });
    expect(() => answerValue(badOption, 'A')).toThrow(RangeError);
  });

  it('blank is unanswered', () => {
    expect(interpretAnswer(crit('c', 'YES_NO'), null)).toEqual({ kind: 'UNANSWERED' });
    expect(interpretAnswer(crit('c', 'YES_NO'), undefined)).toEqual({ kind: 'UNANSWERED' });
    expect(interpretAnswer(crit('c', 'PERCENTAGE'), '  ')).toEqual({ kind: 'UNANSWERED' });
    expect(answerValue(crit('c', 'ABC'), '')).toBeNull();
  });

  it('defaultOptions lists the lettered options for forms', () => {
    expect(defaultOptions('ABCD').map((o) => [o.code, o.value])).toEqual([
      ['A', 1],
      ['B', 0.67],
      ['C', 0.33],
      ['D', 0],
    ]);
    expect(defaultOptions('YES_NO').map((o) => o.label)).toEqual(['Ya', 'Tidak']);
    expect(defaultOptions('SCALE')).toEqual([]);
  });
});

describe('scoreFramework: worked example', () => {
  /*
   * Pengungkit (weight unknown)
   * └ Pemenuhan (3.00)
   *   ├ Manajemen Perubahan (2.00)
   *   │ ├ Tim RB (0.40): Ya=1, Tidak=0, Ya=1        → mean 2/3    → 0.40 × 2/3    = 0.266666…
   *   │ ├ Road Map (0.40): B=0.5, (unanswered)=0    → mean 0.25   → 0.40 × 0.25   = 0.10
   *   │ ├ Pemantauan (0.80): B=0.67, 85,5%=0.855    → mean 0.7625 → 0.80 × 0.7625 = 0.61
   *   │ └ Pola pikir (0.40): D=0.25, 4 on 0–5=0.8   → mean 0.525  → 0.40 × 0.525  = 0.21
   *   │                                               area = 1.186666…
   *   └ Deregulasi (1.00)
   *     ├ Harmonisasi (0.50): WDP=0.75              → 0.375
   *     └ Pengendalian (0.50): 120% capped = 1      → 0.50
   *                                                   area = 0.875
   * Hasil (40)
   * └ Nilai AKIP (weight unknown): 71 on 0–100     → 0 (unknownWeight)
   *
   * total = 1.186666… + 0.875 = 2.061666…; maxTotal = 3; answered 11 of 12.
   */
  const opinion = [
    { code: 'WTP', value: 1 },
    { code: 'WDP', value: 0.75 },
    { code: 'TW', value: 0 },
  ];
  const tree: ScoringNode[] = [
    parent('pengungkit', 'COMPONENT', null, [
      parent('pemenuhan', 'SUBCOMPONENT', '3.0000', [
        parent('mp', 'AREA', 2, [
          leaf('tim', 0.4, [crit('c1', 'YES_NO'), crit('c2', 'YES_NO'), crit('c3', 'YES_NO')]),
          leaf('roadmap', 0.4, [crit('c4', 'ABC'), crit('c5', 'ABC')]),
          leaf('monev', 0.8, [crit('c6', 'ABCD'), crit('c7', 'PERCENTAGE')]),
          leaf('budaya', 0.4, [crit('c8', 'ABCDE'), crit('c9', 'SCALE', { scaleMin: 0, scaleMax: 5 })]),
        ]),
        parent('dereg', 'AREA', 1, [
          leaf('harmonisasi', 0.5, [crit('c10', 'CATEGORY', { options: opinion })]),
          leaf('pengendalian', 0.5, [crit('c11', 'PERCENTAGE')]),
        ]),
      ]),
    ]),
    parent('hasil', 'COMPONENT', 40, [leaf('akip', null, [crit('c12', 'SCALE', { scaleMin: 0, scaleMax: 100 })])]),
  ];
  const answers = new Map<string, string | null>([
    ['c1', 'Ya'],
    ['c2', 'Tidak'],
    ['c3', 'Ya'],
    ['c4', 'B'],
    ['c5', null],
    ['c6', 'B'],
    ['c7', '85,5'],
    ['c8', 'D'],
    ['c9', '4'],
    ['c10', 'WDP'],
    ['c11', '120'],
    ['c12', '71'],
  ]);
  const result = scoreFramework(tree, answers);

  it('scores sub-items as mean × weight', () => {
    expect(byId(result.nodes, 'tim').score).toBeCloseTo(0.4 * (2 / 3), 12);
    expect(byId(result.nodes, 'roadmap')).toMatchObject({ answered: 1, total: 2, completeness: 0.5 });
    expect(byId(result.nodes, 'roadmap').score).toBeCloseTo(0.1, 12);
    expect(byId(result.nodes, 'monev').score).toBeCloseTo(0.61, 12);
    expect(byId(result.nodes, 'budaya').score).toBeCloseTo(0.21, 12);
    expect(byId(result.nodes, 'harmonisasi').score).toBeCloseTo(0.375, 12);
    expect(byId(result.nodes, 'pengendalian').score).toBeCloseTo(0.5, 12);
  });

  it('sums areas and components', () => {
    expect(byId(result.nodes, 'mp').score).toBeCloseTo(89 / 75, 12);
    expect(byId(result.nodes, 'mp')).toMatchObject({ maxScore: 2, answered: 8, total: 9 });
    expect(byId(result.nodes, 'dereg').score).toBeCloseTo(0.875, 12);
    expect(byId(result.nodes, 'pengungkit').score).toBeCloseTo(1237 / 600, 12);
    expect(result.total).toBeCloseTo(1237 / 600, 12);
    expect(roundScore(result.total)).toBe(2.06);
    expect(result.maxTotal).toBeCloseTo(3, 12);
    expect(result).toMatchObject({ answered: 11, totalCriteria: 12 });
    expect(result.completeness).toBeCloseTo(11 / 12, 12);
  });

  it('flags unknown weights without dropping known children', () => {
    expect(byId(result.nodes, 'akip')).toMatchObject({
      score: 0,
      maxScore: 0,
      weight: null,
      unknownWeight: true,
      containsUnknownWeight: true,
      answered: 1,
      total: 1,
    });
    expect(byId(result.nodes, 'hasil')).toMatchObject({ score: 0, unknownWeight: false, containsUnknownWeight: true });
    expect(byId(result.nodes, 'pengungkit')).toMatchObject({ unknownWeight: true, containsUnknownWeight: false });
  });

  it('lists nodes parents first, in tree order', () => {
    expect(result.nodes.map((n) => n.nodeId)).toEqual([
      'pengungkit',
      'pemenuhan',
      'mp',
      'tim',
      'roadmap',
      'monev',
      'budaya',
      'dereg',
      'harmonisasi',
      'pengendalian',
      'hasil',
      'akip',
    ]);
  });

  it('reports no issues for consistent weights', () => {
    expect(result.issues).toEqual([]);
    expect(result.invalidAnswers).toEqual([]);
  });

  it('accepts answers as a plain object', () => {
    expect(scoreFramework(tree, Object.fromEntries(answers)).total).toBe(result.total);
  });
});

describe('scoreFramework: worked example with a grade (14/2014 shape)', () => {
  /*
   * Proses (60)
   * ├ Manajemen Perubahan (5)
   * │ ├ a (2.5): Ya, Ya, Ya, Tidak = 1, 1, 1, 0       → mean 0.75 → 2.5 × 0.75 = 1.875
   * │ └ b (2.5): A, A (ABC) = 1, 1                     → mean 1    → 2.5
   * │                                                    area = 4.375
   * └ SDM (55)
   *   └ c (55): C, B, A (ABCD) = 0.33, 0.67, 1         → mean 2/3  → 55 × 2/3 = 36.666…
   *                                                      area = 36.666…
   *                                                      Proses = 41.041666…
   * Hasil (40)
   * ├ AKIP (20): "64,5" on 0–100 = 0.645               → 20 × 0.645 = 12.9
   * └ Opini BPK (20): WDP = 0.67                       → 20 × 0.67  = 13.4
   *                                                      Hasil = 26.3
   * total = 41.041666… + 26.3 = 67.341666… → shown 67,34 → grade B (> 60 – 70, "Baik")
   */
  const opini = [
    { code: 'WTP', label: 'Wajar Tanpa Pengecualian', value: 1 },
    { code: 'WDP', label: 'Wajar Dengan Pengecualian', value: 0.67 },
    { code: 'TW', label: 'Tidak Wajar', value: 0.33 },
    { code: 'TMP', label: 'Tidak Memberikan Pendapat', value: 0 },
  ];
  const tree: ScoringNode[] = [
    parent('proses', 'COMPONENT', 60, [
      parent('mp', 'AREA', 5, [
        leaf('a', 2.5, [crit('a1', 'YES_NO'), crit('a2', 'YES_NO'), crit('a3', 'YES_NO'), crit('a4', 'YES_NO')]),
        leaf('b', 2.5, [crit('b1', 'ABC'), crit('b2', 'ABC')]),
      ]),
      parent('sdm', 'AREA', 55, [leaf('c', 55, [crit('c1', 'ABCD'), crit('c2', 'ABCD'), crit('c3', 'ABCD')])]),
    ]),
    parent('hasil', 'COMPONENT', 40, [
      leaf('akip', 20, [crit('h1', 'SCALE', { scaleMin: 0, scaleMax: 100 })]),
      leaf('opini', 20, [crit('h2', 'CATEGORY', { options: opini })]),
    ]),
  ];
  const answers = { a1: 'Ya', a2: 'ya', a3: 'Y', a4: 'Tidak', b1: 'A', b2: 'a', c1: 'C', c2: 'B', c3: 'A', h1: '64,5', h2: 'WDP' };
  const result = scoreFramework(tree, answers);

  it('matches the hand computation at every level', () => {
    expect(byId(result.nodes, 'a').score).toBeCloseTo(1.875, 12);
    expect(byId(result.nodes, 'b').score).toBeCloseTo(2.5, 12);
    expect(byId(result.nodes, 'mp').score).toBeCloseTo(4.375, 12);
    expect(byId(result.nodes, 'c').score).toBeCloseTo(110 / 3, 12);
    expect(byId(result.nodes, 'proses').score).toBeCloseTo(4.375 + 110 / 3, 12);
    expect(byId(result.nodes, 'akip').score).toBeCloseTo(12.9, 12);
    expect(byId(result.nodes, 'opini').score).toBeCloseTo(13.4, 12);
    expect(byId(result.nodes, 'hasil').score).toBeCloseTo(26.3, 12);
    expect(result.total).toBeCloseTo(67.341666666667, 9);
    expect(result).toMatchObject({ maxTotal: 100, answered: 11, totalCriteria: 11, issues: [] });
  });

  it('shows 67,34 and grades it B', () => {
    expect(roundScore(result.total)).toBe(67.34);
    expect(gradeFor(result.total)).toMatchObject({ grade: 'B', label: { id: 'Baik' } });
  });

  it('raising Opini BPK from WDP to WTP adds 20 × 0.33 = 6.6 and lifts the grade to BB', () => {
    const better = scoreFramework(tree, { ...answers, h2: 'WTP' });
    expect(better.total - result.total).toBeCloseTo(6.6, 12);
    expect(roundScore(better.total)).toBe(73.94);
    expect(gradeFor(better.total).grade).toBe('BB');
  });
});

describe('scoreFramework: edges', () => {
  it('counts invalid answers as 0 and lists them', () => {
    const tree = [leaf('s', 1, [crit('a', 'YES_NO'), crit('b', 'SCALE', { scaleMin: 1, scaleMax: 5 })])];
    const result = scoreFramework(tree, { a: 'Ya', b: '9' });
    expect(result.total).toBe(0.5);
    expect(result.answered).toBe(1);
    expect(result.invalidAnswers).toEqual([{ criterionId: 'b', reason: 'out-of-range' }]);
  });

  it('scores 0 with nothing answered or everything at zero', () => {
    const tree = [leaf('s', 10, [crit('a', 'YES_NO'), crit('b', 'ABC')])];
    expect(scoreFramework(tree, new Map())).toMatchObject({ total: 0, answered: 0, completeness: 0 });
    expect(scoreFramework(tree, { a: 'Tidak', b: 'C' })).toMatchObject({ total: 0, answered: 2, completeness: 1 });
  });

  it('reports criteria on a parent, leaves without criteria and weight mismatches', () => {
    const tree: ScoringNode[] = [
      {
        ...parent('area', 'AREA', 2, [leaf('s1', 0.5, [crit('a', 'YES_NO')]), leaf('s2', 1, [])]),
        criteria: [crit('x', 'YES_NO')],
      },
    ];
    const result = scoreFramework(tree, { a: 'Ya', x: 'Ya' });
    expect(result.total).toBe(0.5); // x is ignored; s2 has no criteria and scores 0
    expect(result.totalCriteria).toBe(1);
    expect(result.issues).toEqual([
      { code: 'CRITERIA_ON_PARENT', nodeId: 'area' },
      { code: 'NO_CRITERIA', nodeId: 's2' },
      { code: 'WEIGHT_MISMATCH', nodeId: 'area', weight: 2, childrenWeight: 1.5 },
    ]);
    expect(result.completeness).toBe(1);
    expect(scoreFramework([], {})).toMatchObject({ total: 0, maxTotal: 0, completeness: null });
  });

  it('refuses negative weights', () => {
    expect(() => scoreFramework([leaf('s', -1, [])], {})).toThrow(RangeError);
  });
});

/** The PermenPANRB 14/2014 model, fully known: weights sum to 100. */
function model2014(answer: 'Ya' | 'Tidak'): { tree: ScoringNode[]; answers: Record<string, string> } {
  const proses = [5, 5, 6, 5, 15, 6, 12, 6];
  const hasil = [[14, 6], [7, 3], [10]];
  const answers: Record<string, string> = {};
  const sub = (id: string, w: number) => {
    answers[`${id}-q1`] = answer;
    answers[`${id}-q2`] = answer;
    return leaf(id, w, [crit(`${id}-q1`, 'YES_NO'), crit(`${id}-q2`, 'YES_NO')]);
  };
  const tree = [
    parent(
      'proses',
      'COMPONENT',
      60,
      proses.map((w, i) => parent(`p${i}`, 'AREA', w, [sub(`p${i}s`, w)])),
    ),
    parent(
      'hasil',
      'COMPONENT',
      40,
      hasil.map((ws, i) =>
        parent(
          `h${i}`,
          'AREA',
          ws.reduce((a, b) => a + b, 0),
          ws.map((w, j) => sub(`h${i}s${j}`, w)),
        ),
      ),
    ),
  ];
  return { tree, answers };
}

describe('scoreFramework: complete frameworks', () => {
  it('all full marks on weights summing to 100 → 100 (AA)', () => {
    const { tree, answers } = model2014('Ya');
    const result = scoreFramework(tree, answers);
    expect(result.total).toBe(100);
    expect(result.maxTotal).toBe(100);
    expect(result.issues).toEqual([]);
    expect(gradeFor(result.total).grade).toBe('AA');
  });

  it('all zero → 0 (D)', () => {
    const { tree, answers } = model2014('Tidak');
    const result = scoreFramework(tree, answers);
    expect(result.total).toBe(0);
    expect(result.completeness).toBe(1);
    expect(gradeFor(result.total).grade).toBe('D');
  });

  it('weights not summing to 100: full marks give their sum', () => {
    const tree = [
      parent('k1', 'COMPONENT', 60, [leaf('s1', 60, [crit('a', 'YES_NO')])]),
      parent('k2', 'COMPONENT', 30, [leaf('s2', 30, [crit('b', 'YES_NO')])]),
    ];
    const result = scoreFramework(tree, { a: 'Ya', b: 'Ya' });
    expect(result.total).toBe(90);
    expect(result.maxTotal).toBe(90);
    expect(gradeFor(result.total).grade).toBe('A'); // exactly 90 is A, not AA
  });

  it('the 2020 Pemenuhan table as published: full marks give 19.98 and two mismatches', () => {
    // Sub-item weights from notes/pmprb-scoring.md. SDM's eight sub-items sum to 4.99 (area 5.00)
    // and Pelayanan Publik's five to 1.99 (area 2.00), so full marks reach 19.98, not 20.
    const areas: [string, number, number[]][] = [
      ['mp', 2, [0.4, 0.4, 0.8, 0.4]],
      ['dereg', 1, [0.5, 0.5]],
      ['org', 2, [1, 1]],
      ['tata', 2, [0.6, 0.8, 0.6]],
      ['sdm', 5, [0.33, 0.67, 0.33, 2, 0.67, 0.33, 0.33, 0.33]],
      ['akun', 2, [0.67, 1.33]],
      ['awas', 4, [0.5, 0.5, 0.67, 0.5, 0.5, 0.83, 0.5]],
      ['yan', 2, [0.33, 0.33, 0.5, 0.5, 0.33]],
    ];
    const answers: Record<string, string> = {};
    const tree = [
      parent(
        'pemenuhan',
        'SUBCOMPONENT',
        20,
        areas.map(([id, w, subs]) =>
          parent(
            id,
            'AREA',
            w,
            subs.map((sw, i) => {
              answers[`${id}${i}`] = 'A';
              return leaf(`${id}-${i}`, sw, [crit(`${id}${i}`, 'ABCDE')]);
            }),
          ),
        ),
      ),
    ];
    const result = scoreFramework(tree, answers);
    expect(roundScore(result.total)).toBe(19.98);
    expect(result.issues.map((i) => i.nodeId)).toEqual(['sdm', 'yan']);
    const sdm = result.issues[0];
    expect(sdm?.code).toBe('WEIGHT_MISMATCH');
    if (sdm?.code === 'WEIGHT_MISMATCH') expect(sdm.childrenWeight).toBeCloseTo(4.99, 12);
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'AA', 'Sangat memuaskan'],
    [90.01, 'AA', 'Sangat memuaskan'],
    [90, 'A', 'Memuaskan'],
    [90.004, 'A', 'Memuaskan'], // rounds to 90.00
    [90.005, 'AA', 'Sangat memuaskan'], // rounds to 90.01
    [80.01, 'A', 'Memuaskan'],
    [80, 'BB', 'Sangat baik'],
    [70.5, 'BB', 'Sangat baik'],
    [70, 'B', 'Baik'],
    [60, 'CC', 'Cukup'],
    [50.01, 'CC', 'Cukup'],
    [50, 'C', 'Kurang'],
    [30.01, 'C', 'Kurang'],
    [30, 'D', 'Sangat kurang'],
    [0, 'D', 'Sangat kurang'],
    [66.81, 'B', 'Baik'], // Indeks RB Probolinggo 2019, reported as "66,81 B"
  ])('%s → %s', (score, grade, label) => {
    const band = gradeFor(score);
    expect(band.grade).toBe(grade);
    expect(band.label.id).toBe(label);
  });

  it('has English labels and refuses non-numbers', () => {
    expect(gradeFor(95).label.en).toBe('Very satisfactory');
    expect(GRADE_BANDS.map((b) => b.grade)).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
    expect(() => gradeFor(Number.NaN)).toThrow(RangeError);
  });

  it('accepts other bands', () => {
    const bands = [
      { grade: 'A' as const, above: 75, label: { id: 'Memuaskan', en: 'Satisfactory' } },
      { grade: 'D' as const, above: null, label: { id: 'Sangat kurang', en: 'Very poor' } },
    ];
    expect(gradeFor(76, bands).grade).toBe('A');
    expect(gradeFor(75, bands).grade).toBe('D');
    expect(() => gradeFor(10, bands.slice(0, 1))).toThrow(RangeError);
  });

  it('absorbs floating-point noise at a boundary', () => {
    // 0.1 + 0.2 style noise: 89.99999999999999 and 90.00000000000001 both grade as 90 → A
    expect(gradeFor(90.00000000000001).grade).toBe('A');
    expect(gradeFor(89.99999999999999).grade).toBe('A');
  });
});

describe('roundScore', () => {
  it('rounds half away from zero', () => {
    expect(roundScore(2.0616666)).toBe(2.06);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(66.805, 1)).toBe(66.8);
    expect(roundScore(19.979999999999997)).toBe(19.98);
  });
});
