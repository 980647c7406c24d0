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
import type { Indicator, StatusThreshold } from '@rb/db';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import type { SeriesRow } from './loaders.ts';

/** Each child's achievement counts at most this much in a goal's or area's mean, so one over-achiever cannot hide a shortfall. */
export const ROLL_UP_CAP = 100;

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
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badInput('indicators.quarter', 'quarter');
  return quarter;
}

/** Per request: status and achievement are separate fields but one computation (and goals and areas reuse it). */
const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

function once<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = memo.get(ctx.loaders);
  if (!cache) {
    cache = new Map();
    memo.set(ctx.loaders, cache);
  }
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = compute();
    cache.set(key, hit);
  }
  return hit;
}

/** Forgets the request's computed statuses (after values or thresholds change). */
export function forgetStatuses(ctx: Context) {
  memo.delete(ctx.loaders);
}

export function indicatorPeriod(
  ctx: Context,
  indicator: Indicator,
  year: number,
  quarter: number | null | undefined,
): Promise<PeriodResult> {
  const q = checkQuarter(quarter);
  return once(ctx, `i:${indicator.id}:${year}:${q ?? 0}`, () => computePeriod(ctx, indicator, year, q));
}

async function computePeriod(ctx: Context, indicator: Indicator, year: number, q: number | null): Promise<PeriodResult> {
  // A year reads its yearly values (else the fourth quarter's): the series rows of all years, shared with the charts.
  const [rows, thresholds] = await Promise.all([
    q === null ? ctx.loaders.seriesRows.load(indicator.id) : ctx.loaders.quarterValues.load(`${indicator.id}:${year}:${q}`),
    thresholdsFor(ctx, indicator.governmentId, indicator.id),
  ]);
  return periodAchievement(
    {
      valueType: indicator.valueType,
      direction: indicator.direction,
      categories: indicator.categories,
      categoryAchievement: indicator.categoryAchievement,
    },
    rows as PeriodValue[],
    year,
    q,
    thresholds,
  );
}

/** Roll-up of several indicators (a goal's or an area's) for a period; `key` names the parent for the request's memo. */
export function rollUp(
  ctx: Context,
  key: string,
  governmentId: string,
  indicators: Indicator[],
  year: number,
  quarter: number | null | undefined,
): Promise<{ status: IndicatorStatus; achievement: number | null }> {
  return once(ctx, `r:${key}:${year}:${quarter ?? 0}`, () => computeRollUp(ctx, governmentId, indicators, year, quarter));
}

async function computeRollUp(
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

/** A stored value in the compact form of YearSeries: "3.4", "WTP", "n.a", or null. */
function compact(row: SeriesRow | undefined): string | null {
  if (!row) return null;
  if (row.notAvailable) return 'n.a';
  if (row.numericValue !== null && row.numericValue !== undefined) return row.numericValue.toString();
  return row.categoryValue ?? row.textValue ?? null;
}

/** Targets and realizations per year (the yearly value, else the fourth quarter's) and the latest baseline. */
export async function yearSeriesOf(ctx: Context, indicatorId: string, fromYear: number, toYear: number) {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear > 29) {
    throw badInput('indicators.yearRange', 'fromYear', { max: 30 });
  }
  const rows = await ctx.loaders.seriesRows.load(indicatorId);
  const targets: (string | null)[] = [];
  const realizations: (string | null)[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    targets.push(compact(rows.find((r) => r.kind === 'TARGET' && r.year === year)));
    realizations.push(compact(rows.find((r) => r.kind === 'REALIZATION' && r.year === year)));
  }
  let baseline: SeriesRow | undefined;
  for (const r of rows) if (r.kind === 'BASELINE' && (!baseline || r.year > baseline.year)) baseline = r;
  return { fromYear, targets, realizations, baselineYear: baseline?.year ?? null, baseline: compact(baseline) };
}
