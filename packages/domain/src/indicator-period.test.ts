import { describe, expect, it } from 'vitest';
import { baselineOf, type PeriodValue, periodAchievement, valueFor } from './indicator-period.ts';

const v = (
  kind: PeriodValue['kind'],
  year: number,
  quarter: number,
  value: string | null,
  extra: Partial<PeriodValue> = {},
): PeriodValue => ({
  kind,
  year,
  quarter,
  numericValue: value,
  ...extra,
});

const spbe = { valueType: 'SCORE' as const };

describe('periodAchievement', () => {
  it('compares the year target with the year realization', () => {
    const values = [v('BASELINE', 2018, 0, '2.53'), v('TARGET', 2021, 0, '3.4'), v('REALIZATION', 2021, 0, '3.06')];
    const r = periodAchievement(spbe, values, 2021, null);
    expect(r.achievement).toBe(90);
    expect(r.status).toBe('AT_RISK');
    expect(r.target?.numericValue).toBe('3.4');
  });

  it('uses the fourth quarter for the year when the year has no value', () => {
    const values = [v('TARGET', 2024, 4, '80'), v('REALIZATION', 2024, 4, '84'), v('REALIZATION', 2024, 1, '10')];
    expect(periodAchievement({ valueType: 'PERCENTAGE' }, values, 2024, undefined)).toMatchObject({ achievement: 105, status: 'ON_TRACK' });
  });

  it('does not use the yearly target for a quarter', () => {
    const values = [v('TARGET', 2024, 0, '100'), v('REALIZATION', 2024, 2, '40')];
    expect(periodAchievement({ valueType: 'PERCENTAGE' }, values, 2024, 2)).toMatchObject({ achievement: null, status: 'NO_DATA' });
    const withQuarter = [...values, v('TARGET', 2024, 2, '50')];
    expect(periodAchievement({ valueType: 'PERCENTAGE' }, withQuarter, 2024, 2)).toMatchObject({ achievement: 80, status: 'AT_RISK' });
  });

  it('is NO_DATA when the realization is missing or n.a (n.a is not zero)', () => {
    const target = v('TARGET', 2022, 0, '50');
    expect(periodAchievement(spbe, [target], 2022, null).status).toBe('NO_DATA');
    const na = v('REALIZATION', 2022, 0, null, { notAvailable: true });
    expect(periodAchievement(spbe, [target, na], 2022, null)).toMatchObject({ status: 'NO_DATA', realization: na });
    const zero = v('REALIZATION', 2022, 0, '0');
    expect(periodAchievement(spbe, [target, zero], 2022, null)).toMatchObject({ status: 'OFF_TRACK', achievement: 0 });
  });

  it('handles ordered categories and lower-is-better indicators', () => {
    const opini = { valueType: 'CATEGORY' as const, categories: ['WTP', 'WDP', 'TW', 'TMP'] };
    const values = [v('TARGET', 2021, 0, null, { categoryValue: 'WTP' }), v('REALIZATION', 2021, 0, null, { categoryValue: 'WDP' })];
    // Met / not met by default: one rank below the target is 0 %, not 66,67 %.
    expect(periodAchievement(opini, values, 2021, 0)).toMatchObject({ achievement: 0, status: 'OFF_TRACK' });
    expect(periodAchievement({ ...opini, categoryAchievement: 'RANK_SHARE' }, values, 2021, 0)).toMatchObject({
      achievement: 66.67,
      status: 'OFF_TRACK',
    });
    const met = [values[0]!, v('REALIZATION', 2021, 0, null, { categoryValue: 'WTP' })];
    expect(periodAchievement(opini, met, 2021, 0)).toMatchObject({ achievement: 100, status: 'ON_TRACK' });
    const cases = [v('TARGET', 2021, 0, '10'), v('REALIZATION', 2021, 0, '9')];
    expect(periodAchievement({ valueType: 'NUMBER', direction: 'LOWER_IS_BETTER' }, cases, 2021, 0)).toMatchObject({
      achievement: 110,
      status: 'ON_TRACK',
    });
  });

  it('applies the given thresholds', () => {
    const values = [v('TARGET', 2021, 0, '100'), v('REALIZATION', 2021, 0, '92')];
    expect(periodAchievement(spbe, values, 2021, null).status).toBe('AT_RISK');
    expect(periodAchievement(spbe, values, 2021, null, { onTrackMin: 90, atRiskMin: 75 }).status).toBe('ON_TRACK');
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => periodAchievement(spbe, [], 2021, 5)).toThrow(RangeError);
  });
});

describe('valueFor and baselineOf', () => {
  it('finds yearly and quarterly values, ignoring months', () => {
    const values = [v('TARGET', 2021, 0, '1'), v('TARGET', 2021, 1, '2'), v('TARGET', 2021, 0, '3', { month: 5 })];
    expect(valueFor(values, 'TARGET', 2021)?.numericValue).toBe('1');
    expect(valueFor(values, 'TARGET', 2021, 1)?.numericValue).toBe('2');
    expect(valueFor(values, 'REALIZATION', 2021)).toBeNull();
  });

  it('takes the latest baseline', () => {
    expect(baselineOf([v('BASELINE', 2018, 0, '2.53'), v('BASELINE', 2020, 0, '2.7')])?.numericValue).toBe('2.7');
    expect(baselineOf([])).toBeNull();
  });
});
