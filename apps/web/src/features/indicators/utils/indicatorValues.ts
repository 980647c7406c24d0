import type { IndicatorValueFieldsFragment, ValueKind } from '../../../gql/graphql.ts';

export type IndicatorValue = IndicatorValueFieldsFragment;

/** Yearly values only (quarter 0, month 0). */
export function isYearly(value: Pick<IndicatorValue, 'quarter' | 'month'>): boolean {
  return value.quarter === 0 && value.month === 0;
}

/** The yearly value of a kind for a year. */
export function yearlyValue(values: readonly IndicatorValue[], kind: ValueKind, year: number): IndicatorValue | undefined {
  return values.find((value) => value.kind === kind && value.year === year && isYearly(value));
}

/** The baseline: the latest yearly BASELINE value (any BASELINE if none is yearly). */
export function baselineOf(values: readonly IndicatorValue[]): IndicatorValue | undefined {
  const baselines = values.filter((value) => value.kind === 'BASELINE');
  const yearly = baselines.filter(isYearly);
  const pool = yearly.length > 0 ? yearly : baselines;
  return pool.reduce<IndicatorValue | undefined>((latest, value) => (!latest || value.year > latest.year ? value : latest), undefined);
}

/** The years that have a yearly target in any of the indicators, ascending. */
export function targetYears(indicators: readonly { values: readonly IndicatorValue[] }[]): number[] {
  const years = new Set<number>();
  for (const indicator of indicators) {
    for (const value of indicator.values) if (value.kind === 'TARGET' && isYearly(value)) years.add(value.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Lower case without diacritics, for forgiving search. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
