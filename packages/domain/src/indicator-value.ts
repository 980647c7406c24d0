/**
 * Indicator values (baseline, target, realization) as typed by people or
 * found in documents, checked against the indicator's value type.
 *
 * - "n.a", "N/A", "na", "-", "–", "—" mean "not available": a value that is
 *   known to be missing, distinct from zero (any value type).
 * - NUMBER: a number, optionally followed by a unit word ("30 Orang" → 30;
 *   the words may be anything without digits, e.g. "2835 buah").
 * - PERCENTAGE: a number with or without "%" ("73%", "73", "43,84 %").
 * - SCORE / LEVEL: a number; LEVEL also accepts a leading "Level"/"Tingkat".
 * - A range from scaleMin/scaleMax, when set, is enforced for every numeric
 *   type (SCORE "Skor 0–100", LEVEL "Level 1–5", ...).
 * - CATEGORY: one of the indicator's categories, case-insensitively ("wtp"
 *   → "WTP").
 * - TEXT: the trimmed text.
 * Numbers follow parseIndonesianNumber (number-format.ts).
 */
import { canonicalDecimal, compareDecimal, toDecimalString } from './decimal.ts';
import { formatNumber, formatPercent, parseIndonesianNumber } from './number-format.ts';
import type { NumberWarning } from './number-format.ts';

export const VALUE_TYPES = ['NUMBER', 'PERCENTAGE', 'SCORE', 'LEVEL', 'CATEGORY', 'TEXT'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** The parts of an indicator that decide how its values are read. */
export interface IndicatorValueSpec {
  valueType: ValueType;
  /** Ordered best first (CATEGORY only). */
  categories?: readonly string[] | null;
  scaleMin?: number | string | null;
  scaleMax?: number | string | null;
  unit?: string | null;
}

/** A message in Bahasa Indonesia and English. */
export interface LocalizedText {
  id: string;
  en: string;
}

export interface IndicatorValue {
  /** Canonical decimal string for numeric types, else null. */
  numericValue: string | null;
  categoryValue: string | null;
  /** The value as written (trimmed), e.g. "30 Orang". */
  textValue: string;
  notAvailable: boolean;
}

export type ParseIndicatorValueResult = ({ ok: true; warning?: NumberWarning } & IndicatorValue) | { ok: false; message: LocalizedText };

const NOT_AVAILABLE = new Set(['n.a', 'n.a.', 'na', 'n/a', '-', '–', '—']);

/** True for the ways documents write "not available". */
export function isNotAvailableText(raw: string): boolean {
  return NOT_AVAILABLE.has(raw.trim().toLowerCase().replace(/\s+/g, ''));
}

const fail = (id: string, en: string): ParseIndicatorValueResult => ({ ok: false, message: { id, en } });

function bound(value: number | string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : toDecimalString(value);
}

/** Checks a canonical decimal against the indicator's scale; a message when outside. */
function checkRange(value: string, spec: IndicatorValueSpec): LocalizedText | null {
  const min = bound(spec.scaleMin);
  const max = bound(spec.scaleMax);
  const below = min !== null && compareDecimal(value, min) < 0;
  const above = max !== null && compareDecimal(value, max) > 0;
  if (!below && !above) return null;
  const idOf = (v: string) => formatNumber(v, { maxFractionDigits: 4 });
  if (min !== null && max !== null) {
    return {
      id: `Nilai harus antara ${idOf(min)} dan ${idOf(max)}.`,
      en: `The value must be between ${min} and ${max}.`,
    };
  }
  if (min !== null) return { id: `Nilai minimal ${idOf(min)}.`, en: `The value must be at least ${min}.` };
  return { id: `Nilai maksimal ${idOf(max ?? '')}.`, en: `The value must be at most ${max}.` };
}

function parseNumeric(text: string, spec: IndicatorValueSpec): ParseIndicatorValueResult {
  let numberText = text;
  if (spec.valueType === 'PERCENTAGE') {
    numberText = text.replace(/\s*%$/, '');
  } else if (spec.valueType === 'LEVEL') {
    numberText = text.replace(/^(level|tingkat)\s*/i, '');
  } else if (spec.valueType === 'NUMBER') {
    const withUnit = /^([-+\u2212]?[\d.,]+)\s*(\p{L}[^\d]*)$/u.exec(text);
    if (withUnit) numberText = withUnit[1] ?? '';
  }
  const parsed = parseIndonesianNumber(numberText);
  if (!parsed.ok) {
    return spec.valueType === 'NUMBER'
      ? fail(
          'Isi dengan angka, boleh diikuti satuan (mis. "30 Orang" atau "43,84"), atau "n.a" bila tidak tersedia.',
          'Enter a number, optionally followed by a unit (e.g. "30 Orang" or "43,84"), or "n.a" when not available.',
        )
      : fail(
          'Isi dengan angka (mis. "43,84"), atau "n.a" bila tidak tersedia.',
          'Enter a number (e.g. "43,84"), or "n.a" when not available.',
        );
  }
  const rangeMessage = checkRange(parsed.value, spec);
  if (rangeMessage) return { ok: false, message: rangeMessage };
  const result: ParseIndicatorValueResult = {
    ok: true,
    numericValue: parsed.value,
    categoryValue: null,
    textValue: text,
    notAvailable: false,
  };
  return parsed.warning ? { ...result, warning: parsed.warning } : result;
}

function normalizeCategory(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function parseCategory(text: string, spec: IndicatorValueSpec): ParseIndicatorValueResult {
  const categories = spec.categories ?? [];
  if (categories.length === 0) {
    return fail(
      'Indikator ini belum memiliki daftar kategori; hubungi administrator.',
      'This indicator has no categories defined; contact an administrator.',
    );
  }
  const wanted = normalizeCategory(text);
  const match = categories.find((c) => normalizeCategory(c) === wanted);
  if (!match) {
    const list = categories.join(', ');
    return fail(`Pilih salah satu: ${list}.`, `Choose one of: ${list}.`);
  }
  return { ok: true, numericValue: null, categoryValue: match, textValue: text, notAvailable: false };
}

/** Reads one indicator value; see the rules at the top of this file. */
export function parseIndicatorValue(raw: string, indicator: IndicatorValueSpec): ParseIndicatorValueResult {
  const text = raw.trim();
  if (text === '') return fail('Nilai wajib diisi.', 'A value is required.');
  if (isNotAvailableText(text)) {
    return { ok: true, numericValue: null, categoryValue: null, textValue: text, notAvailable: true };
  }
  switch (indicator.valueType) {
    case 'TEXT':
      return { ok: true, numericValue: null, categoryValue: null, textValue: text, notAvailable: false };
    case 'CATEGORY':
      return parseCategory(text, indicator);
    default:
      return parseNumeric(text, indicator);
  }
}

/**
 * Display text of a stored value: "2,53", "73%", "WTP", "n.a"; "" when there
 * is no value. Numbers show every stored fraction digit (up to 4, the
 * database scale). With `withUnit`, NUMBER values get the indicator's unit
 * appended ("30 Orang"); scale units such as "Skor 0-100" are not suffixes.
 */
export function formatIndicatorValue(
  value: Partial<IndicatorValue> | null | undefined,
  indicator: IndicatorValueSpec,
  opts: { withUnit?: boolean } = {},
): string {
  if (!value) return '';
  if (value.notAvailable) return 'n.a';
  switch (indicator.valueType) {
    case 'TEXT':
      return value.textValue ?? '';
    case 'CATEGORY':
      return value.categoryValue ?? value.textValue ?? '';
    default: {
      if (value.numericValue === null || value.numericValue === undefined) return value.textValue ?? '';
      const numeric = canonicalDecimal(value.numericValue);
      if (indicator.valueType === 'PERCENTAGE') return formatPercent(numeric, { maxFractionDigits: 4 });
      const shown = formatNumber(numeric, { maxFractionDigits: 4 });
      const unit = indicator.unit?.trim();
      return opts.withUnit && unit && indicator.valueType === 'NUMBER' ? `${shown} ${unit}` : shown;
    }
  }
}
