// Defining indicators: what an indicator measures (name, unit, value type,
// scale, ordered categories and how they become an achievement, direction,
// frequency, owner agency) and its own
// status thresholds. Goal and area indicators of a road map are created by
// services/roadmap/indicators.ts with the same definition rules; this file
// creates the indicators outside the road map (performance agreement, agency
// indicators) and edits and archives any indicator. Planners and
// administrators; a planner limited to an agency only for that agency's
// indicators (requireScope).
import {
  type CategoryAchievementRule,
  DEFAULT_CATEGORY_RULE,
  type IndicatorValueSpec,
  parseIndicatorValue,
  parseIndonesianNumber,
  VALUE_TYPES,
} from '@rb/domain';
import type { Indicator } from '@rb/db';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { checkAgency, parseInput, requireScope, type Writer, write } from '../kernel.ts';
import { forgetStatuses } from './status.ts';

export const EDIT_ROLES = ['PLANNER'] as const;

const text = (max: number) => z.string('validation.invalid').trim().max(max, 'validation.tooLong');
/** Optional free text: "" and null clear it. */
const optText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');
const ZId = z.guid('validation.uuid');

/** The fields that define an indicator; every one optional so updates can send only what changed. */
export const ZIndicatorFields = z.object({
  code: optText(50),
  name: text(1000).min(1, 'validation.required').optional(),
  unit: optText(100),
  valueType: z.enum(VALUE_TYPES, 'validation.invalid').optional(),
  /** As typed, the Indonesian way ("0", "43,84"); "" or null = no bound. */
  scaleMin: optText(40),
  scaleMax: optText(40),
  /** Ordered best first (CATEGORY). */
  categories: z.array(text(60).min(1, 'validation.required'), 'validation.invalid').max(30, 'validation.tooLong').optional(),
  direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], 'validation.invalid').optional(),
  /** CATEGORY only: met / not met (default) or a share by rank (@rb/domain achievement). */
  categoryAchievement: z.enum(['MET_OR_NOT', 'RANK_SHARE'], 'validation.invalid').optional(),
  /** How quarterly targets relate to the year (plan checks); null = not declared. */
  accumulation: z.enum(['CUMULATIVE', 'ADDITIVE'], 'validation.invalid').nullish(),
  frequency: z.enum(['YEARLY', 'QUARTERLY', 'MONTHLY'], 'validation.invalid').optional(),
  definition: optText(4000),
  source: optText(1000),
  ownerAgencyId: ZId.nullish(),
});
export type IndicatorFields = z.output<typeof ZIndicatorFields>;

type Definition = {
  code: string | null;
  name: string;
  unit: string | null;
  valueType: (typeof VALUE_TYPES)[number];
  scaleMin: string | null;
  scaleMax: string | null;
  categories: string[];
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  categoryAchievement: CategoryAchievementRule;
  accumulation: 'CUMULATIVE' | 'ADDITIVE' | null;
  frequency: 'YEARLY' | 'QUARTERLY' | 'MONTHLY';
  definition: string | null;
  source: string | null;
  ownerAgencyId: string | null;
};

function bound(raw: string | null, field: string): string | null {
  if (raw === null) return null;
  const parsed = parseIndonesianNumber(raw);
  if (!parsed.ok) throw badInput('indicatorDef.number', field);
  return parsed.value;
}

/**
 * The definition after applying `fields` over `current` (or the defaults),
 * checked as a whole: a name, numbers for the scale in order, categories
 * (distinct, at least two) for a CATEGORY indicator. The agency is checked
 * against the government and the caller's scope.
 */
export async function resolveDefinition(w: Writer, fields: IndicatorFields, current?: Indicator): Promise<Definition> {
  const pick = <K extends keyof IndicatorFields, V>(key: K, fallback: V) =>
    (fields[key] === undefined ? fallback : fields[key]) as Exclude<IndicatorFields[K], undefined> | V;
  const name = pick('name', current?.name ?? '');
  if (!name) throw badInput('validation.required', 'name');
  const valueType = pick('valueType', current?.valueType ?? 'NUMBER');
  const def: Definition = {
    code: pick('code', current?.code ?? null),
    name,
    unit: pick('unit', current?.unit ?? null),
    valueType,
    scaleMin: fields.scaleMin === undefined ? (current?.scaleMin?.toString() ?? null) : bound(fields.scaleMin, 'scaleMin'),
    scaleMax: fields.scaleMax === undefined ? (current?.scaleMax?.toString() ?? null) : bound(fields.scaleMax, 'scaleMax'),
    categories: pick('categories', current?.categories ?? []),
    direction: pick('direction', current?.direction ?? 'HIGHER_IS_BETTER'),
    categoryAchievement: pick('categoryAchievement', current?.categoryAchievement ?? DEFAULT_CATEGORY_RULE),
    accumulation: pick('accumulation', current?.accumulation ?? null),
    frequency: pick('frequency', current?.frequency ?? 'YEARLY'),
    definition: pick('definition', current?.definition ?? null),
    source: pick('source', current?.source ?? null),
    ownerAgencyId: pick('ownerAgencyId', current?.ownerAgencyId ?? null),
  };
  if (def.scaleMin !== null && def.scaleMax !== null && Number(def.scaleMin) > Number(def.scaleMax)) {
    throw badInput('indicatorDef.scaleOrder', 'scaleMax');
  }
  if (valueType === 'CATEGORY') {
    if (def.categories.length < 2) throw badInput('indicatorDef.categoriesRequired', 'categories');
    const seen = new Set<string>();
    for (const [i, c] of def.categories.entries()) {
      const k = c.toLowerCase();
      if (seen.has(k)) throw badInput('indicatorDef.duplicateCategory', `categories.${i}`, { category: c });
      seen.add(k);
    }
  } else {
    def.categories = [];
    def.categoryAchievement = DEFAULT_CATEGORY_RULE;
  }
  if (valueType === 'CATEGORY' || valueType === 'TEXT') {
    def.scaleMin = null;
    def.scaleMax = null;
  }
  if (def.ownerAgencyId !== (current?.ownerAgencyId ?? null)) await checkAgency(w, def.ownerAgencyId, 'ownerAgencyId');
  return def;
}

/** How an indicator's values are read (for parseIndicatorValue). */
export function valueSpec(def: Pick<Definition, 'valueType' | 'categories' | 'scaleMin' | 'scaleMax' | 'unit'>): IndicatorValueSpec {
  return { valueType: def.valueType, categories: def.categories, scaleMin: def.scaleMin, scaleMax: def.scaleMax, unit: def.unit };
}

/** The stored columns of a definition. */
export function definitionData(def: Definition) {
  return { ...def };
}

const ZThresholds = z.object({
  onTrackMin: z.number('indicatorDef.percent').min(0, 'indicatorDef.percent').max(1000, 'indicatorDef.percent'),
  atRiskMin: z.number('indicatorDef.percent').min(0, 'indicatorDef.percent').max(1000, 'indicatorDef.percent'),
});

const OUTSIDE_SCOPES = ['PERFORMANCE_AGREEMENT', 'ACTIVITY', 'OTHER'] as const;

const ZCreate = ZIndicatorFields.extend({
  scope: z.enum(OUTSIDE_SCOPES, 'indicatorDef.scope'),
  name: text(1000).min(1, 'validation.required'),
  thresholds: ZThresholds.nullish(),
});

/** A performance-agreement or agency indicator (outside the road map), with its own thresholds when given. */
export const createIndicator = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { scope, thresholds, ...fields } = parseInput(ZCreate, input);
    const def = await resolveDefinition(w, fields);
    await requireScope(w, EDIT_ROLES, def.ownerAgencyId);
    if (thresholds && thresholds.atRiskMin > thresholds.onTrackMin) throw badInput('indicatorDef.thresholdOrder', 'thresholds.atRiskMin');
    const last = await w.tx.indicator.aggregate({ where: { governmentId: w.gid, scope }, _max: { sortOrder: true } });
    const row = await w.create(w.tx.indicator, 'Indicator', { ...definitionData(def), scope, sortOrder: (last._max.sortOrder ?? 0) + 1 });
    if (thresholds) await w.create(w.tx.statusThreshold, 'StatusThreshold', { indicatorId: row.id, ...thresholds });
    forgetStatuses(ctx);
    return row;
  });

const ZUpdate = ZIndicatorFields.extend({ id: ZId, version: ZVersion });

/**
 * Edits any indicator's definition. Values already entered must still read
 * under the new value type, scale and categories (else refused, naming one).
 */
export const updateIndicator = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version, ...fields } = parseInput(ZUpdate, input);
    const current = await w.find(w.tx.indicator, 'Indicator', id);
    await requireScope(w, EDIT_ROLES, current.ownerAgencyId);
    await requireOpenRoadmap(w, current.roadmapId);
    const def = await resolveDefinition(w, fields, current);
    if (def.ownerAgencyId !== current.ownerAgencyId) await requireScope(w, EDIT_ROLES, def.ownerAgencyId);
    await checkValuesFit(w, id, def);
    const row = await w.update(w.tx.indicator, 'Indicator', { id, version, data: definitionData(def) });
    forgetStatuses(ctx);
    return row;
  });

async function checkValuesFit(w: Writer, indicatorId: string, def: Definition) {
  const spec = valueSpec(def);
  const values = await w.tx.indicatorValue.findMany({ where: { indicatorId, notAvailable: false }, orderBy: [{ year: 'asc' }] });
  for (const v of values) {
    const raw = v.categoryValue ?? v.textValue ?? v.numericValue?.toString() ?? '';
    if (raw && !parseIndicatorValue(raw, spec).ok) {
      throw badInput('indicatorDef.valuesDoNotFit', 'valueType', { value: raw, year: v.year });
    }
  }
}

/** Refuses changes under an archived road map. */
export async function requireOpenRoadmap(w: Writer, roadmapId: string | null) {
  if (!roadmapId) return;
  const roadmap = await w.tx.roadmap.findFirst({ where: { id: roadmapId, governmentId: w.gid }, select: { archivedAt: true } });
  if (roadmap?.archivedAt) throw badInput('roadmap.archived', 'roadmapId');
}

const ZArchive = z.object({ id: ZId, version: ZVersion });

/** Archives an indicator: it keeps its values and history and leaves lists and pickers. */
export const archiveIndicator = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZArchive, input);
    const current = await w.find(w.tx.indicator, 'Indicator', id);
    await requireScope(w, EDIT_ROLES, current.ownerAgencyId);
    const row = await w.update(w.tx.indicator, 'Indicator', { id, version, data: { archivedAt: current.archivedAt ?? new Date() } });
    forgetStatuses(ctx);
    return row;
  });

const ZSetThresholds = z.object({
  indicatorId: ZId,
  /** null = use the government's thresholds again. */
  thresholds: ZThresholds.nullable(),
  /** The version of the indicator's own thresholds read; omitted when it had none. */
  version: ZVersion.nullish(),
});

/** Sets (or, with null, removes) an indicator's own status thresholds. */
export const setIndicatorThresholds = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { indicatorId, thresholds, version } = parseInput(ZSetThresholds, input);
    const indicator = await w.find(w.tx.indicator, 'Indicator', indicatorId);
    await requireScope(w, EDIT_ROLES, indicator.ownerAgencyId);
    if (thresholds && thresholds.atRiskMin > thresholds.onTrackMin) throw badInput('indicatorDef.thresholdOrder', 'thresholds.atRiskMin');
    const existing = await w.tx.statusThreshold.findFirst({ where: { governmentId: w.gid, indicatorId } });
    if (existing) {
      const args = { id: existing.id, version: version ?? 0, view: thresholdsView };
      if (thresholds) await w.update(w.tx.statusThreshold, 'StatusThreshold', { ...args, data: thresholds });
      else await w.remove(w.tx.statusThreshold, 'StatusThreshold', args);
    } else if (version) {
      throw conflict('error.conflictGone', null, { what: 'StatusThreshold' });
    } else if (thresholds) {
      await w.create(w.tx.statusThreshold, 'StatusThreshold', { indicatorId, ...thresholds });
    }
    ctx.loaders.thresholdsByGovernment.clear(w.gid);
    forgetStatuses(ctx);
    return indicator;
  });

export function thresholdsView(row: { onTrackMin: unknown; atRiskMin: unknown; version: number }) {
  return { onTrackMin: Number(row.onTrackMin), atRiskMin: Number(row.atRiskMin), version: row.version };
}
