import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  compareDecimal,
  divRound,
  isDecimalString,
  numberToDecimalString,
  roundDecimal,
  roundNumber,
  toScaled,
} from './decimal.ts';

describe('canonicalDecimal', () => {
  it.each([
    ['1018175000.00', '1018175000'],
    ['43.840', '43.84'],
    ['007.50', '7.5'],
    ['-0.00', '0'],
    ['-5', '-5'],
    ['0.5', '0.5'],
    ['000', '0'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it('refuses non-decimal text', () => {
    expect(() => canonicalDecimal('1,5')).toThrow(RangeError);
    expect(() => canonicalDecimal('1e5')).toThrow(RangeError);
    expect(() => canonicalDecimal('.5')).toThrow(RangeError);
    expect(isDecimalString('')).toBe(false);
    expect(isDecimalString('12.')).toBe(false);
  });
});

describe('numberToDecimalString', () => {
  it('expands exponent notation', () => {
    expect(numberToDecimalString(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimalString(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimalString(-2.5e22)).toBe('-25000000000000000000000');
  });
  it('keeps ordinary numbers and drops negative zero', () => {
    expect(numberToDecimalString(43.84)).toBe('43.84');
    expect(numberToDecimalString(-0)).toBe('0');
  });
  it('refuses NaN and Infinity', () => {
    expect(() => numberToDecimalString(Number.NaN)).toThrow(RangeError);
    expect(() => numberToDecimalString(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('scaled arithmetic', () => {
  it('toScaled', () => {
    expect(toScaled('43.84')).toEqual({ int: 4384n, scale: 2 });
    expect(toScaled('-5')).toEqual({ int: -5n, scale: 0 });
  });
  it('compareDecimal is exact beyond 2^53', () => {
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimal('3.2', '3.20')).toBe(0);
    expect(compareDecimal('-1', '0.5')).toBe(-1);
  });
  it('divRound rounds half away from zero', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(divRound(5n, -3n)).toBe(-2n);
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });
  it('roundDecimal', () => {
    expect(roundDecimal('2.005', 2)).toBe('2.01');
    expect(roundDecimal('-2.005', 2)).toBe('-2.01');
    expect(roundDecimal('7', 2)).toBe('7.00');
    expect(roundDecimal('0.004', 2)).toBe('0.00');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('1018175000.505', 0)).toBe('1018175001');
    expect(roundDecimal('0.05', 1)).toBe('0.1');
  });
});

describe('roundNumber', () => {
  it('rounds half away from zero by the shortest decimal form', () => {
    expect(roundNumber(1.005, 2)).toBe(1.01);
    expect(roundNumber(-1.005, 2)).toBe(-1.01);
    expect(roundNumber(66.666666, 2)).toBe(66.67);
    expect(roundNumber(2.5, 0)).toBe(3);
    expect(roundNumber(1e-7, 2)).toBe(0);
    expect(Object.is(roundNumber(-0.001, 2), 0)).toBe(true);
  });
});
