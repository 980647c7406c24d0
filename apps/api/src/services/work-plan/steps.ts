// Steps (Rencana Kerja / Tahapan Kerja) of a work plan: edit, schedule,
// create, delete (with a snapshot to undo), restore, reorder and move.
import { MONTHS_EN, MONTHS_ID, type TStepPatch, ZCreateStep, ZMove, ZStepPatch, ZVersioned } from '@rb/domain';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { checkAgency, type Writer, write } from '../kernel.ts';
import { findPlanAction, findPlanStep, ordered, parseInput, placeAmongSiblings, presentFields, type Tx } from './common.ts';

const STEP_FIELDS = ['name', 'output', 'successCriteria', 'responsibleAgencyId', 'responsibleText', 'months'] as const;

async function applyStepPatch(w: Writer, patch: TStepPatch) {
  const { step } = await findPlanStep(w, patch.id);
  await checkAgency(w, patch.responsibleAgencyId, 'responsibleAgencyId');
  if (patch.months) await keepRealizedMonths(w, step.id, step.months, patch.months);
  return w.update(w.tx.step, 'Step', { id: patch.id, version: patch.version, data: presentFields(patch, STEP_FIELDS) });
}

/**
 * A month that has a realization is never unscheduled by an edit (a click, a
 * pasted blank cell): the realization would vanish from the plan. The planner
 * clears the realization first; the refusal names the months.
 */
async function keepRealizedMonths(w: Writer, stepId: string, before: readonly number[], after: readonly number[]) {
  const removed = before.filter((m) => !after.includes(m));
  if (!removed.length) return;
  const realized = await w.tx.stepRealization.findMany({
    where: { stepId, month: { in: removed } },
    select: { month: true },
    orderBy: { month: 'asc' },
  });
  if (!realized.length) return;
  throw badInput('editing.realizedMonthRemoved', 'months', {
    count: realized.length,
    months: realized.map((r) => MONTHS_ID[r.month - 1]).join(', '),
    monthsEn: realized.map((r) => MONTHS_EN[r.month - 1]).join(', '),
  });
}

/** One step edit (text, responsible agency, months). */
export const updateStep = (ctx: Context, input: unknown) => write(ctx, (w) => applyStepPatch(w, parseInput(ZStepPatch, input)));

/** Several step edits (a pasted block) in one transaction: all or nothing. */
export const updateSteps = (ctx: Context, inputs: unknown) =>
  write(ctx, async (w) => {
    const patches = parseInput(
      z.array(ZStepPatch, 'validation.invalid').min(1, 'validation.required').max(1000, 'validation.tooLong'),
      inputs,
    );
    if (new Set(patches.map((p) => p.id)).size !== patches.length) throw badInput('editing.stepTwice', 'inputs');
    const out = [];
    for (const patch of patches) out.push(await applyStepPatch(w, patch));
    return out;
  });

export const createStep = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateStep, input);
    const { tx } = w;
    await findPlanAction(w, data.actionId);
    await checkAgency(w, data.responsibleAgencyId, 'responsibleAgencyId');
    const siblings = await tx.step.findMany({
      where: { actionId: data.actionId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const step = await tx.step.create({
      data: {
        governmentId: w.gid,
        actionId: data.actionId,
        name: data.name,
        output: data.output ?? null,
        successCriteria: data.successCriteria ?? null,
        responsibleAgencyId: data.responsibleAgencyId ?? null,
        responsibleText: data.responsibleText ?? null,
        months: data.months ?? [],
        sortOrder: siblings.length,
      },
    });
    const sortOrder = await placeAmongSiblings([...siblings, { id: step.id, sortOrder: siblings.length }], step.id, data.index, (id, s) =>
      tx.step.update({ where: { id }, data: { sortOrder: s } }),
    );
    const created = { ...step, sortOrder };
    await w.audit('Step', step.id, 'CREATE', undefined, created);
    return created;
  });

/** What restoreStep needs to bring a deleted step back as it was. */
export async function stepSnapshot(tx: Tx, stepId: string) {
  const step = await tx.step.findUniqueOrThrow({ where: { id: stepId }, include: { realizations: true, baselines: true } });
  return {
    id: step.id,
    actionId: step.actionId,
    name: step.name,
    output: step.output,
    successCriteria: step.successCriteria,
    responsibleAgencyId: step.responsibleAgencyId,
    responsibleText: step.responsibleText,
    months: step.months,
    sortOrder: step.sortOrder,
    realizations: step.realizations
      .sort((a, b) => a.month - b.month)
      .map((r) => ({ month: r.month, status: r.status, note: r.note, evidenceLinks: r.evidenceLinks })),
    baselines: step.baselines.map((b) => ({ baselineId: b.baselineId, months: b.months })),
  };
}

export type StepSnapshot = Awaited<ReturnType<typeof stepSnapshot>>;

/** Deletes a step; returns the snapshot that restoreStep takes to undo it. */
export const deleteStep = (ctx: Context, args: { id: string; version: number }) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersioned, args);
    const { step } = await findPlanStep(w, id);
    const snapshot = await stepSnapshot(w.tx, id);
    // The audit keeps the whole step: a restore takes it from there, not from the client.
    await w.remove(w.tx.step, 'Step', { id, version, record: snapshot });
    const action = await w.tx.action.findUniqueOrThrow({ where: { id: step.actionId } });
    return { action, snapshot };
  });

const ZRealizationSnapshot = z.object({
  month: z.number('validation.month').int('validation.month').min(1, 'validation.month').max(12, 'validation.month'),
  status: z.enum(['DONE', 'PARTIAL', 'NOT_DONE'], 'validation.invalid'),
  note: z.string('validation.invalid').max(2000, 'validation.tooLong').nullish(),
  evidenceLinks: z
    .array(z.string('validation.invalid').max(2000, 'validation.tooLong'), 'validation.invalid')
    .max(20, 'validation.tooLong'),
});

export const ZStepSnapshot = z.object({
  id: z.guid('validation.uuid'),
  actionId: z.guid('validation.uuid'),
  name: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  output: z.string('validation.invalid').max(2000, 'validation.tooLong').nullish(),
  successCriteria: z.string('validation.invalid').max(2000, 'validation.tooLong').nullish(),
  responsibleAgencyId: z.guid('validation.uuid').nullish(),
  responsibleText: z.string('validation.invalid').max(500, 'validation.tooLong').nullish(),
  months: z.array(z.number('validation.month').int('validation.month').min(1, 'validation.month').max(12, 'validation.month')),
  sortOrder: z.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid'),
  realizations: z.array(ZRealizationSnapshot, 'validation.invalid'),
  baselines: z.array(
    z.object({
      baselineId: z.guid('validation.uuid'),
      months: z.array(z.number('validation.month').int('validation.month').min(1, 'validation.month').max(12, 'validation.month')),
    }),
    'validation.invalid',
  ),
});

/**
 * What the server recorded when a row of this government was deleted (the
 * audit's DELETE entry): a restore brings back that, so a client cannot make
 * up realizations, an approved baseline's months or a parent in another plan.
 */
export async function recordedDeletion<T extends z.ZodType>(w: Writer, entity: 'Step' | 'Action', id: string, schema: T) {
  const entry = await w.tx.auditLog.findFirst({
    where: { governmentId: w.gid, entity, entityId: id, action: 'DELETE' },
    orderBy: { id: 'desc' },
    select: { before: true },
  });
  const parsed = schema.safeParse(entry?.before);
  if (!parsed.success) throw badInput('editing.notDeleted', 'id', { what: entity });
  return parsed.data as z.infer<T>;
}

/** A deleted step as recorded (older records hold the row without its realizations and baselines). */
const ZRecordedStep = ZStepSnapshot.extend({
  realizations: z.array(ZRealizationSnapshot).default([]),
  baselines: ZStepSnapshot.shape.baselines.default([]),
});

/**
 * Re-creates a deleted step inside a transaction (also used by restoreAction),
 * as it was recorded when deleted, at `sortOrder` (default: where it was).
 */
export async function insertStepSnapshot(w: Writer, id: string, sortOrder?: number) {
  const { tx, gid } = w;
  const snap = await recordedDeletion(w, 'Step', id, ZRecordedStep);
  if (await tx.step.findUnique({ where: { id }, select: { id: true } })) throw badInput('editing.stillExists', 'id', { what: 'Step' });
  const { workPlanId } = await findPlanAction(w, snap.actionId);
  await checkAgency(w, snap.responsibleAgencyId, 'responsibleAgencyId');
  const months = [...new Set(snap.months)].sort((a, b) => a - b);
  // Baselines of the step's own plan that are still there.
  const baselines = await tx.planBaseline.findMany({
    where: { id: { in: snap.baselines.map((b) => b.baselineId) }, workPlanId },
    select: { id: true },
  });
  const step = await tx.step.create({
    data: {
      id,
      governmentId: gid,
      actionId: snap.actionId,
      name: snap.name,
      output: snap.output ?? null,
      successCriteria: snap.successCriteria ?? null,
      responsibleAgencyId: snap.responsibleAgencyId ?? null,
      responsibleText: snap.responsibleText ?? null,
      months,
      sortOrder: sortOrder ?? snap.sortOrder,
      realizations: {
        create: snap.realizations
          .filter((r) => months.includes(r.month))
          .map((r) => ({ month: r.month, status: r.status, note: r.note ?? null, evidenceLinks: r.evidenceLinks })),
      },
      baselines: {
        create: snap.baselines
          .filter((b) => baselines.some((x) => x.id === b.baselineId))
          .map((b) => ({ baselineId: b.baselineId, months: b.months })),
      },
    },
  });
  return { step, snap };
}

/** Brings a deleted step back as it was; the client's snapshot says which step and where. */
export const restoreStep = (ctx: Context, snapshot: unknown) =>
  write(ctx, async (w) => {
    const asked = parseInput(ZStepSnapshot.pick({ id: true, sortOrder: true }), snapshot);
    const { tx } = w;
    const { step, snap } = await insertStepSnapshot(w, asked.id, asked.sortOrder);
    const siblings = await tx.step.findMany({
      where: { actionId: step.actionId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const others = siblings.filter((s) => s.id !== step.id);
    const sortOrder = await placeAmongSiblings(others, step.id, asked.sortOrder, (id, s) =>
      tx.step.update({ where: { id }, data: { sortOrder: s } }),
    );
    await w.audit('Step', step.id, 'CREATE', undefined, { ...snap, restored: true });
    return { ...step, sortOrder };
  });

/** Reorders a step within its action or moves it to another action of the same plan. */
export const moveStep = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const move = parseInput(ZMove, input);
    const { tx } = w;
    const { step: before, workPlanId } = await findPlanStep(w, move.id);
    const target = await findPlanAction(w, move.parentId).catch(() => {
      throw badInput('editing.unknownParent', 'parentId', { what: 'Action' });
    });
    if (target.workPlanId !== workPlanId) throw badInput('editing.otherPlan', 'parentId', { what: 'Step' });
    const after = await w.update(tx.step, 'Step', { id: before.id, version: move.version, data: { actionId: move.parentId } });
    const siblings = await tx.step.findMany({
      where: { actionId: move.parentId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const sortOrder = await placeAmongSiblings(siblings, before.id, move.index, (id, s) =>
      tx.step.update({ where: { id }, data: { sortOrder: s } }),
    );
    if (before.actionId !== move.parentId) {
      const left = await tx.step.findMany({
        where: { actionId: before.actionId },
        orderBy: ordered,
        select: { id: true, sortOrder: true },
      });
      for (const [i, s] of left.entries()) if (s.sortOrder !== i) await tx.step.update({ where: { id: s.id }, data: { sortOrder: i } });
    }
    const moved = { ...after, sortOrder };
    const from = await tx.action.findUniqueOrThrow({ where: { id: before.actionId } });
    const to = await tx.action.findUniqueOrThrow({ where: { id: move.parentId } });
    return { step: moved, from, to };
  });
