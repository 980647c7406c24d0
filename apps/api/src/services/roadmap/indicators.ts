// Road-map indicators: goal indicators (indikator sasaran) and area success
// indicators (indikator keberhasilan), with their baseline (value or "n.a",
// year, source) and one target per year of the road map. Values are typed the
// Indonesian way and read with @rb/domain parseIndicatorValue; they are
// stored as IndicatorValue rows (government-wide: scopeKey '', quarter 0).
import { parseIndicatorValue } from '@rb/domain';
import type { Indicator, Roadmap } from '@rb/db';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { ZIndicatorFields, definitionData, resolveDefinition, valueSpec } from '../indicator/manage.ts';
import { forgetStatuses } from '../indicator/status.ts';
import { parseInput, type Writer, write } from '../kernel.ts';
import { checkTypedValues } from '../checks/typed.ts';
import { checkYearIn, nextOrder, openRoadmap, optText, requiredText, requireRoadmapWriter, text, ZId, ZVersion, ZYear } from './common.ts';

const ZPlanValue = z.object({
  year: ZYear,
  text: text(200),
  source: optText(500),
  version: ZVersion.nullish(),
});
type PlanValue = z.output<typeof ZPlanValue>;

const ZPlan = {
  baseline: ZPlanValue.nullish(),
  targets: z.array(ZPlanValue, 'validation.invalid').max(12, 'validation.tooLong').nullish(),
  /** The user saw the plan checks' warnings on these values and keeps them. */
  confirmWarnings: z.boolean('validation.invalid').optional(),
};

const ZCreate = ZIndicatorFields.omit({ frequency: true }).extend({
  roadmapId: ZId,
  goalId: ZId.nullish(),
  areaId: ZId.nullish(),
  name: requiredText(1000),
  ...ZPlan,
});

/** A goal indicator (with goalId) or an area success indicator (with areaId), with its baseline and targets. */
export const createRoadmapIndicator = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { roadmapId, goalId, areaId, baseline, targets, confirmWarnings, ...fields } = parseInput(ZCreate, input);
    await requireRoadmapWriter(w);
    const roadmap = await openRoadmap(w, roadmapId);
    if (!goalId === !areaId) throw badInput('validation.required', goalId ? 'areaId' : 'goalId');
    if (goalId) {
      const goal = await w.find(w.tx.goal, 'Goal', goalId);
      if (goal.roadmapId !== roadmapId || goal.archivedAt) throw badInput('roadmap.wrongRoadmap', 'goalId', { what: 'Goal' });
    } else {
      await w.find(w.tx.area, 'Area', areaId as string);
    }
    const def = await resolveDefinition(w, fields);
    const siblings = goalId ? { goalId } : { areaId, roadmapId };
    const sortOrder = await nextOrder(w.tx.indicator.aggregate({ where: siblings, _max: { sortOrder: true } }));
    const row = await w.create(w.tx.indicator, 'Indicator', {
      ...definitionData(def),
      roadmapId,
      goalId: goalId ?? null,
      areaId: areaId ?? null,
      scope: goalId ? 'GOAL' : 'AREA',
      frequency: 'YEARLY',
      sortOrder,
    });
    await writePlan(w, row, roadmap, baseline ?? null, targets ?? [], confirmWarnings ?? false);
    forgetStatuses(ctx);
    return row;
  });

const ZSetPlan = z.object({ indicatorId: ZId, ...ZPlan });

/** Sets the baseline and/or yearly targets of a road-map indicator; empty text removes one. All or nothing. */
export const setIndicatorPlan = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const { indicatorId, baseline, targets, confirmWarnings } = parseInput(ZSetPlan, input);
    await requireRoadmapWriter(w);
    const indicator = await w.find(w.tx.indicator, 'Indicator', indicatorId);
    if (!indicator.roadmapId) throw badInput('roadmap.notRoadmapIndicator', 'indicatorId');
    const roadmap = await openRoadmap(w, indicator.roadmapId, 'indicatorId');
    await writePlan(w, indicator, roadmap, baseline ?? null, targets ?? [], confirmWarnings ?? false);
    ctx.loaders.valuesByIndicator.clear(indicatorId);
    forgetStatuses(ctx);
    return indicator;
  });

/** Checks every value first (years, text), then writes them, each versioned and audited. */
async function writePlan(
  w: Writer,
  indicator: Indicator,
  roadmap: Roadmap,
  baseline: PlanValue | null,
  targets: PlanValue[],
  confirmWarnings: boolean,
) {
  const spec = valueSpec({
    ...indicator,
    scaleMin: indicator.scaleMin?.toString() ?? null,
    scaleMax: indicator.scaleMax?.toString() ?? null,
  });
  const read = (v: PlanValue, field: string, label: string) => {
    if (v.text.trim() === '') return null;
    const parsed = parseIndicatorValue(v.text, spec);
    if (!parsed.ok) {
      throw badInput('roadmap.value', field, { label, detailId: parsed.message.id, detailEn: parsed.message.en });
    }
    return {
      numericValue: parsed.numericValue,
      categoryValue: parsed.categoryValue,
      textValue: parsed.textValue,
      notAvailable: parsed.notAvailable,
    };
  };
  const seen = new Set<number>();
  const plannedTargets = targets.map((t, i) => {
    checkYearIn(roadmap, t.year, `targets.${i}.year`);
    if (seen.has(t.year)) throw badInput('roadmap.duplicateYear', `targets.${i}.year`, { year: t.year });
    seen.add(t.year);
    return { input: t, value: read(t, `targets.${i}.text`, `Target ${t.year}`) };
  });
  let plannedBaseline: { input: PlanValue; value: ReturnType<typeof read> } | null = null;
  if (baseline) {
    if (baseline.year > roadmap.startYear) throw badInput('roadmap.baselineYear', 'baseline.year', { start: roadmap.startYear });
    plannedBaseline = { input: baseline, value: read(baseline, 'baseline.text', `Baseline ${baseline.year}`) };
  }

  // The plan checks of what is typed (an error, or warnings not confirmed, refuse the whole call).
  const typed = [
    ...(plannedBaseline ? [{ kind: 'BASELINE' as const, year: plannedBaseline.input.year, value: plannedBaseline.value }] : []),
    ...plannedTargets.map((t) => ({ kind: 'TARGET' as const, year: t.input.year, value: t.value })),
  ].map((t) => ({ ...t, indicatorId: indicator.id, quarter: 0, scopeKey: '' }));
  await checkTypedValues(
    w.tx,
    w.gid,
    [indicator],
    typed,
    typed.map((t) => ({ type: 'VALUE' as const, ...t })),
    confirmWarnings,
    // The baseline comes first when sent, then the targets in their order.
    (index) => (plannedBaseline ? (index === 0 ? 'baseline.text' : `targets.${index - 1}.text`) : `targets.${index}.text`),
  );

  const userId = w.ctx.user?.id ?? null;
  const gov = { indicatorId: indicator.id, scopeKey: '', quarter: 0, month: 0 };
  if (plannedBaseline) {
    // One baseline per indicator: a new year moves it.
    const existing = await w.tx.indicatorValue.findFirst({ where: { ...gov, kind: 'BASELINE' }, orderBy: { year: 'desc' } });
    await put(
      w,
      existing,
      plannedBaseline.input,
      plannedBaseline.value,
      { ...gov, kind: 'BASELINE', year: plannedBaseline.input.year },
      userId,
    );
  }
  for (const { input, value } of plannedTargets) {
    const existing = await w.tx.indicatorValue.findFirst({ where: { ...gov, kind: 'TARGET', year: input.year } });
    await put(w, existing, input, value, { ...gov, kind: 'TARGET', year: input.year }, userId);
  }
}

type ValueRow = { id: string; version: number };

async function put(
  w: Writer,
  existing: ValueRow | null,
  input: PlanValue,
  value: { numericValue: string | null; categoryValue: string | null; textValue: string; notAvailable: boolean } | null,
  key: { indicatorId: string; scopeKey: string; quarter: number; month: number; kind: 'BASELINE' | 'TARGET'; year: number },
  enteredById: string | null,
) {
  if (!existing) {
    if (input.version) throw conflict('error.conflictGone', null, { what: 'IndicatorValue' });
    if (!value) return;
    await w.create(w.tx.indicatorValue, 'IndicatorValue', { ...key, ...value, source: input.source ?? null, enteredById });
    return;
  }
  const version = input.version ?? 0;
  if (!value) {
    await w.remove(w.tx.indicatorValue, 'IndicatorValue', { id: existing.id, version });
    return;
  }
  await w.update(w.tx.indicatorValue, 'IndicatorValue', {
    id: existing.id,
    version,
    data: { year: key.year, ...value, ...(input.source !== undefined ? { source: input.source } : {}), enteredById },
  });
}
