/**
 * Inputs of plan set-up (create a work plan empty, from a road map or as a
 * copy; rename, reassign, delete) and of the performance-agreement editor
 * (programs, activities, sub-activities with budgets and TW I–IV targets),
 * shared by the API services and the web forms. Messages are message keys.
 */
import { z } from 'zod';
import { type ParseIndicatorValueResult, parseIndicatorValue, type ValueType } from './indicator-value.ts';
import { parseRupiah } from './number-format.ts';
import { ZYear } from './validation.ts';

const ZId = z.guid({ error: 'validation.uuid' });
const ZVersion = z.number({ error: 'validation.version' }).int({ error: 'validation.version' }).min(1, { error: 'validation.version' });

const ZTitle = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(300, { error: 'validation.tooLong' });

/** Optional text: trimmed, "" → null; undefined = leave unchanged. */
const ZText = (max: number) =>
  z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

const ZOptionalId = ZId.nullable().optional();

/** A budget typed the Indonesian way ("1.018.175.000,00", "Rp 5.000") → canonical decimal string; "" → null. */
export const ZRupiah = z
  .string({ error: 'plans.invalidBudget' })
  .trim()
  .max(40, { error: 'plans.invalidBudget' })
  .transform((v, ctx) => {
    if (v === '') return null;
    const parsed = parseRupiah(v);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: 'plans.invalidBudget' });
      return z.NEVER;
    }
    return parsed.value;
  })
  .nullable()
  .optional();

/** Plan kinds a planner creates here (RATL plans come from the self-assessment). */
export const CREATABLE_PLAN_KINDS = ['WORK_PLAN', 'PERFORMANCE_AGREEMENT'] as const;

export const ZCreateWorkPlan = z.object({
  kind: z.enum(CREATABLE_PLAN_KINDS, { error: 'plans.kindNotCreatable' }),
  year: ZYear,
  title: ZTitle,
  agencyId: ZOptionalId,
  regulationRef: ZText(500),
});

export const ZPlanFromRoadmap = z.object({
  roadmapId: ZId,
  year: ZYear,
  title: ZTitle,
  agencyId: ZOptionalId,
  regulationRef: ZText(500),
});

export const ZCopyWorkPlan = z.object({
  sourceId: ZId,
  year: ZYear,
  title: ZTitle,
  /** Absent: the source plan's owner agency; null: the government. */
  agencyId: ZOptionalId,
  regulationRef: ZText(500),
});

export const ZUpdateWorkPlan = z.object({
  id: ZId,
  version: ZVersion,
  title: ZTitle.optional(),
  agencyId: ZOptionalId,
  regulationRef: ZText(500),
});

const ZCode = ZText(40);
const ZRowName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(500, { error: 'validation.tooLong' });

/** A new activity (kegiatan) of a work plan, under an area, optionally with its first action. */
export const ZCreatePlanActivity = z.object({
  workPlanId: ZId,
  areaId: ZOptionalId,
  code: ZCode,
  name: ZRowName,
  actionName: ZRowName.optional(),
});

export const ZCreateProgram = z.object({ workPlanId: ZId, code: ZCode, name: ZRowName });
export const ZUpdateProgram = z.object({ id: ZId, version: ZVersion, code: ZCode, name: ZRowName.optional() });

export const ZCreatePkActivity = z.object({ programId: ZId, code: ZCode, name: ZRowName, budget: ZRupiah });
export const ZUpdatePkActivity = z.object({
  id: ZId,
  version: ZVersion,
  code: ZCode,
  name: ZRowName.optional(),
  budget: ZRupiah,
  programId: ZId.optional(),
});

export const ZCreatePkSubActivity = z.object({ activityId: ZId, code: ZCode, name: ZRowName, budget: ZRupiah });
export const ZUpdatePkSubActivity = z.object({ id: ZId, version: ZVersion, code: ZCode, name: ZRowName.optional(), budget: ZRupiah });

const ZTargetText = z.string({ error: 'plans.invalidTarget' }).trim().max(100, { error: 'validation.tooLong' });

/**
 * The indicator of a PK activity (annual target) or sub-activity (TW I–IV
 * targets) with its targets as typed ("30 Orang", "43,84", "50%", "n.a"; ""
 * = no target). Creates the indicator when `indicatorId` is absent.
 */
export const ZSetPkTargets = z.object({
  /** The activity (kegiatan) or sub-activity (Action row) the indicator belongs to. */
  ownerId: ZId,
  indicatorId: ZId.optional(),
  /** The indicator's version the client read (required with indicatorId). */
  version: ZVersion.optional(),
  name: ZRowName,
  unit: ZText(60),
  annual: ZTargetText.optional(),
  quarters: z.array(ZTargetText, { error: 'plans.quarterCount' }).length(4, { error: 'plans.quarterCount' }).optional(),
  /** The user saw the plan checks' warnings on these targets and keeps them. */
  confirmWarnings: z.boolean({ error: 'validation.invalid' }).optional(),
});

export type TCreateWorkPlan = z.input<typeof ZCreateWorkPlan>;
export type TSetPkTargets = z.input<typeof ZSetPkTargets>;

/** The value type a PK target is stored with: "%" → PERCENTAGE, anything else a number with its unit. */
export function pkValueType(unit: string | null | undefined): ValueType {
  return unit?.trim() === '%' ? 'PERCENTAGE' : 'NUMBER';
}

/** Parses one typed PK target ("" → null: no target). */
export function parsePkTarget(raw: string, unit: string | null | undefined): ParseIndicatorValueResult | null {
  const text = raw.trim();
  if (text === '') return null;
  return parseIndicatorValue(text, { valueType: pkValueType(unit), unit: unit ?? null });
}
