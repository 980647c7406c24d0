// The performance-agreement action plan (Rencana Aksi PK): programs →
// activities (kegiatan, Activity rows with a budget) → sub-activities (Action
// rows with a budget), each activity's indicators with the annual target and
// each sub-activity's indicator with the TW I–IV targets. Targets are stored
// the way the demo import and PerformanceAgreementGrid read them: Indicator
// (scope ACTIVITY, activityId or actionId) + IndicatorValue TARGET of the
// plan's year, quarter 0 (annual) or 1–4, government scope (scopeKey '').
import type { Activity, Indicator, IndicatorValue, WorkPlan } from '@rb/db';
import {
  parsePkTarget,
  pkValueType,
  ZCreatePkActivity,
  ZCreatePkSubActivity,
  ZCreateProgram,
  ZSetPkTargets,
  ZUpdatePkActivity,
  ZUpdatePkSubActivity,
  ZUpdateProgram,
} from '@rb/domain';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput, forbidden } from '../../errors.ts';
import { checkTypedValues } from '../checks/typed.ts';
import { activeLocks, isLocked } from '../indicator/periods.ts';
import { isUuid, parseInput, requireScope, type Writer, write } from '../kernel.ts';
import { PLANNER } from './create.ts';

const ZDelete = z.object({
  id: z.guid({ error: 'validation.uuid' }),
  version: z.number({ error: 'validation.version' }).int({ error: 'validation.version' }).min(1, { error: 'validation.version' }),
});

/** The PK plan `id` the caller may edit (else NOT_FOUND / BAD_USER_INPUT on `field` / FORBIDDEN). */
async function pkPlan(w: Writer, id: string, field: string): Promise<WorkPlan> {
  const plan = await w.find(w.tx.workPlan, 'WorkPlan', id);
  // A renaksi plan keeps its TW I–IV targets the same way (its actions' output indicators).
  if (plan.kind !== 'PERFORMANCE_AGREEMENT' && plan.kind !== 'RENAKSI') throw badInput('plans.notPerformanceAgreement', field);
  await requireScope(w, PLANNER, plan.agencyId);
  return plan;
}

async function pkActivity(w: Writer, id: string, field = 'activityId') {
  const activity = await w.find(w.tx.activity, 'Activity', id);
  if (!activity.workPlanId) throw badInput('plans.notPerformanceAgreement', field);
  const plan = await pkPlan(w, activity.workPlanId, field);
  return { activity, plan };
}

async function pkSubActivity(w: Writer, id: string) {
  const action = await w.find(w.tx.action, 'SubActivity', id);
  const { activity, plan } = await pkActivity(w, action.activityId, 'id');
  return { action, activity, plan };
}

const present = <T extends Record<string, unknown>>(data: T, keys: readonly (keyof T)[]) => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (data[k] !== undefined) out[k as string] = data[k];
  return out;
};

// ── programs ──

export const createProgram = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateProgram, input);
    const plan = await pkPlan(w, data.workPlanId, 'workPlanId');
    const sortOrder = await w.tx.program.count({ where: { workPlanId: plan.id } });
    return w.create(w.tx.program, 'Program', { workPlanId: plan.id, code: data.code ?? null, name: data.name, sortOrder });
  });

export const updateProgram = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZUpdateProgram, input);
    const program = await w.find(w.tx.program, 'Program', data.id);
    await pkPlan(w, program.workPlanId, 'id');
    return w.update(w.tx.program, 'Program', { id: data.id, version: data.version, data: present(data, ['code', 'name']) });
  });

export const deleteProgram = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZDelete, args);
    const program = await w.find(w.tx.program, 'Program', id);
    const plan = await pkPlan(w, program.workPlanId, 'id');
    const count = await w.tx.activity.count({ where: { programId: id } });
    if (count > 0) throw badInput('plans.programHasActivities', 'id', { count });
    await w.remove(w.tx.program, 'Program', { id, version });
    return plan;
  });

// ── activities (kegiatan) ──

export const createPkActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreatePkActivity, input);
    const program = await w.find(w.tx.program, 'Program', data.programId);
    const plan = await pkPlan(w, program.workPlanId, 'programId');
    const sortOrder = await w.tx.activity.count({ where: { workPlanId: plan.id } });
    return w.create(w.tx.activity, 'Activity', {
      workPlanId: plan.id,
      programId: program.id,
      code: data.code ?? null,
      name: data.name,
      budget: data.budget ?? null,
      sortOrder,
    });
  });

export const updatePkActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZUpdatePkActivity, input);
    const { plan } = await pkActivity(w, data.id, 'id');
    if (data.programId !== undefined) {
      const target = isUuid(data.programId) ? await w.tx.program.findFirst({ where: { id: data.programId, workPlanId: plan.id } }) : null;
      if (!target) throw badInput('validation.invalid', 'programId');
    }
    return w.update(w.tx.activity, 'Activity', {
      id: data.id,
      version: data.version,
      data: present(data, ['code', 'name', 'budget', 'programId']),
    });
  });

export const deletePkActivity = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZDelete, args);
    const { plan } = await pkActivity(w, id, 'id');
    await w.remove(w.tx.activity, 'Activity', { id, version });
    return plan;
  });

// ── sub-activities (Action rows) ──

export const createPkSubActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreatePkSubActivity, input);
    const { activity } = await pkActivity(w, data.activityId);
    const sortOrder = await w.tx.action.count({ where: { activityId: activity.id } });
    return w.create(w.tx.action, 'SubActivity', {
      activityId: activity.id,
      code: data.code ?? null,
      name: data.name,
      budget: data.budget ?? null,
      sortOrder,
    });
  });

export const updatePkSubActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZUpdatePkSubActivity, input);
    await pkSubActivity(w, data.id);
    return w.update(w.tx.action, 'SubActivity', { id: data.id, version: data.version, data: present(data, ['code', 'name', 'budget']) });
  });

export const deletePkSubActivity = (ctx: Context, args: unknown): Promise<Activity> =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZDelete, args);
    const { activity } = await pkSubActivity(w, id);
    await w.remove(w.tx.action, 'SubActivity', { id, version });
    return activity;
  });

// ── indicators and targets ──

/** The activity or sub-activity `ownerId` of a PK plan the caller may edit. */
async function targetOwner(w: Writer, ownerId: string) {
  if (!isUuid(ownerId)) throw badInput('validation.uuid', 'ownerId');
  const activity = await w.tx.activity.findFirst({ where: { id: ownerId, governmentId: w.gid } });
  if (activity) {
    const { plan } = await pkActivity(w, activity.id, 'ownerId');
    return { plan, link: { activityId: activity.id }, quarterly: false };
  }
  const action = await w.tx.action.findFirst({ where: { id: ownerId, governmentId: w.gid } });
  if (!action) throw badInput('validation.invalid', 'ownerId');
  const { plan } = await pkActivity(w, action.activityId, 'ownerId');
  return { plan, link: { actionId: action.id }, quarterly: true };
}

export const setPkTargets = (ctx: Context, input: unknown) =>
  write(ctx, async (w): Promise<Indicator> => {
    const data = parseInput(ZSetPkTargets, input);
    const { plan, link, quarterly } = await targetOwner(w, data.ownerId);
    const unit = data.unit ?? null;
    // Read every target before writing anything: one bad value refuses the whole call.
    const wanted: { quarter: number; field: string; raw: string }[] = [];
    if (data.annual !== undefined) wanted.push({ quarter: 0, field: 'annual', raw: data.annual });
    data.quarters?.forEach((raw, i) => wanted.push({ quarter: i + 1, field: `quarters.${i}`, raw }));
    const parsed = wanted.map((v) => {
      const value = parsePkTarget(v.raw, unit);
      if (value && !value.ok) throw badInput('plans.invalidTarget', v.field);
      return { ...v, value: value?.ok ? value : null };
    });
    const locks = await activeLocks(w.tx, w.gid, [plan.year]);
    for (const p of parsed) {
      if (isLocked(locks, plan.year, p.quarter)) throw forbidden('plans.periodClosed', { year: plan.year });
    }
    const fields = { name: data.name, unit, valueType: pkValueType(unit) };
    let indicator: Indicator;
    if (data.indicatorId) {
      const current = await w.find(w.tx.indicator, 'Indicator', data.indicatorId);
      const owns = 'activityId' in link ? current.activityId === link.activityId : current.actionId === link.actionId;
      if (!owns) throw badInput('plans.notPlanIndicator', 'indicatorId');
      if (data.version === undefined) throw badInput('validation.version', 'version');
      indicator = await w.update(w.tx.indicator, 'Indicator', { id: current.id, version: data.version, data: fields });
    } else {
      const sortOrder = await w.tx.indicator.count({ where: link });
      indicator = await w.create(w.tx.indicator, 'Indicator', {
        ...link,
        ...fields,
        scope: 'ACTIVITY',
        ownerAgencyId: plan.agencyId,
        frequency: quarterly ? 'QUARTERLY' : 'YEARLY',
        sortOrder,
      });
    }
    // The plan checks of the targets typed (an error or unconfirmed warnings roll the whole call back).
    const typed = parsed.map((p) => ({
      indicatorId: indicator.id,
      kind: 'TARGET' as const,
      year: plan.year,
      quarter: p.quarter,
      scopeKey: '',
      value: p.value,
    }));
    await checkTypedValues(
      w.tx,
      w.gid,
      [indicator],
      typed,
      typed.map((t) => ({ type: 'VALUE' as const, ...t })),
      data.confirmWarnings ?? false,
      (index) => parsed[index]?.field ?? 'quarters',
    );
    for (const p of parsed) await writeTarget(w, indicator.id, plan.year, p.quarter, p.value);
    return indicator;
  });

async function writeTarget(
  w: Writer,
  indicatorId: string,
  year: number,
  quarter: number,
  value: { numericValue: string | null; categoryValue: string | null; textValue: string; notAvailable: boolean } | null,
) {
  const key = { indicatorId, scopeKey: '', kind: 'TARGET' as const, year, quarter, month: 0 };
  const before: IndicatorValue | null = await w.tx.indicatorValue.findUnique({
    where: { indicatorId_scopeKey_kind_year_quarter_month: key },
  });
  if (!value) {
    if (before) {
      await w.tx.indicatorValue.delete({ where: { id: before.id } });
      await w.audit('IndicatorValue', before.id, 'DELETE', before);
    }
    return;
  }
  const fields = {
    numericValue: value.numericValue,
    categoryValue: value.categoryValue,
    textValue: value.textValue,
    notAvailable: value.notAvailable,
    enteredById: w.ctx.user?.id ?? null,
  };
  if (before) {
    if (before.textValue === value.textValue && before.notAvailable === value.notAvailable) return;
    const after = await w.tx.indicatorValue.update({ where: { id: before.id }, data: { ...fields, version: { increment: 1 } } });
    await w.audit('IndicatorValue', before.id, 'UPDATE', before, after);
  } else {
    const after = await w.tx.indicatorValue.create({ data: { ...key, governmentId: w.gid, ...fields } });
    await w.audit('IndicatorValue', after.id, 'CREATE', undefined, after);
  }
}

/** Deletes an indicator of a PK activity or sub-activity with its values. */
export const deletePkIndicator = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZDelete, args);
    const indicator = await w.find(w.tx.indicator, 'Indicator', id);
    const ownerId = indicator.activityId ?? indicator.actionId;
    if (!ownerId) throw badInput('plans.notPlanIndicator', 'id');
    await targetOwner(w, ownerId);
    await w.remove(w.tx.indicator, 'Indicator', { id, version });
    return id;
  });
