import { describe, expect, it } from 'vitest';
import {
  CHECK_RULE_IDS,
  type CheckIndicator,
  type CheckValue,
  checkIndicators,
  checkPlan,
  findingsAbout,
  MESSAGES,
  unitTypedInValue,
} from './index.ts';

const ind = (over: Partial<CheckIndicator> = {}): CheckIndicator => ({
  id: 'i1',
  name: 'Persentase penyelesaian',
  valueType: 'PERCENTAGE',
  unit: '%',
  direction: 'HIGHER_IS_BETTER',
  accumulation: null,
  ...over,
});
const val = (kind: CheckValue['kind'], year: number, quarter: number, value: string | null, text?: string): CheckValue => ({
  indicatorId: 'i1',
  kind,
  year,
  quarter,
  scopeKey: '',
  numericValue: value,
  textValue: text ?? value,
  notAvailable: value === null && text === 'n.a',
});
const rules = (i: CheckIndicator, values: CheckValue[]) => checkIndicators([i], values).map((f) => f.rule);
const quarters = (q: [string, string, string, string], annual: string) => [
  val('TARGET', 2025, 0, annual),
  ...q.map((v, n) => val('TARGET', 2025, n + 1, v)),
];

describe('percentages', () => {
  it('refuses a percentage below 0 and flags one above 100, both at their edges', () => {
    expect(rules(ind(), [val('TARGET', 2025, 1, '0')])).toEqual([]);
    expect(rules(ind(), [val('TARGET', 2025, 1, '-0.01')])).toEqual(['percent.negative']);
    expect(checkIndicators([ind()], [val('TARGET', 2025, 1, '-50')])[0]?.severity).toBe('ERROR');
    expect(rules(ind(), [val('TARGET', 2025, 1, '100')])).toEqual([]);
    const over = checkIndicators([ind()], [val('TARGET', 2025, 1, '2000')]);
    expect(over.map((f) => [f.rule, f.severity, f.params.value])).toEqual([['percent.over100', 'WARNING', '2.000']]);
  });
  it('leaves numbers that are not percentages alone', () => {
    expect(rules(ind({ valueType: 'NUMBER', unit: 'Orang' }), [val('TARGET', 2025, 0, '2000')])).toEqual([]);
  });
});

describe('quarterly targets', () => {
  it('cumulative: a quarter below the one before, and TW IV other than the year', () => {
    const c = ind({ accumulation: 'CUMULATIVE' });
    expect(rules(c, quarters(['25', '50', '75', '100'], '100'))).toEqual([]);
    expect(rules(c, quarters(['25', '50', '50', '100'], '100'))).toEqual([]);
    expect(rules(c, quarters(['25', '50', '49.99', '100'], '100'))).toEqual(['quarters.decreasing']);
    expect(rules(c, quarters(['25', '50', '75', '90'], '100'))).toEqual(['quarters.lastNotAnnual']);
  });
  it('cumulative: a decrease is seen before all quarters are in, the year only with all four', () => {
    const c = ind({ accumulation: 'CUMULATIVE' });
    expect(rules(c, [val('TARGET', 2025, 1, '50'), val('TARGET', 2025, 2, '40')])).toEqual(['quarters.decreasing']);
    expect(rules(c, [val('TARGET', 2025, 0, '100'), val('TARGET', 2025, 1, '25'), val('TARGET', 2025, 2, '50')])).toEqual([]);
  });
  it('additive: the quarters add up to the year', () => {
    const a = ind({ valueType: 'NUMBER', unit: 'Orang', accumulation: 'ADDITIVE' });
    expect(rules(a, quarters(['10', '20', '30', '40'], '100'))).toEqual([]);
    const f = checkIndicators([a], quarters(['10', '20', '30', '39'], '100'));
    expect(f.map((x) => [x.rule, x.params.sum, x.params.annual])).toEqual([['quarters.sumNotAnnual', '99', '100']]);
    expect(f[0]?.related).toHaveLength(4);
  });
  it('undeclared: flagged only when the quarters fit neither way', () => {
    expect(rules(ind(), quarters(['25', '50', '75', '100'], '100'))).toEqual([]);
    expect(rules(ind({ valueType: 'NUMBER', unit: 'Dokumen' }), quarters(['1', '1', '1', '1'], '4'))).toEqual([]);
    expect(rules(ind(), quarters(['25', '50', '75', '90'], '100'))).toEqual(['quarters.inconsistent']);
  });
});

describe('targets, baselines and realizations', () => {
  it('a target below the baseline when higher is better, above it when lower is better', () => {
    const base = val('BASELINE', 2020, 0, '60');
    expect(rules(ind(), [base, val('TARGET', 2021, 0, '60')])).toEqual([]);
    expect(rules(ind(), [base, val('TARGET', 2021, 0, '59.9')])).toEqual(['target.belowBaseline']);
    const lower = ind({ direction: 'LOWER_IS_BETTER' });
    expect(rules(lower, [base, val('TARGET', 2021, 0, '59')])).toEqual([]);
    const f = checkIndicators([lower], [base, val('TARGET', 2021, 0, '61')]);
    expect(f.map((x) => x.messageKey)).toEqual(['checks.target.aboveBaseline']);
  });
  it('a target before any baseline is not compared', () => {
    expect(rules(ind(), [val('BASELINE', 2022, 0, '60'), val('TARGET', 2021, 0, '10')])).toEqual([]);
  });
  it('a realization more than ten times away from its target', () => {
    const t = val('TARGET', 2025, 2, '20');
    expect(rules(ind(), [t, val('REALIZATION', 2025, 2, '2')])).toEqual([]);
    expect(rules(ind(), [t, val('REALIZATION', 2025, 2, '1.99')])).toEqual(['realization.magnitude']);
    expect(rules(ind({ valueType: 'NUMBER', unit: 'Orang' }), [val('TARGET', 2025, 0, '30'), val('REALIZATION', 2025, 0, '300')])).toEqual(
      [],
    );
    expect(rules(ind({ valueType: 'NUMBER', unit: 'Orang' }), [val('TARGET', 2025, 0, '30'), val('REALIZATION', 2025, 0, '301')])).toEqual([
      'realization.magnitude',
    ]);
  });
});

describe('units', () => {
  it('reads the unit typed after a number', () => {
    expect(unitTypedInValue('30 Orang')).toBe('Orang');
    expect(unitTypedInValue('2.835 buah')).toBe('buah');
    expect(unitTypedInValue('30')).toBeNull();
    expect(unitTypedInValue(null)).toBeNull();
  });
  it('flags a unit typed that is not the indicator’s, or when the indicator has none', () => {
    const n = (unit: string | null) => ind({ valueType: 'NUMBER', unit });
    expect(checkIndicators([n('Orang')], [val('TARGET', 2025, 0, '30', '30')])).toEqual([]);
    const keys = (unit: string | null) => checkIndicators([n(unit)], [val('TARGET', 2025, 0, '30', '30 orang')]).map((f) => f.messageKey);
    // The indicator's own unit after the number is how the documents write it.
    expect(keys('Orang')).toEqual([]);
    expect(keys('Dokumen')).toEqual(['checks.value.unitInText']);
    expect(keys(null)).toEqual(['checks.value.unitInText.noUnit', 'checks.indicator.noUnit']);
  });
  it('a counted indicator with targets and no unit; without targets it is not flagged yet', () => {
    expect(rules(ind({ valueType: 'NUMBER', unit: ' ' }), [val('TARGET', 2025, 0, '3')])).toEqual(['indicator.noUnit']);
    expect(rules(ind({ valueType: 'NUMBER', unit: null }), [val('BASELINE', 2025, 0, '3')])).toEqual([]);
  });
});

describe('road-map targets', () => {
  it('names the years of the period without an annual target of the government', () => {
    const i = ind({ targetYears: [2021, 2022, 2023] });
    const f = checkIndicators(
      [i],
      [val('TARGET', 2021, 0, '10'), val('TARGET', 2022, 1, '10'), { ...val('TARGET', 2023, 0, '5'), scopeKey: 'a1' }],
    );
    expect(f.map((x) => [x.rule, x.params.years])).toEqual([['indicator.missingTargets', '2022, 2023']]);
    expect(
      rules(
        i,
        [2021, 2022, 2023].map((y) => val('TARGET', y, 0, '10')),
      ),
    ).toEqual([]);
  });
});

describe('plans', () => {
  const plan = {
    kind: 'WORK_PLAN' as const,
    activities: [{ id: 'a1', name: 'Kegiatan', budget: null }],
    actions: [
      { id: 'c1', activityId: 'a1', name: 'Aksi 1', budget: null },
      { id: 'c2', activityId: 'a1', name: 'Aksi 2', budget: null },
    ],
    steps: [
      { id: 's1', actionId: 'c1', name: 'Langkah 1', months: [1, 2] },
      { id: 's2', actionId: 'c1', name: 'Langkah 2', months: [] },
    ],
  };
  it('a step without months and an action without steps', () => {
    expect(checkPlan(plan).map((f) => [f.rule, f.target])).toEqual([
      ['step.noMonth', { type: 'STEP', stepId: 's2' }],
      ['action.noStep', { type: 'ACTION', actionId: 'c2' }],
    ]);
  });
  it('PK: an activity budget that is not the sum of its sub-activities, to the cent', () => {
    const pk = (budget: string) => ({
      kind: 'PERFORMANCE_AGREEMENT' as const,
      activities: [{ id: 'a1', name: 'Kegiatan', budget }],
      actions: [
        { id: 'c1', activityId: 'a1', name: 'Sub 1', budget: '250000000' },
        { id: 'c2', activityId: 'a1', name: 'Sub 2', budget: '138000000' },
        { id: 'c3', activityId: 'a1', name: 'Sub 3', budget: null },
      ],
      steps: [],
    });
    expect(checkPlan(pk('388000000'))).toEqual([]);
    const f = checkPlan(pk('388000000.01'));
    expect(f.map((x) => [x.rule, x.params.sum, x.params.count])).toEqual([['budget.notSum', 'Rp 388.000.000', 2]]);
  });
  it('switched-off rules do not run', () => {
    expect(checkPlan(plan, (r) => r !== 'step.noMonth').map((f) => f.rule)).toEqual(['action.noStep']);
  });
});

describe('the rule set', () => {
  it('every rule, and every message a finding can carry, has its texts', () => {
    for (const id of CHECK_RULE_IDS) {
      expect(MESSAGES).toHaveProperty([`checks.${id}`]);
      expect(MESSAGES).toHaveProperty([`checkRules.${id}`]);
    }
  });
  it('findingsAbout keeps the findings of the typed cells, also as a related cell', () => {
    const a = ind({ valueType: 'NUMBER', unit: 'Orang', accumulation: 'ADDITIVE' });
    const all = checkIndicators([a], quarters(['10', '20', '30', '39'], '100'));
    const q2 = { type: 'VALUE' as const, indicatorId: 'i1', kind: 'TARGET' as const, year: 2025, quarter: 2, scopeKey: '' };
    expect(findingsAbout(all, [q2])).toHaveLength(1);
    expect(findingsAbout(all, [{ ...q2, year: 2024 }])).toHaveLength(0);
  });
});
