/**
 * Which stored values an indicator's achievement and status for a period are
 * computed from.
 *
 * - A year (quarter null or 0): the year's target (quarter 0) against the
 *   year's realization (quarter 0). Without a yearly realization, the fourth
 *   quarter's realization stands for the year (quarterly realizations of a
 *   performance agreement are cumulative, TW IV = the year). Without a
 *   yearly target, the fourth quarter's target stands for it likewise.
 * - A quarter (1–4): that quarter's target against that quarter's
 *   realization; no fallback to the year (a yearly target is not a quarterly
 *   one).
 * - Values of an agency (scopeKey ≠ '') are not the government's: callers
 *   pass only the values of the scope they want.
 * - A realization written "n.a" gives NO_DATA, as does a missing one.
 */
import {
  type AchievementValue,
  achievement,
  type CategoryAchievementRule,
  type Direction,
  type IndicatorStatus,
  type StatusThresholds,
  statusFor,
} from './achievement.ts';
import type { ValueType } from './indicator-value.ts';

export type ValueKind = 'BASELINE' | 'TARGET' | 'REALIZATION';

export interface PeriodValue {
  kind: ValueKind;
  year: number;
  quarter: number;
  month?: number;
  numericValue?: string | null;
  categoryValue?: string | null;
  notAvailable?: boolean;
}

export interface PeriodIndicator {
  valueType: ValueType;
  direction?: Direction;
  categories?: readonly string[] | null;
  /** CATEGORY only: met / not met (default) or a share by rank. */
  categoryAchievement?: CategoryAchievementRule | null;
}

export interface PeriodResult<V extends PeriodValue = PeriodValue> {
  target: V | null;
  realization: V | null;
  achievement: number | null;
  status: IndicatorStatus;
}

/** The value of one kind for a year (quarter 0) or a quarter; months are not periods here. */
export function valueFor<V extends PeriodValue>(values: readonly V[], kind: ValueKind, year: number, quarter = 0): V | null {
  return values.find((v) => v.kind === kind && v.year === year && v.quarter === quarter && (v.month ?? 0) === 0) ?? null;
}

/** The baseline: the latest BASELINE value (any year), or null. */
export function baselineOf<V extends PeriodValue>(values: readonly V[]): V | null {
  let best: V | null = null;
  for (const v of values) if (v.kind === 'BASELINE' && (!best || v.year > best.year)) best = v;
  return best;
}

/** Achievement and status of an indicator for a year or a quarter (see the rules above). */
export function periodAchievement<V extends PeriodValue>(
  indicator: PeriodIndicator,
  values: readonly V[],
  year: number,
  quarter: number | null | undefined,
  thresholds?: StatusThresholds,
): PeriodResult<V> {
  const q = quarter ?? 0;
  if (!Number.isInteger(q) || q < 0 || q > 4) throw new RangeError(`Quarter must be 1–4 (or none for the year): ${quarter}`);
  let target = valueFor(values, 'TARGET', year, q);
  let realization = valueFor(values, 'REALIZATION', year, q);
  if (q === 0) {
    target ??= valueFor(values, 'TARGET', year, 4);
    realization ??= valueFor(values, 'REALIZATION', year, 4);
  }
  const pct = achievement({
    valueType: indicator.valueType,
    direction: indicator.direction,
    categories: indicator.categories,
    categoryRule: indicator.categoryAchievement,
    target: target as AchievementValue,
    realization: realization as AchievementValue,
  });
  return { target, realization, achievement: pct, status: statusFor(pct, thresholds) };
}
