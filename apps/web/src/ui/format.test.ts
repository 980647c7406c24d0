import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatIndicatorValue, formatNumber, formatRupiah } from './format.ts';

describe('formats', () => {
  it('writes numbers and money the Indonesian way', () => {
    expect(formatNumber('43.84')).toBe('43,84');
    expect(formatNumber('1018175000.00')).toBe('1.018.175.000');
    expect(formatRupiah('1018175000.00')).toBe('Rp 1.018.175.000');
    expect(formatCount(1234)).toBe('1.234');
  });

  it('never throws on odd input', () => {
    expect(formatNumber('abc')).toBe('abc');
  });

  it('writes indicator values as the documents do', () => {
    expect(formatIndicatorValue({ numericValue: '2.53', notAvailable: false }, { valueType: 'NUMBER' })).toBe('2,53');
    expect(formatIndicatorValue({ numericValue: '61', notAvailable: false }, { valueType: 'PERCENTAGE' })).toBe('61%');
    expect(formatIndicatorValue({ categoryValue: 'WTP', notAvailable: false }, { valueType: 'CATEGORY' })).toBe('WTP');
    expect(formatIndicatorValue({ notAvailable: true }, { valueType: 'NUMBER' })).toBe('n.a');
  });

  it('writes dates in the UI language', () => {
    expect(formatDate('2026-11-22T10:00:00Z', 'id')).toBe('22 November 2026');
    expect(formatDate('2026-03-05T10:00:00Z', 'id')).toBe('5 Maret 2026');
    expect(formatDate('2026-03-05T10:00:00Z', 'en')).toBe('5 March 2026');
  });
});
