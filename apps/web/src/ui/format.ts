// Number, money, indicator value and date formats.
//
// Numbers and money always use the Indonesian convention (decimal comma,
// dot grouping: "43,84", "Rp 1.018.175.000"), also in the English UI, because
// that is how government users read figures. Dates follow the UI language.
//
// Decimals travel from the API as exact strings ("1018175000.00", "43.84") and
// are formatted as strings, never through floating point.
//
// TODO: switch to formatNumber / formatRupiah / formatIndicatorValue /
// MONTHS_ID / MONTHS_EN from @rb/domain once that package exports them.

export const NUMBER_LOCALE = 'id-ID';

export const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'] as const;
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Month abbreviations (index 0 = January) for the UI language. */
export function monthNames(language: string): readonly string[] {
  return language.startsWith('en') ? MONTHS_EN : MONTHS_ID;
}

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface NumberFormatOptions {
  /** Round to at most this many fraction digits (half away from zero). */
  maxFractionDigits?: number;
  /** Pad to at least this many fraction digits. */
  minFractionDigits?: number;
}

/** Rounds a canonical decimal string to `digits` fraction digits, exactly. */
function roundDecimalString(sign: string, intPart: string, fracPart: string, digits: number) {
  if (fracPart.length <= digits) return { sign, intPart, fracPart };
  const keep = fracPart.slice(0, digits);
  const roundUp = Number(fracPart[digits]) >= 5;
  if (!roundUp) return { sign, intPart, fracPart: keep };
  const scaled = (BigInt(intPart + keep) + 1n).toString().padStart(intPart.length + digits, '0');
  const newInt = scaled.slice(0, scaled.length - digits) || '0';
  return { sign, intPart: newInt, fracPart: scaled.slice(scaled.length - digits) };
}

/**
 * Formats a number or a decimal string the Indonesian way:
 * "43.84" → "43,84", 1018175000 → "1.018.175.000", "7.50" → "7,5".
 * Returns the input unchanged when it is not a plain decimal.
 */
export function formatNumber(value: string | number, options: NumberFormatOptions = {}): string {
  const text = typeof value === 'number' ? numberToPlain(value) : value.trim();
  const match = DECIMAL_RE.exec(text);
  if (!match) return text;
  let sign = match[1] ?? '';
  let intPart = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  let fracPart = (match[3] ?? '').replace(/0+$/, '');
  if (options.maxFractionDigits !== undefined) {
    ({ sign, intPart, fracPart } = roundDecimalString(sign, intPart, fracPart, options.maxFractionDigits));
    fracPart = fracPart.replace(/0+$/, '');
  }
  if (options.minFractionDigits !== undefined && fracPart.length < options.minFractionDigits) {
    fracPart = fracPart.padEnd(options.minFractionDigits, '0');
  }
  if (/^0*$/.test(intPart + fracPart)) sign = '';
  return `${sign}${groupThousands(intPart)}${fracPart ? `,${fracPart}` : ''}`;
}

function numberToPlain(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Without exponent notation; 12 fraction digits hide binary noise (0.1 + 0.2).
  return new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 12 }).format(value);
}

/** "Rp 1.018.175.000" (cents shown only when not zero: "Rp 12.500,50"). */
export function formatRupiah(value: string | number): string {
  const rounded = formatNumber(value, { maxFractionDigits: 2 });
  const hasCents = rounded.includes(',');
  return `Rp ${hasCents ? formatNumber(value, { maxFractionDigits: 2, minFractionDigits: 2 }) : rounded}`;
}

/** A whole count with Indonesian grouping: 1234 → "1.234". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** The subset of an indicator value the formatter needs. */
export interface FormattableValue {
  numericValue?: string | null;
  categoryValue?: string | null;
  textValue?: string | null;
  notAvailable: boolean;
}

/** The subset of an indicator the formatter needs. */
export interface FormattableIndicator {
  valueType: string;
  unit?: string | null;
}

export const NOT_AVAILABLE = 'n.a';

/**
 * An indicator value as the documents write it: "2,53", "61%", "WTP", "n.a".
 * Empty string when the value holds nothing.
 */
export function formatIndicatorValue(value: FormattableValue, indicator: FormattableIndicator): string {
  if (value.notAvailable) return NOT_AVAILABLE;
  if (value.numericValue != null && value.numericValue !== '') {
    const number = formatNumber(value.numericValue);
    const isPercent = indicator.valueType === 'PERCENTAGE' || indicator.unit?.trim() === '%';
    return isPercent ? `${number}%` : number;
  }
  if (value.categoryValue) return value.categoryValue;
  if (value.textValue) return value.textValue;
  return '';
}

function dateLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'id-ID';
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "22 November 2026" (id) / "22 November 2026" (en). */
export function formatDate(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "22 Nov 2026 14.05" (id) / "22 Nov 2026, 14:05" (en). */
export function formatDateTime(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(dateLocale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
