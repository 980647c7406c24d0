// Actions (Rencana Aksi) of a work plan: edit, create, delete (with a snapshot
// to undo), restore, reorder and move between activities of the same plan.
import { ZActionPatch, ZCreateAction, ZMove } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { checkAgency, findPlanAction, findPlanActivity, ordered, parseInput, placeAmongSiblings, presentFields } from './common.ts';
import { insertStepSnapshot, stepSnapshot, ZStepSnapshot } from './steps.ts';

const ACTION_FIELDS = ['name', 'output', 'successCriteria', 'responsibleAgencyId', 'responsibleText'] as const;

export async function updateAction(ctx: Context, input: unknown) {
  const patch = parseInput(ZActionPatch, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await findPlanAction(tx, gid, patch.id);
    await checkAgency(tx, gid, patch.responsibleAgencyId);
    const { before, after } = await updateVersioned(tx.action, {
      where: { id: patch.id, governmentId: gid },
      version: patch.version,
      data: presentFields(patch, ACTION_FIELDS),
      what: 'Action',
    });
    await audit(tx, ctx, { entity: 'Action', entityId: patch.id, action: 'UPDATE', before, after });
    return after;
  });
}

export async function createAction(ctx: Context, input: unknown) {
  const data = parseInput(ZCreateAction, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await findPlanActivity(tx, gid, data.activityId);
    await checkAgency(tx, gid, data.responsibleAgencyId);
    const siblings = await tx.action.findMany({
      where: { activityId: data.activityId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const action = await tx.action.create({
      data: {
        governmentId: gid,
        activityId: data.activityId,
        name: data.name,
        output: data.output ?? null,
        successCriteria: data.successCriteria ?? null,
        responsibleAgencyId: data.responsibleAgencyId ?? null,
        responsibleText: data.responsibleText ?? null,
        sortOrder: siblings.length,
      },
    });
    const sortOrder = await placeAmongSiblings(
      [...siblings, { id: action.id, sortOrder: siblings.length }],
      action.id,
      data.index,
      (id, s) => tx.action.update({ where: { id }, data: { sortOrder: s } }),
    );
    const created = { ...action, sortOrder };
    await audit(tx, ctx, { entity: 'Action', entityId: action.id, action: 'CREATE', after: created });
    return created;
  });
}

export async function deleteAction(ctx: Context, args: { id: string; version: number }) {
  const { id, version } = parseInput(z.object({ id: z.guid('validation.uuid'), version: z.number().int().min(1) }), args);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { action } = await findPlanAction(tx, gid, id);
    if (action.version !== version) {
      const { activity: _a, ...current } = action;
      throw conflict(`Action was changed by someone else (now version ${action.version}); reload and try again`, current);
    }
    const steps = await tx.step.findMany({ where: { actionId: id }, orderBy: ordered, select: { id: true } });
    const stepSnapshots = [];
    for (const s of steps) stepSnapshots.push(await stepSnapshot(tx, s.id));
    const snapshot = {
      id: action.id,
      activityId: action.activityId,
      name: action.name,
      output: action.output,
      successCriteria: action.successCriteria,
      responsibleAgencyId: action.responsibleAgencyId,
      responsibleText: action.responsibleText,
      sortOrder: action.sortOrder,
      steps: stepSnapshots,
    };
    await tx.action.delete({ where: { id } });
    await audit(tx, ctx, { entity: 'Action', entityId: id, action: 'DELETE', before: snapshot });
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: action.activityId } });
    return { activity, snapshot };
  });
}

const ZActionSnapshot = z.object({
  id: z.guid('validation.uuid'),
  activityId: z.guid('validation.uuid'),
  name: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  output: z.string().max(2000).nullish(),
  successCriteria: z.string().max(2000).nullish(),
  responsibleAgencyId: z.guid('validation.uuid').nullish(),
  responsibleText: z.string().max(500).nullish(),
  sortOrder: z.number().int().min(0),
  steps: z.array(ZStepSnapshot),
});

export async function restoreAction(ctx: Context, snapshot: unknown) {
  const snap = parseInput(ZActionSnapshot, snapshot);
  if (snap.steps.some((s) => s.actionId !== snap.id)) throw badInput('steps: every step must belong to the restored action', 'steps');
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await findPlanActivity(tx, gid, snap.activityId);
    if (await tx.action.findUnique({ where: { id: snap.id }, select: { id: true } })) throw badInput('This action still exists', 'id');
    await checkAgency(tx, gid, snap.responsibleAgencyId);
    const action = await tx.action.create({
      data: {
        id: snap.id,
        governmentId: gid,
        activityId: snap.activityId,
        name: snap.name,
        output: snap.output ?? null,
        successCriteria: snap.successCriteria ?? null,
        responsibleAgencyId: snap.responsibleAgencyId ?? null,
        responsibleText: snap.responsibleText ?? null,
        sortOrder: snap.sortOrder,
      },
    });
    for (const step of snap.steps) await insertStepSnapshot(tx, gid, step);
    const siblings = await tx.action.findMany({
      where: { activityId: snap.activityId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const sortOrder = await placeAmongSiblings(
      siblings.filter((s) => s.id !== action.id),
      action.id,
      snap.sortOrder,
      (id, s) => tx.action.update({ where: { id }, data: { sortOrder: s } }),
    );
    await audit(tx, ctx, { entity: 'Action', entityId: action.id, action: 'CREATE', after: { ...snap, restored: true } });
    return { ...action, sortOrder };
  });
}

/** Reorders an action within its activity or moves it to another activity of the same plan. */
export async function moveAction(ctx: Context, input: unknown) {
  const move = parseInput(ZMove, input);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { workPlanId } = await findPlanAction(tx, gid, move.id);
    const target = await findPlanActivity(tx, gid, move.parentId).catch(() => {
      throw badInput('parentId: unknown activity of this government', 'parentId');
    });
    if (target.workPlanId !== workPlanId) throw badInput('parentId: an action can only move to an activity of the same plan', 'parentId');
    const { before, after } = await updateVersioned(tx.action, {
      where: { id: move.id, governmentId: gid },
      version: move.version,
      data: { activityId: move.parentId },
      what: 'Action',
    });
    const siblings = await tx.action.findMany({
      where: { activityId: move.parentId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const sortOrder = await placeAmongSiblings(siblings, move.id, move.index, (id, s) =>
      tx.action.update({ where: { id }, data: { sortOrder: s } }),
    );
    if (before.activityId !== move.parentId) {
      const left = await tx.action.findMany({
        where: { activityId: before.activityId },
        orderBy: ordered,
        select: { id: true, sortOrder: true },
      });
      for (const [i, s] of left.entries()) if (s.sortOrder !== i) await tx.action.update({ where: { id: s.id }, data: { sortOrder: i } });
    }
    const moved = { ...after, sortOrder };
    await audit(tx, ctx, { entity: 'Action', entityId: move.id, action: 'UPDATE', before, after: moved });
    const from = await tx.activity.findUniqueOrThrow({ where: { id: before.activityId } });
    const to = await tx.activity.findUniqueOrThrow({ where: { id: move.parentId } });
    return { action: moved, from, to };
  });
}
