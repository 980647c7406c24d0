// Chart series of an indicator: one point per year (year view) or per
// quarter of a year (quarter view), with target and realization as numbers a
// chart can plot and as text the way documents write them.
import { formatIndicatorValue } from '../../../ui/format.ts';

export interface SeriesValue {
  kind: 'BASELINE' | 'TARGET' | 'REALIZATION';
  year: number;
  quarter: number;
  month: number;
  numericValue?: string | null;
  categoryValue?: string | null;
  textValue?: string | null;
  notAvailable: boolean;
}

export interface SeriesIndicator {
  valueType: 'NUMBER' | 'PERCENTAGE' | 'SCORE' | 'LEVEL' | 'CATEGORY' | 'TEXT';
  unit?: string | null;
  categories?: readonly string[] | null;
}

export interface SeriesPoint {
  /** "2021" or "TW I". */
  label: string;
  year: number;
  quarter: number;
  target: number | null;
  realization: number | null;
  targetText: string;
  realizationText: string;
}

export interface Series {
  points: SeriesPoint[];
  baseline: { value: number | null; text: string; year: number } | null;
}

export const QUARTER_LABELS = ['', 'TW I', 'TW II', 'TW III', 'TW IV'] as const;

/**
 * A value as a number to plot: numbers as they are; a category as its
 * position on the scale, worst = 1 … best = n (so "better" is higher); n.a,
 * text and unknown categories → null.
 */
export function plotValue(value: SeriesValue | undefined, indicator: SeriesIndicator): number | null {
  if (!value || value.notAvailable) return null;
  if (indicator.valueType === 'CATEGORY') {
    const categories = indicator.categories ?? [];
    const rank = categories.findIndex((c) => c.toLowerCase() === (value.categoryValue ?? '').toLowerCase());
    return rank < 0 ? null : categories.length - rank;
  }
  if (value.numericValue === null || value.numericValue === undefined) return null;
  const n = Number(value.numericValue);
  return Number.isFinite(n) ? n : null;
}

const text = (value: SeriesValue | undefined, indicator: SeriesIndicator) => (value ? formatIndicatorValue(value, indicator) : '');

function find(values: readonly SeriesValue[], kind: SeriesValue['kind'], year: number, quarter: number) {
  return values.find((v) => v.kind === kind && v.year === year && v.quarter === quarter && v.month === 0);
}

/** The latest baseline (yearly). */
export function baselinePoint(values: readonly SeriesValue[], indicator: SeriesIndicator): Series['baseline'] {
  let best: SeriesValue | undefined;
  for (const v of values) if (v.kind === 'BASELINE' && (!best || v.year > best.year)) best = v;
  return best ? { value: plotValue(best, indicator), text: text(best, indicator), year: best.year } : null;
}

/** Years with a target or realization (or in [from, to] when given), ascending. */
export function seriesYears(values: readonly SeriesValue[], from?: number, to?: number): number[] {
  const years = new Set<number>();
  for (const v of values) if (v.kind !== 'BASELINE' && v.month === 0) years.add(v.year);
  if (from !== undefined && to !== undefined) for (let y = from; y <= to && y - from < 50; y += 1) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * Year view: the year's value, else the fourth quarter's (as the status rules do).
 * `textYear`: write the texts of that year only (the others stay ""), for small
 * multiples that show one year's numbers: hundreds of tiles format a tenth as much.
 */
export function yearSeries(
  values: readonly SeriesValue[],
  indicator: SeriesIndicator,
  years: readonly number[],
  options: { textYear?: number } = {},
): Series {
  const points = years.map((year) => {
    const target = find(values, 'TARGET', year, 0) ?? find(values, 'TARGET', year, 4);
    const realization = find(values, 'REALIZATION', year, 0) ?? find(values, 'REALIZATION', year, 4);
    const withText = options.textYear === undefined || options.textYear === year;
    return {
      label: String(year),
      year,
      quarter: 0,
      target: plotValue(target, indicator),
      realization: plotValue(realization, indicator),
      targetText: withText ? text(target, indicator) : '',
      realizationText: withText ? text(realization, indicator) : '',
    };
  });
  return { points, baseline: baselinePoint(values, indicator) };
}

/** Quarter view of one year: TW I–IV. */
export function quarterSeries(values: readonly SeriesValue[], indicator: SeriesIndicator, year: number): Series {
  const points = [1, 2, 3, 4].map((quarter) => {
    const target = find(values, 'TARGET', year, quarter);
    const realization = find(values, 'REALIZATION', year, quarter);
    return {
      label: QUARTER_LABELS[quarter] ?? '',
      year,
      quarter,
      target: plotValue(target, indicator),
      realization: plotValue(realization, indicator),
      targetText: text(target, indicator),
      realizationText: text(realization, indicator),
    };
  });
  return { points, baseline: baselinePoint(values, indicator) };
}

/** Whether a series has anything to draw. */
export function hasData(series: Series): boolean {
  return series.baseline?.value != null || series.points.some((p) => p.target !== null || p.realization !== null);
}

/** A round upper bound for the value axis: 75,5 → 80, 3,8 → 4, 0 → 1. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value - 1e-9) return step * magnitude;
  }
  return 10 * magnitude;
}

export interface CompactYearSeries {
  fromYear: number;
  targets: readonly (string | null)[];
  realizations: readonly (string | null)[];
  baselineYear?: number | null;
  baseline?: string | null;
}

function decode(kind: SeriesValue['kind'], year: number, text: string, indicator: SeriesIndicator): SeriesValue {
  const base = { kind, year, quarter: 0, month: 0, textValue: text };
  if (text === 'n.a') return { ...base, notAvailable: true };
  if (indicator.valueType === 'CATEGORY' || indicator.valueType === 'TEXT') return { ...base, categoryValue: text, notAvailable: false };
  return { ...base, numericValue: text, notAvailable: false };
}

/** The API's compact YearSeries as values (see the YearSeries type: "3.4", "WTP", "n.a" or null). */
export function valuesFromYearSeries(series: CompactYearSeries, indicator: SeriesIndicator): SeriesValue[] {
  const out: SeriesValue[] = [];
  if (series.baseline != null && series.baselineYear != null) out.push(decode('BASELINE', series.baselineYear, series.baseline, indicator));
  series.targets.forEach((t, i) => {
    if (t != null) out.push(decode('TARGET', series.fromYear + i, t, indicator));
  });
  series.realizations.forEach((r, i) => {
    if (r != null) out.push(decode('REALIZATION', series.fromYear + i, r, indicator));
  });
  return out;
}
