// Achievement and status of indicators, goals and areas for a period,
// computed with @rb/domain from values and thresholds read through the
// request's DataLoaders (no query per indicator).
import {
  DEFAULT_THRESHOLDS,
  type IndicatorStatus,
  type PeriodResult,
  type PeriodValue,
  periodAchievement,
  rollUpStatus,
  type StatusThresholds,
} from '@rb/domain';
import type { Indicator, IndicatorValue, StatusThreshold } from '@rb/db';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';

/** Each child's achievement counts at most this much in a goal's or area's mean, so one over-achiever cannot hide a shortfall. */
export const ROLL_UP_CAP = 100;

const asPeriodValue = new WeakMap<IndicatorValue, PeriodValue>();

function periodValue(row: IndicatorValue): PeriodValue {
  let v = asPeriodValue.get(row);
  if (!v) {
    v = {
      kind: row.kind,
      year: row.year,
      quarter: row.quarter,
      month: row.month,
      numericValue: row.numericValue?.toString() ?? null,
      categoryValue: row.categoryValue,
      notAvailable: row.notAvailable,
    };
    asPeriodValue.set(row, v);
  }
  return v;
}

function toThresholds(row: StatusThreshold): StatusThresholds {
  return { onTrackMin: Number(row.onTrackMin), atRiskMin: Number(row.atRiskMin) };
}

/** The government's thresholds (its default row, else the built-in 100 / 80), optionally an indicator's own. */
export async function thresholdsFor(ctx: Context, governmentId: string, indicatorId?: string): Promise<StatusThresholds> {
  const rows = await ctx.loaders.thresholdsByGovernment.load(governmentId);
  const own = indicatorId ? rows.find((r) => r.indicatorId === indicatorId) : undefined;
  const general = rows.find((r) => r.indicatorId === null);
  const row = own ?? general;
  return row ? toThresholds(row) : { ...DEFAULT_THRESHOLDS };
}

export function checkQuarter(quarter: number | null | undefined): number | null {
  if (quarter === null || quarter === undefined || quarter === 0) return null;
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badInput('Triwulan harus 1–4 (quarter must be 1–4)', 'quarter');
  return quarter;
}

export async function indicatorPeriod(
  ctx: Context,
  indicator: Indicator,
  year: number,
  quarter: number | null | undefined,
): Promise<PeriodResult> {
  const q = checkQuarter(quarter);
  const [rows, thresholds] = await Promise.all([
    ctx.loaders.valuesByIndicator.load(indicator.id),
    thresholdsFor(ctx, indicator.governmentId, indicator.id),
  ]);
  return periodAchievement(
    { valueType: indicator.valueType, direction: indicator.direction, categories: indicator.categories },
    rows.map(periodValue),
    year,
    q,
    thresholds,
  );
}

/** Roll-up of several indicators (a goal's or an area's) for a period. */
export async function rollUp(
  ctx: Context,
  governmentId: string,
  indicators: Indicator[],
  year: number,
  quarter: number | null | undefined,
): Promise<{ status: IndicatorStatus; achievement: number | null }> {
  const [children, thresholds] = await Promise.all([
    Promise.all(indicators.map((i) => indicatorPeriod(ctx, i, year, quarter))),
    thresholdsFor(ctx, governmentId),
  ]);
  return rollUpStatus(children, { thresholds, capAchievementAt: ROLL_UP_CAP });
}
