import { describe, expect, it } from 'vitest';
import { unpackSeries } from './loaders.ts';

// The dashboard's values arrive packed in one string per indicator (see seriesRows):
// fields split by U+001F, values by U+001E, category and text as JSON strings.
const pack = (...values: (string | number)[][]) => values.map((v) => v.join('\u001f')).join('\u001e');

describe('unpackSeries', () => {
  it('keeps the yearly value before the fourth quarter, whatever the order, and the quarter where no yearly value exists', () => {
    const rows = unpackSeries(
      'i1',
      pack(
        ['TARGET', 2021, 4, '80.0000', 0, '', ''],
        ['TARGET', 2021, 0, '85.5000', 0, '', ''],
        ['REALIZATION', 2021, 4, '70.2500', 0, '', ''],
        ['BASELINE', 2019, 0, '61.0000', 0, '', ''],
      ),
    );
    expect(rows.map((r) => [r.kind, r.year, r.quarter, r.numericValue])).toEqual([
      ['BASELINE', 2019, 0, '61'],
      ['TARGET', 2021, 0, '85.5'],
      ['REALIZATION', 2021, 4, '70.25'],
    ]);
    expect(rows.every((r) => r.indicatorId === 'i1' && r.month === 0)).toBe(true);
  });

  it('reads n.a, categories and text (separators inside a text survive as JSON escapes)', () => {
    const text = 'a\u001fb\u001ec; "quoted"';
    const rows = unpackSeries(
      'i2',
      pack(
        ['TARGET', 2020, 0, '', 0, JSON.stringify('WTP'), ''],
        ['REALIZATION', 2020, 0, '', 1, '', ''],
        ['REALIZATION', 2021, 0, '', 0, '', JSON.stringify(text)],
      ),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'TARGET',
        year: 2020,
        numericValue: null,
        categoryValue: 'WTP',
        textValue: null,
        notAvailable: false,
      }),
      expect.objectContaining({ kind: 'REALIZATION', year: 2020, numericValue: null, categoryValue: null, notAvailable: true }),
      expect.objectContaining({ kind: 'REALIZATION', year: 2021, textValue: text, notAvailable: false }),
    ]);
  });
});
