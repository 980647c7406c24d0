/**
 * Indonesian number handling: display ("1.234,5", "Rp 1.018.175.000",
 * "43,84%") and parsing of what people type or what documents contain.
 *
 * Values are carried as canonical decimal strings (see decimal.ts). The
 * formatters are string/bigint based, so they are exact for any size and do
 * not depend on the ICU data the runtime ships; their output matches
 * `Intl.NumberFormat('id-ID')` (thousands ".", decimal ",", rounding half
 * away from zero), except that a value rounding to zero never shows as "-0".
 *
 * Parsing rules (parseIndonesianNumber):
 * 1. Surrounding whitespace is ignored; a leading "-", "+" or "−" is a sign.
 * 2. The comma is the decimal mark; at most one comma.
 * 3. A dot followed by exactly three digits is a thousands separator; groups
 *    must be well formed ("1.018.175.000", not "1.00.000"; the first group
 *    has 1–3 digits and does not start with 0).
 * 4. Without a comma, a single dot that is not a valid thousands separator is
 *    read as a decimal point ("3.2", "43.84", "0.855", "3.0375") and the
 *    result carries `warning: 'dot-decimal'` so a form can show how it was
 *    read. "1.000" is therefore one thousand, never one.
 * 5. Dots only, well-formed thousands groups, and a last group of exactly two
 *    digits ("3.692.075.00") is read as a typo for ",00" cents
 *    (3692075.00) with `warning: 'suspicious-separators'`: the author may
 *    also have dropped a group, so a person should confirm it.
 * 6. A percent sign is accepted (and dropped) only with `allowPercentSign`.
 * 7. Anything else (letters, spaces inside the number, two commas, "1..2",
 *    ",5") is `invalid`; blank input is `empty`.
 */
import { canonicalDecimal, roundDecimal, toDecimalString } from './decimal.ts';

export type NumberWarning = 'dot-decimal' | 'suspicious-separators';

export type ParseNumberResult = { ok: true; value: string; warning?: NumberWarning } | { ok: false; error: 'empty' | 'invalid' };

export type ParseRupiahResult =
  | { ok: true; value: string; warning?: NumberWarning }
  | { ok: false; error: 'empty' | 'invalid' | 'negative' };

export interface FormatNumberOptions {
  /** Default 3 (as Intl.NumberFormat), or minFractionDigits when larger. */
  maxFractionDigits?: number;
  /** Default 0. */
  minFractionDigits?: number;
}

/** Well-formed thousands grouping: "1.000", "1.018.175.000". */
const GROUPED_RE = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
/** Grouped with a trailing two-digit group: "3.692.075.00". */
const GROUPED_CENTS_RE = /^([1-9]\d{0,2}(?:\.\d{3})+)\.(\d{2})$/;

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats a number for display the Indonesian way: "43,84", "1.234,5",
 * "7.630". Strings must be plain decimals ("1234.5"); they are exact at any
 * size. Throws RangeError for anything else (NaN, "1,5", "abc").
 */
export function formatNumber(value: string | number, opts: FormatNumberOptions = {}): string {
  const min = opts.minFractionDigits ?? 0;
  const max = opts.maxFractionDigits ?? Math.max(3, min);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
    throw new RangeError(`Bad fraction digits: min ${min}, max ${max}`);
  }
  const rounded = roundDecimal(toDecimalString(value), max);
  const negative = rounded.startsWith('-');
  const [intPart = '0', fracRaw = ''] = (negative ? rounded.slice(1) : rounded).split('.');
  let fracPart = fracRaw;
  while (fracPart.length > min && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  const body = groupThousands(intPart) + (fracPart ? `,${fracPart}` : '');
  return negative ? `-${body}` : body;
}

/**
 * Rupiah for display: "Rp 1.018.175.000"; cents only when not zero
 * ("Rp 1.018.175.000,50"), rounded half away from zero to whole cents;
 * negatives as "-Rp 5". Exact for any size (bigint based).
 */
export function formatRupiah(value: string): string {
  const rounded = roundDecimal(toDecimalString(value), 2);
  const negative = rounded.startsWith('-');
  const [intPart = '0', cents = '00'] = (negative ? rounded.slice(1) : rounded).split('.');
  const body = groupThousands(intPart) + (cents === '00' ? '' : `,${cents}`);
  return `${negative ? '-' : ''}Rp ${body}`;
}

/** A percentage for display: "73%", "43,84%" (default at most 2 fraction digits). */
export function formatPercent(value: string | number, opts: FormatNumberOptions = {}): string {
  const max = opts.maxFractionDigits ?? Math.max(2, opts.minFractionDigits ?? 0);
  return `${formatNumber(value, { ...opts, maxFractionDigits: max })}%`;
}

function parseBody(body: string): { intDigits: string; fracDigits: string; warning?: NumberWarning } | null {
  if (!/^[\d.,]+$/.test(body)) return null;
  const commaParts = body.split(',');
  if (commaParts.length > 2) return null;
  if (commaParts.length === 2) {
    const [intPart = '', fracPart = ''] = commaParts;
    if (!/^\d+$/.test(fracPart)) return null;
    if (/^\d+$/.test(intPart)) return { intDigits: intPart, fracDigits: fracPart };
    if (GROUPED_RE.test(intPart)) return { intDigits: intPart.replaceAll('.', ''), fracDigits: fracPart };
    return null;
  }
  if (/^\d+$/.test(body)) return { intDigits: body, fracDigits: '' };
  if (GROUPED_RE.test(body)) return { intDigits: body.replaceAll('.', ''), fracDigits: '' };
  const single = /^(\d+)\.(\d+)$/.exec(body);
  if (single) return { intDigits: single[1] ?? '', fracDigits: single[2] ?? '', warning: 'dot-decimal' };
  const cents = GROUPED_CENTS_RE.exec(body);
  if (cents) {
    return {
      intDigits: (cents[1] ?? '').replaceAll('.', ''),
      fracDigits: cents[2] ?? '',
      warning: 'suspicious-separators',
    };
  }
  return null;
}

/**
 * Parses a number written the Indonesian way into a canonical decimal
 * string: "1.018.175.000,00" → "1018175000", "43,84" → "43.84". See the
 * rules at the top of this file.
 */
export function parseIndonesianNumber(raw: string, opts: { allowPercentSign?: boolean } = {}): ParseNumberResult {
  let text = raw.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (opts.allowPercentSign && text.endsWith('%')) text = text.slice(0, -1).trimEnd();
  let negative = false;
  const first = text.charAt(0);
  if (first === '-' || first === '\u2212' || first === '+') {
    negative = first !== '+';
    text = text.slice(1);
  }
  const parsed = parseBody(text);
  if (!parsed) return { ok: false, error: 'invalid' };
  const plain = parsed.fracDigits ? `${parsed.intDigits}.${parsed.fracDigits}` : parsed.intDigits;
  const value = canonicalDecimal(negative ? `-${plain}` : plain);
  return parsed.warning ? { ok: true, value, warning: parsed.warning } : { ok: true, value };
}

/**
 * Parses a Rupiah amount: "Rp 1.018.175.000,00", "Rp. 5.000,-", "IDR 500",
 * "1.491.762.000,00". Refuses negatives and more than two decimals.
 */
export function parseRupiah(raw: string): ParseRupiahResult {
  let text = raw.trim();
  const prefixed = /^([-\u2212]?)\s*(?:rp\.?|idr)\s*(.*)$/i.exec(text);
  if (prefixed) text = (prefixed[1] ?? '') + (prefixed[2] ?? '');
  text = text.replace(/,-$/, '');
  const parsed = parseIndonesianNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.startsWith('-')) return { ok: false, error: 'negative' };
  const fraction = parsed.value.split('.')[1] ?? '';
  if (fraction.length > 2) return { ok: false, error: 'invalid' };
  return parsed;
}
