// Steps (Rencana Kerja / Tahapan Kerja) of a work plan: edit, schedule,
// create, delete (with a snapshot to undo), restore, reorder and move.
import { type TStepPatch, ZCreateStep, ZMove, ZStepPatch } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { checkAgency, findPlanAction, findPlanStep, ordered, parseInput, placeAmongSiblings, presentFields, type Tx } from './common.ts';

const STEP_FIELDS = ['name', 'output', 'successCriteria', 'responsibleAgencyId', 'responsibleText', 'months'] as const;

async function applyStepPatch(tx: Tx, ctx: Context, gid: string, patch: TStepPatch) {
  await findPlanStep(tx, gid, patch.id);
  await checkAgency(tx, gid, patch.responsibleAgencyId);
  const data = presentFields(patch, STEP_FIELDS);
  const { before, after } = await updateVersioned(tx.step, {
    where: { id: patch.id, governmentId: gid },
    version: patch.version,
    data,
    what: 'Step',
  });
  await audit(tx, ctx, { entity: 'Step', entityId: patch.id, action: 'UPDATE', before, after });
  return after;
}

/** One step edit (text, responsible agency, months). */
export async function updateStep(ctx: Context, input: unknown) {
  const patch = parseInput(ZStepPatch, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction((tx) => applyStepPatch(tx, ctx, gid, patch));
}

/** Several step edits (a pasted block) in one transaction: all or nothing. */
export async function updateSteps(ctx: Context, inputs: unknown) {
  const patches = parseInput(z.array(ZStepPatch).min(1).max(1000), inputs);
  if (new Set(patches.map((p) => p.id)).size !== patches.length) throw badInput('A step appears twice in the same edit', 'inputs');
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const out = [];
    for (const patch of patches) out.push(await applyStepPatch(tx, ctx, gid, patch));
    return out;
  });
}

export async function createStep(ctx: Context, input: unknown) {
  const data = parseInput(ZCreateStep, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await findPlanAction(tx, gid, data.actionId);
    await checkAgency(tx, gid, data.responsibleAgencyId);
    const siblings = await tx.step.findMany({
      where: { actionId: data.actionId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const step = await tx.step.create({
      data: {
        governmentId: gid,
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
    await audit(tx, ctx, { entity: 'Step', entityId: step.id, action: 'CREATE', after: created });
    return created;
  });
}

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

export async function deleteStep(ctx: Context, args: { id: string; version: number }) {
  const { id, version } = parseInput(z.object({ id: z.guid('validation.uuid'), version: z.number().int().min(1) }), args);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { step } = await findPlanStep(tx, gid, id);
    if (step.version !== version)
      throw conflict(`Step was changed by someone else (now version ${step.version}); reload and try again`, step);
    const snapshot = await stepSnapshot(tx, id);
    await tx.step.delete({ where: { id } });
    await audit(tx, ctx, { entity: 'Step', entityId: id, action: 'DELETE', before: snapshot });
    const action = await tx.action.findUniqueOrThrow({ where: { id: step.actionId } });
    return { action, snapshot };
  });
}

const ZRealizationSnapshot = z.object({
  month: z.number().int().min(1).max(12),
  status: z.enum(['DONE', 'PARTIAL', 'NOT_DONE']),
  note: z.string().max(2000).nullish(),
  evidenceLinks: z.array(z.string().max(2000)).max(20),
});

export const ZStepSnapshot = z.object({
  id: z.guid('validation.uuid'),
  actionId: z.guid('validation.uuid'),
  name: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  output: z.string().max(2000).nullish(),
  successCriteria: z.string().max(2000).nullish(),
  responsibleAgencyId: z.guid('validation.uuid').nullish(),
  responsibleText: z.string().max(500).nullish(),
  months: z.array(z.number().int().min(1, 'validation.month').max(12, 'validation.month')),
  sortOrder: z.number().int().min(0),
  realizations: z.array(ZRealizationSnapshot),
  baselines: z.array(z.object({ baselineId: z.guid(), months: z.array(z.number().int().min(1).max(12)) })),
});

/** Re-creates a deleted step inside a transaction (also used by restoreAction). */
export async function insertStepSnapshot(tx: Tx, gid: string, snap: z.infer<typeof ZStepSnapshot>) {
  if (await tx.step.findUnique({ where: { id: snap.id }, select: { id: true } })) throw badInput('This step still exists', 'id');
  await checkAgency(tx, gid, snap.responsibleAgencyId);
  const baselineIds = snap.baselines.map((b) => b.baselineId);
  const baselines = await tx.planBaseline.findMany({ where: { id: { in: baselineIds } }, select: { id: true } });
  const step = await tx.step.create({
    data: {
      id: snap.id,
      governmentId: gid,
      actionId: snap.actionId,
      name: snap.name,
      output: snap.output ?? null,
      successCriteria: snap.successCriteria ?? null,
      responsibleAgencyId: snap.responsibleAgencyId ?? null,
      responsibleText: snap.responsibleText ?? null,
      months: [...new Set(snap.months)].sort((a, b) => a - b),
      sortOrder: snap.sortOrder,
      realizations: {
        create: snap.realizations.map((r) => ({ month: r.month, status: r.status, note: r.note ?? null, evidenceLinks: r.evidenceLinks })),
      },
      baselines: {
        create: snap.baselines
          .filter((b) => baselines.some((x) => x.id === b.baselineId))
          .map((b) => ({ baselineId: b.baselineId, months: b.months })),
      },
    },
  });
  return step;
}

export async function restoreStep(ctx: Context, snapshot: unknown) {
  const snap = parseInput(ZStepSnapshot, snapshot);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await findPlanAction(tx, gid, snap.actionId);
    const step = await insertStepSnapshot(tx, gid, snap);
    const siblings = await tx.step.findMany({
      where: { actionId: snap.actionId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const others = siblings.filter((s) => s.id !== step.id);
    const sortOrder = await placeAmongSiblings(others, step.id, snap.sortOrder, (id, s) =>
      tx.step.update({ where: { id }, data: { sortOrder: s } }),
    );
    const restored = { ...step, sortOrder };
    await audit(tx, ctx, { entity: 'Step', entityId: step.id, action: 'CREATE', after: { ...snap, restored: true } });
    return restored;
  });
}

/** Reorders a step within its action or moves it to another action of the same plan. */
export async function moveStep(ctx: Context, input: unknown) {
  const move = parseInput(ZMove, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { step, workPlanId } = await findPlanStep(tx, gid, move.id);
    const target = await findPlanAction(tx, gid, move.parentId).catch(() => {
      throw badInput('parentId: unknown action of this government', 'parentId');
    });
    if (target.workPlanId !== workPlanId) throw badInput('parentId: a step can only move to an action of the same plan', 'parentId');
    const { before, after } = await updateVersioned(tx.step, {
      where: { id: step.id, governmentId: gid },
      version: move.version,
      data: { actionId: move.parentId },
      what: 'Step',
    });
    const siblings = await tx.step.findMany({
      where: { actionId: move.parentId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const sortOrder = await placeAmongSiblings(siblings, step.id, move.index, (id, s) =>
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
    await audit(tx, ctx, { entity: 'Step', entityId: step.id, action: 'UPDATE', before, after: moved });
    const from = await tx.action.findUniqueOrThrow({ where: { id: before.actionId } });
    const to = await tx.action.findUniqueOrThrow({ where: { id: move.parentId } });
    return { step: moved, from, to };
  });
}
