// Number, money, indicator value and date formats for the UI.
//
// Numbers and money always use the Indonesian convention (decimal comma,
// dot grouping: "43,84", "Rp 1.018.175.000"), also in the English UI, because
// that is how government users read figures. Dates follow the UI language.
// The number formats come from @rb/domain (exact, string based); this module
// only makes them safe to call from rendering code (never throw) and adds
// dates and month names.
import {
  formatIndicatorValue as formatIndicatorValueExact,
  formatNumber as formatNumberExact,
  formatRupiah as formatRupiahExact,
  MONTHS_EN,
  MONTHS_ID,
  type ValueType,
} from '@rb/domain';

export { MONTHS_EN, MONTHS_ID };

export const NUMBER_LOCALE = 'id-ID';
export const NOT_AVAILABLE = 'n.a';

/** Month abbreviations (index 0 = January) for the UI language. */
export function monthNames(language: string): readonly string[] {
  return language.startsWith('en') ? MONTHS_EN : MONTHS_ID;
}

export interface NumberFormatOptions {
  maxFractionDigits?: number;
  minFractionDigits?: number;
}

/**
 * "43.84" → "43,84", 1018175000 → "1.018.175.000". A value that is not a
 * plain decimal is shown as it is rather than breaking the page.
 */
export function formatNumber(value: string | number, options: NumberFormatOptions = {}): string {
  try {
    return formatNumberExact(value, { maxFractionDigits: options.maxFractionDigits ?? 4, ...options });
  } catch {
    return String(value);
  }
}

/** "Rp 1.018.175.000" (cents only when not zero: "Rp 12.500,50"). */
export function formatRupiah(value: string | number): string {
  try {
    return formatRupiahExact(typeof value === 'number' ? String(value) : value);
  } catch {
    return `Rp ${value}`;
  }
}

/** A whole count with Indonesian grouping: 1234 → "1.234". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits: 0 }).format(value);
}

export interface FormattableValue {
  numericValue?: string | null;
  categoryValue?: string | null;
  textValue?: string | null;
  notAvailable: boolean;
}

export interface FormattableIndicator {
  valueType: ValueType;
  unit?: string | null;
}

/** An indicator value as the documents write it: "2,53", "61%", "WTP", "n.a"; "" when empty. */
export function formatIndicatorValue(value: FormattableValue, indicator: FormattableIndicator): string {
  try {
    return formatIndicatorValueExact(
      {
        numericValue: value.numericValue ?? null,
        categoryValue: value.categoryValue ?? null,
        textValue: value.textValue ?? '',
        notAvailable: value.notAvailable,
      },
      { valueType: indicator.valueType, unit: indicator.unit ?? null },
    );
  } catch {
    return value.textValue ?? value.numericValue ?? '';
  }
}

function dateLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'id-ID';
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "22 November 2026" in both languages (month names translated). */
export function formatDate(value: string | Date, language: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "22 Nov 2026, 14.05" (id) / "22 Nov 2026, 14:05" (en). */
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
