import { describe, expect, it } from 'vitest';
import { niceCeil, plotValue, valuesFromYearSeries, quarterSeries, type SeriesValue, seriesYears, yearSeries } from './series.ts';

const v = (
  kind: SeriesValue['kind'],
  year: number,
  quarter: number,
  numericValue: string | null,
  extra: Partial<SeriesValue> = {},
): SeriesValue => ({
  kind,
  year,
  quarter,
  month: 0,
  numericValue,
  notAvailable: false,
  ...extra,
});

describe('indicator series', () => {
  const spbe = { valueType: 'SCORE' as const };
  const values = [
    v('BASELINE', 2018, 0, '2.53'),
    v('TARGET', 2020, 0, '3.2'),
    v('TARGET', 2021, 0, '3.4'),
    v('REALIZATION', 2021, 0, '3.06'),
  ];

  it('builds the year view with Indonesian texts and the baseline', () => {
    const series = yearSeries(values, spbe, seriesYears(values, 2020, 2022));
    expect(series.baseline).toEqual({ value: 2.53, text: '2,53', year: 2018 });
    expect(series.points.map((p) => [p.label, p.target, p.realization, p.targetText, p.realizationText])).toEqual([
      ['2020', 3.2, null, '3,2', ''],
      ['2021', 3.4, 3.06, '3,4', '3,06'],
      ['2022', null, null, '', ''],
    ]);
  });

  it('writes the texts of one year only when asked (small multiples), plotting every year', () => {
    const series = yearSeries(values, spbe, seriesYears(values, 2020, 2022), { textYear: 2021 });
    expect(series.points.map((p) => [p.label, p.target, p.realization, p.targetText, p.realizationText])).toEqual([
      ['2020', 3.2, null, '', ''],
      ['2021', 3.4, 3.06, '3,4', '3,06'],
      ['2022', null, null, '', ''],
    ]);
    expect(series.baseline?.text).toBe('2,53');
  });

  it('builds the quarter view and keeps n.a out of the plot but in the text', () => {
    const q = [v('TARGET', 2020, 2, '50'), v('REALIZATION', 2020, 2, null, { notAvailable: true })];
    const series = quarterSeries(q, { valueType: 'PERCENTAGE' }, 2020);
    expect(series.points[1]).toMatchObject({ label: 'TW II', target: 50, realization: null, targetText: '50%', realizationText: 'n.a' });
  });

  it('plots ordered categories with the best highest', () => {
    const opini = { valueType: 'CATEGORY' as const, categories: ['WTP', 'WDP', 'TW', 'TMP'] };
    expect(plotValue(v('TARGET', 2020, 0, null, { categoryValue: 'WTP' }), opini)).toBe(4);
    expect(plotValue(v('TARGET', 2020, 0, null, { categoryValue: 'TMP' }), opini)).toBe(1);
    expect(plotValue(v('TARGET', 2020, 0, null, { categoryValue: 'Baik' }), opini)).toBeNull();
  });
});

describe('trend axis', () => {
  it('rounds the top of the value axis up to a readable number', () => {
    expect(niceCeil(75.5)).toBe(80);
    expect(niceCeil(3.8)).toBe(4);
    expect(niceCeil(4)).toBe(4);
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(0)).toBe(1);
  });
});

describe('valuesFromYearSeries', () => {
  it('reads the compact year series of the API', () => {
    const values = valuesFromYearSeries(
      { fromYear: 2020, targets: ['3.2', '3.4', null], realizations: [null, 'n.a', null], baselineYear: 2018, baseline: '2.53' },
      { valueType: 'SCORE' },
    );
    const series = yearSeries(values, { valueType: 'SCORE' }, [2020, 2021, 2022]);
    expect(series.baseline).toEqual({ value: 2.53, text: '2,53', year: 2018 });
    expect(series.points.map((p) => [p.targetText, p.realizationText, p.realization])).toEqual([
      ['3,2', '', null],
      ['3,4', 'n.a', null],
      ['', '', null],
    ]);
    const opini = valuesFromYearSeries(
      { fromYear: 2020, targets: ['WTP'], realizations: ['WDP'] },
      { valueType: 'CATEGORY', categories: ['WTP', 'WDP'] },
    );
    expect(opini.map((v) => v.categoryValue)).toEqual(['WTP', 'WDP']);
  });
});
