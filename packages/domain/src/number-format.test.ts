import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatRupiah, parseIndonesianNumber, parseRupiah } from './number-format.ts';

describe('formatNumber', () => {
  it.each<[string | number, string]>([
    ['43.84', '43,84'],
    ['1234.5', '1.234,5'],
    ['7630', '7.630'],
    ['100', '100'],
    ['-5', '-5'],
    ['0.5', '0,5'],
    [2.53, '2,53'],
    ['3.0375', '3,038'], // default max 3 fraction digits, like Intl
    ['1018175000.00', '1.018.175.000'],
  ])('%s → %s', (input, expected) => {
    expect(formatNumber(input)).toBe(expected);
  });

  it('applies fraction digit options', () => {
    expect(formatNumber('3.0375', { maxFractionDigits: 4 })).toBe('3,0375');
    expect(formatNumber('3.2', { minFractionDigits: 2 })).toBe('3,20');
    expect(formatNumber('43.845', { maxFractionDigits: 2 })).toBe('43,85');
    expect(formatNumber('43.845', { maxFractionDigits: 0 })).toBe('44');
    expect(formatNumber('1.5', { minFractionDigits: 4 })).toBe('1,5000');
  });

  it('never shows "-0"', () => {
    expect(formatNumber('-0.0001', { maxFractionDigits: 2 })).toBe('0');
  });

  it('is exact beyond 2^53', () => {
    expect(formatNumber('12345678901234567890.125', { maxFractionDigits: 3 })).toBe('12.345.678.901.234.567.890,125');
  });

  it('refuses invalid input and options', () => {
    expect(() => formatNumber('1,5')).toThrow(RangeError);
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber('1', { minFractionDigits: 3, maxFractionDigits: 2 })).toThrow(RangeError);
  });

  it('matches Intl.NumberFormat("id-ID") on a spread of values', () => {
    const intl = new Intl.NumberFormat('id-ID');
    // Only meaningful when the runtime has id-ID data (full ICU).
    if (intl.resolvedOptions().locale !== 'id-ID') return;
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const value = ((seed % 2000001) - 1000000) / 10 ** (seed % 5);
      expect(formatNumber(value)).toBe(intl.format(value).replace(/^-0$/, '0'));
    }
  });
});

describe('formatRupiah', () => {
  it.each([
    ['1018175000.00', 'Rp 1.018.175.000'],
    ['1018175000', 'Rp 1.018.175.000'],
    ['1018175000.5', 'Rp 1.018.175.000,50'],
    ['1043317500.00', 'Rp 1.043.317.500'],
    ['0', 'Rp 0'],
    ['999.999', 'Rp 1.000'], // rounds to whole cents
    ['-5', '-Rp 5'],
    // 2^63 + cents: beyond Number precision, must stay exact
    ['9223372036854775808.07', 'Rp 9.223.372.036.854.775.808,07'],
  ])('%s → %s', (input, expected) => {
    expect(formatRupiah(input)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it('formats with a percent sign and at most two decimals', () => {
    expect(formatPercent('73')).toBe('73%');
    expect(formatPercent('43.84')).toBe('43,84%');
    expect(formatPercent(66.666666)).toBe('66,67%');
    expect(formatPercent('100', { minFractionDigits: 1 })).toBe('100,0%');
  });
});

describe('parseIndonesianNumber', () => {
  it.each([
    // real strings from the Gresik PK action plan and Probolinggo road map
    ['1.018.175.000,00', '1018175000'],
    ['1.043.317.500,00', '1043317500'],
    ['17.070.000,00', '17070000'],
    ['43,84', '43.84'],
    ['2,53', '2.53'],
    ['3,2', '3.2'],
    ['3,0375', '3.0375'],
    ['3,00', '3'],
    ['50,00', '50'],
    ['100', '100'],
    ['7630', '7630'],
    ['0,5', '0.5'],
    ['-5', '-5'],
    ['−5', '-5'], // Unicode minus
    ['+12', '12'],
    ['  63,5 ', '63.5'],
    ['1.000', '1000'],
    ['1000,25', '1000.25'],
    ['-0,00', '0'],
  ])('%s → %s', (input, expected) => {
    expect(parseIndonesianNumber(input)).toEqual({ ok: true, value: expected });
  });

  it('reads a single dot as a decimal point only when it cannot be a thousands separator', () => {
    expect(parseIndonesianNumber('3.2')).toEqual({ ok: true, value: '3.2', warning: 'dot-decimal' });
    expect(parseIndonesianNumber('43.84')).toEqual({ ok: true, value: '43.84', warning: 'dot-decimal' });
    expect(parseIndonesianNumber('0.855')).toEqual({ ok: true, value: '0.855', warning: 'dot-decimal' });
    expect(parseIndonesianNumber('3.0375')).toEqual({ ok: true, value: '3.0375', warning: 'dot-decimal' });
    expect(parseIndonesianNumber('43.840')).toEqual({ ok: true, value: '43840' });
  });

  it('reads "3.692.075.00" as 3692075.00 with a warning', () => {
    expect(parseIndonesianNumber('3.692.075.00')).toEqual({
      ok: true,
      value: '3692075',
      warning: 'suspicious-separators',
    });
    expect(parseIndonesianNumber('1.000.50')).toEqual({
      ok: true,
      value: '1000.5',
      warning: 'suspicious-separators',
    });
  });

  it('handles the percent sign only when allowed', () => {
    expect(parseIndonesianNumber(' 73 % ', { allowPercentSign: true })).toEqual({ ok: true, value: '73' });
    expect(parseIndonesianNumber('43,84%', { allowPercentSign: true })).toEqual({ ok: true, value: '43.84' });
    expect(parseIndonesianNumber('73%')).toEqual({ ok: false, error: 'invalid' });
    expect(parseIndonesianNumber('%', { allowPercentSign: true })).toEqual({ ok: false, error: 'invalid' });
  });

  it('reports empty input', () => {
    expect(parseIndonesianNumber('')).toEqual({ ok: false, error: 'empty' });
    expect(parseIndonesianNumber('  \u00a0 ')).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    'n.a',
    '-',
    '30 Orang',
    '1,2,3',
    '1.00.000',
    '1..2',
    '1.2.3',
    ',5',
    '5,',
    '1 000',
    '- 5',
    '1e5',
    '1.000.0',
    '0.000.000',
    '1,018,175,000.00',
  ])('refuses %j', (input) => {
    expect(parseIndonesianNumber(input)).toEqual({ ok: false, error: 'invalid' });
  });
});

describe('parseRupiah', () => {
  it.each([
    ['1.018.175.000,00', '1018175000'],
    ['Rp 1.018.175.000,00', '1018175000'],
    ['Rp1.491.762.000,00', '1491762000'],
    ['Rp. 5.000,-', '5000'],
    ['rp 631.004.700,00', '631004700'],
    ['IDR 500', '500'],
    ['Rp 1.043.317.500,50', '1043317500.5'],
  ])('%s → %s', (input, expected) => {
    expect(parseRupiah(input)).toEqual({ ok: true, value: expected });
  });

  it('keeps the warning of a suspicious amount', () => {
    expect(parseRupiah('3.692.075.00')).toEqual({ ok: true, value: '3692075', warning: 'suspicious-separators' });
  });

  it('refuses negatives, fractions of a cent, junk and blanks', () => {
    expect(parseRupiah('-5.000')).toEqual({ ok: false, error: 'negative' });
    expect(parseRupiah('-Rp 5.000')).toEqual({ ok: false, error: 'negative' });
    expect(parseRupiah('Rp 1.000,555')).toEqual({ ok: false, error: 'invalid' });
    expect(parseRupiah('Rp satu juta')).toEqual({ ok: false, error: 'invalid' });
    expect(parseRupiah('Rp ')).toEqual({ ok: false, error: 'empty' });
    expect(parseRupiah('')).toEqual({ ok: false, error: 'empty' });
  });
});
