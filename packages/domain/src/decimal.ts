/**
 * Minimal exact decimal helpers. Values travel as canonical decimal strings
 * ("1018175000", "43.84", "-5", "0.5"): no exponent, no grouping, no leading
 * zeros, no trailing fractional zeros, never "-0". Arithmetic that must be
 * exact (money, ratios that are rounded) uses bigint scaled integers.
 */

/** Any plain decimal string: optional minus, digits, optional dot and digits. */
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/** A decimal as an integer and a power-of-ten scale: value = int / 10^scale. */
export interface ScaledDecimal {
  int: bigint;
  scale: number;
}

/** True for plain decimal strings such as "43.84", "-5", "1018175000.00". */
export function isDecimalString(value: string): boolean {
  return DECIMAL_RE.test(value);
}

/** Canonical form of a plain decimal string: "007.50" → "7.5", "-0.00" → "0". */
export function canonicalDecimal(value: string): string {
  if (!DECIMAL_RE.test(value)) throw new RangeError(`Not a decimal string: "${value}"`);
  const negative = value.startsWith('-');
  const [intRaw = '0', fracRaw = ''] = (negative ? value.slice(1) : value).split('.');
  const intPart = intRaw.replace(/^0+(?=\d)/, '');
  const fracPart = fracRaw.replace(/0+$/, '');
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * A finite JavaScript number as a canonical decimal string, expanding the
 * exponent notation that String() uses for very large or small values
 * (1e21 → "1000000000000000000000", 1e-7 → "0.0000001").
 */
export function numberToDecimalString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return canonicalDecimal(text);
  const [, sign = '', intDigits = '', fracDigits = '', expText = '0'] = match;
  const digits = intDigits + fracDigits;
  const pointAt = intDigits.length + Number(expText);
  let body: string;
  if (pointAt <= 0) body = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) body = digits + '0'.repeat(pointAt - digits.length);
  else body = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return canonicalDecimal(sign + body);
}

/** A number or a plain decimal string as a canonical decimal string. */
export function toDecimalString(value: string | number): string {
  return typeof value === 'number' ? numberToDecimalString(value) : canonicalDecimal(value.trim());
}

/** Parses a plain decimal string (or number) into a scaled integer. */
export function toScaled(value: string | number): ScaledDecimal {
  const canonical = toDecimalString(value);
  const [intPart = '0', fracPart = ''] = canonical.split('.');
  return { int: BigInt(intPart + fracPart), scale: fracPart.length };
}

/** The scaled integer rescaled to a larger scale (no rounding needed). */
export function rescale(value: ScaledDecimal, scale: number): bigint {
  if (scale < value.scale) throw new RangeError('rescale only widens the scale');
  return value.int * 10n ** BigInt(scale - value.scale);
}

/** -1, 0 or 1 as a < b, a = b, a > b, exactly. */
export function compareDecimal(a: string | number, b: string | number): -1 | 0 | 1 {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const diff = rescale(x, scale) - rescale(y, scale);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** numerator / denominator rounded half away from zero to an integer. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * Rounds a decimal half away from zero to `digits` fraction digits and
 * returns it with exactly `digits` fraction digits ("2.005", 2 → "2.01";
 * "7", 2 → "7.00"). The sign of a value that rounds to zero is dropped.
 */
export function roundDecimal(value: string | number, digits: number): string {
  if (!Number.isInteger(digits) || digits < 0) throw new RangeError(`Bad digit count: ${digits}`);
  const scaled = toScaled(value);
  const rounded = scaled.scale <= digits ? rescale(scaled, digits) : divRound(scaled.int, 10n ** BigInt(scaled.scale - digits));
  const negative = rounded < 0n;
  const abs = (negative ? -rounded : rounded).toString().padStart(digits + 1, '0');
  const intPart = abs.slice(0, abs.length - digits);
  const fracPart = abs.slice(abs.length - digits);
  const body = digits > 0 ? `${intPart}.${fracPart}` : intPart;
  return negative ? `-${body}` : body;
}

/**
 * A JavaScript number rounded half away from zero to `digits` decimals, by
 * its shortest decimal representation (so 1.005 → 1.01, unlike
 * Math.round(1.005 * 100) / 100 → 1). For display-level rounding of
 * computed scores and percentages.
 */
export function roundNumber(value: number, digits = 2): number {
  return Number(roundDecimal(numberToDecimalString(value), digits));
}
