/**
 * Achievement (capaian) of an indicator against its target, and the status
 * derived from it.
 *
 * Rules (percentages, rounded half away from zero to 2 decimals, computed
 * exactly with bigint so 2/3 never drifts):
 * - Higher is better: realization / target × 100.
 * - Lower is better (SAKIP practice): (target − (realization − target)) /
 *   target × 100 = (2·target − realization) / target × 100. Realization 0
 *   against a positive target gives 200.
 * - Both directions are floored at 0 and not capped above (110% is a real
 *   over-achievement).
 * - Target 0: higher-is-better → 100 when realization ≥ 0 (a target of zero
 *   is met by anything not negative), else 0; lower-is-better → 100 when
 *   realization ≤ 0, else 0 (e.g. "0 corruption cases" missed).
 * - Negative target: not computable (null); a ratio has no meaning there.
 * - CATEGORY (ordered best first, e.g. WTP > WDP > TW > TMP), by the
 *   indicator's declared rule (`categoryRule`):
 *   - MET_OR_NOT (the default): realization at or better than the target →
 *     100, worse → 0. WTP target, WDP realization → 0 (not met).
 *   - RANK_SHARE (only where the indicator declares this conversion): at or
 *     better → 100; worse → its position on a linear scale from the worst
 *     category (0) to the target (100):
 *     (n − 1 − rank(realization)) / (n − 1 − rank(target)) × 100, rank 0 =
 *     best, n = number of categories. WTP target, WDP realization → 66.67;
 *     TW → 33.33; TMP → 0.
 * - TEXT, missing values, "n.a" (notAvailable) and unknown categories → null.
 * - SCORE and LEVEL use the plain ratio like NUMBER (no rescaling by the
 *   scale minimum), as SAKIP reports do.
 */
import type { ScaledDecimal } from './decimal.ts';
import { divRound, isDecimalString, rescale, roundNumber, toScaled } from './decimal.ts';
import type { ValueType } from './indicator-value.ts';

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
/** How an ordered-category indicator's realization against its target becomes an achievement (see the rules above). */
export type CategoryAchievementRule = 'MET_OR_NOT' | 'RANK_SHARE';
export const DEFAULT_CATEGORY_RULE: CategoryAchievementRule = 'MET_OR_NOT';
export type IndicatorStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

/**
 * A target or realization: a canonical decimal string ("43.84"), a number,
 * a category name, a stored/parsed indicator value, or nothing.
 */
export type AchievementValue =
  | string
  | number
  | null
  | undefined
  | { numericValue?: string | null; categoryValue?: string | null; notAvailable?: boolean };

export interface AchievementInput {
  target: AchievementValue;
  realization: AchievementValue;
  /** Default HIGHER_IS_BETTER. Ignored for CATEGORY (categories are ordered). */
  direction?: Direction;
  valueType: ValueType;
  /** Ordered best first (CATEGORY only). */
  categories?: readonly string[] | null;
  /** CATEGORY only; default MET_OR_NOT. */
  categoryRule?: CategoryAchievementRule | null;
}

export interface StatusThresholds {
  /** Achievement at or above this (%) is on track. */
  onTrackMin: number;
  /** Achievement at or above this (%) but below onTrackMin is at risk. */
  atRiskMin: number;
}

export const DEFAULT_THRESHOLDS: Readonly<StatusThresholds> = Object.freeze({ onTrackMin: 100, atRiskMin: 80 });

function numericOf(value: AchievementValue): ScaledDecimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? toScaled(value) : null;
  if (typeof value === 'string') return isDecimalString(value.trim()) ? toScaled(value) : null;
  if (value.notAvailable) return null;
  const numeric = value.numericValue?.trim();
  return numeric && isDecimalString(numeric) ? toScaled(numeric) : null;
}

function categoryOf(value: AchievementValue): string | null {
  if (value === null || value === undefined || typeof value === 'number') return null;
  if (typeof value === 'string') return value;
  return value.notAvailable ? null : (value.categoryValue ?? null);
}

/** percent (scaled by 100, i.e. hundredths of a percent) → number with 2 decimals. */
const fromHundredths = (hundredths: bigint): number => Number(hundredths) / 100;

function numericAchievement(target: ScaledDecimal, real: ScaledDecimal, direction: Direction): number | null {
  const scale = Math.max(target.scale, real.scale);
  const t = rescale(target, scale);
  const r = rescale(real, scale);
  if (t < 0n) return null;
  const higher = direction === 'HIGHER_IS_BETTER';
  if (t === 0n) return (higher ? r >= 0n : r <= 0n) ? 100 : 0;
  const numerator = higher ? r : 2n * t - r;
  const hundredths = divRound(numerator * 10000n, t);
  return hundredths < 0n ? 0 : fromHundredths(hundredths);
}

function categoryAchievement(target: string, real: string, categories: readonly string[], rule: CategoryAchievementRule): number | null {
  const rank = (name: string) => categories.findIndex((c) => c.trim().toLowerCase() === name.trim().toLowerCase());
  const t = rank(target);
  const r = rank(real);
  if (t < 0 || r < 0) return null;
  if (r <= t) return 100;
  if (rule === 'MET_OR_NOT') return 0;
  const worst = BigInt(categories.length - 1);
  return fromHundredths(divRound((worst - BigInt(r)) * 10000n, worst - BigInt(t)));
}

/** Achievement in percent (2 decimals) or null when not computable; see the rules above. */
export function achievement(input: AchievementInput): number | null {
  const { valueType } = input;
  if (valueType === 'TEXT') return null;
  if (valueType === 'CATEGORY') {
    const target = categoryOf(input.target);
    const real = categoryOf(input.realization);
    if (target === null || real === null || !input.categories?.length) return null;
    return categoryAchievement(target, real, input.categories, input.categoryRule ?? DEFAULT_CATEGORY_RULE);
  }
  const target = numericOf(input.target);
  const real = numericOf(input.realization);
  if (!target || !real) return null;
  return numericAchievement(target, real, input.direction ?? 'HIGHER_IS_BETTER');
}

/** Status of an achievement: ≥ onTrackMin on track, ≥ atRiskMin at risk, else off track. */
export function statusFor(achievementPct: number | null | undefined, thresholds: StatusThresholds = DEFAULT_THRESHOLDS): IndicatorStatus {
  if (thresholds.atRiskMin > thresholds.onTrackMin) {
    throw new RangeError('atRiskMin must not be above onTrackMin');
  }
  if (achievementPct === null || achievementPct === undefined || Number.isNaN(achievementPct)) return 'NO_DATA';
  if (achievementPct >= thresholds.onTrackMin) return 'ON_TRACK';
  if (achievementPct >= thresholds.atRiskMin) return 'AT_RISK';
  return 'OFF_TRACK';
}

export interface RollUpChild {
  status: IndicatorStatus;
  achievement?: number | null;
  /** Default 1; 0 leaves the child out; negative throws. */
  weight?: number | null;
}

export interface RollUpOptions {
  thresholds?: StatusThresholds;
  /** Cap each child's achievement at this % before averaging (default: no cap). */
  capAchievementAt?: number | null;
}

const SEVERITY: Record<IndicatorStatus, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, NO_DATA: 3 };

/**
 * Rolls children's statuses up to their parent:
 * 1. Children with NO_DATA or weight 0 are left out; none left → NO_DATA.
 * 2. If every remaining child has an achievement, the parent's achievement is
 *    their weighted mean (weight default 1, optionally capped per child) and
 *    its status is statusFor(mean, thresholds).
 * 3. Otherwise the parent takes the worst remaining status
 *    (OFF_TRACK < AT_RISK < ON_TRACK) and has no achievement.
 * Without a cap, one child's over-achievement can offset another's shortfall.
 */
export function rollUpStatus(
  children: readonly RollUpChild[],
  opts: RollUpOptions = {},
): { status: IndicatorStatus; achievement: number | null } {
  for (const child of children) {
    if (child.weight !== null && child.weight !== undefined && !(child.weight >= 0)) {
      throw new RangeError(`Weight must be zero or more: ${child.weight}`);
    }
  }
  const counted = children.filter((c) => c.status !== 'NO_DATA' && (c.weight ?? 1) > 0);
  if (counted.length === 0) return { status: 'NO_DATA', achievement: null };
  const allHaveAchievement = counted.every((c) => typeof c.achievement === 'number' && Number.isFinite(c.achievement));
  if (allHaveAchievement) {
    const cap = opts.capAchievementAt ?? Number.POSITIVE_INFINITY;
    let weighted = 0;
    let totalWeight = 0;
    for (const child of counted) {
      const weight = child.weight ?? 1;
      weighted += weight * Math.min(child.achievement as number, cap);
      totalWeight += weight;
    }
    const mean = roundNumber(weighted / totalWeight, 2);
    return { status: statusFor(mean, opts.thresholds), achievement: mean };
  }
  const worst = counted.reduce((a, b) => (SEVERITY[b.status] < SEVERITY[a.status] ? b : a));
  return { status: worst.status, achievement: null };
}
