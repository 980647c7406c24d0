// Actions (Rencana Aksi) of a work plan: edit, create, delete (with a snapshot
// to undo), restore, reorder and move between activities of the same plan.
import { ZActionPatch, ZCreateAction, ZMove, ZVersioned } from '@rb/domain';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { checkAgency, write } from '../kernel.ts';
import { findPlanAction, findPlanActivity, ordered, parseInput, placeAmongSiblings, presentFields } from './common.ts';
import { insertStepSnapshot, recordedDeletion, stepSnapshot, ZStepSnapshot } from './steps.ts';

const ACTION_FIELDS = ['name', 'output', 'successCriteria', 'responsibleAgencyId', 'responsibleText'] as const;

export const updateAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const patch = parseInput(ZActionPatch, input);
    await findPlanAction(w, patch.id);
    await checkAgency(w, patch.responsibleAgencyId, 'responsibleAgencyId');
    return w.update(w.tx.action, 'Action', { id: patch.id, version: patch.version, data: presentFields(patch, ACTION_FIELDS) });
  });

export const createAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateAction, input);
    const { tx } = w;
    await findPlanActivity(w, data.activityId);
    await checkAgency(w, data.responsibleAgencyId, 'responsibleAgencyId');
    const siblings = await tx.action.findMany({
      where: { activityId: data.activityId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const action = await tx.action.create({
      data: {
        governmentId: w.gid,
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
    await w.audit('Action', action.id, 'CREATE', undefined, created);
    return created;
  });

/** Deletes an action with its steps; returns the snapshot that restoreAction takes to undo it. */
export const deleteAction = (ctx: Context, args: { id: string; version: number }) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZVersioned, args);
    const { tx } = w;
    const { action } = await findPlanAction(w, id);
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
    // The audit keeps the whole action with its steps: a restore takes it from there.
    await w.remove(tx.action, 'Action', { id, version, record: snapshot });
    // The steps go with their action: each is audited as it was.
    for (const s of stepSnapshots) await w.audit('Step', s.id, 'DELETE', s);
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: action.activityId } });
    return { activity, snapshot };
  });

const ZActionSnapshot = z.object({
  id: z.guid('validation.uuid'),
  activityId: z.guid('validation.uuid'),
  name: z.string('validation.required').trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
  output: z.string('validation.invalid').max(2000, 'validation.tooLong').nullish(),
  successCriteria: z.string('validation.invalid').max(2000, 'validation.tooLong').nullish(),
  responsibleAgencyId: z.guid('validation.uuid').nullish(),
  responsibleText: z.string('validation.invalid').max(500, 'validation.tooLong').nullish(),
  sortOrder: z.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid'),
  steps: z.array(ZStepSnapshot, 'validation.invalid'),
});

/** A deleted action as recorded (older records hold the row; its steps have records of their own). */
const ZRecordedAction = ZActionSnapshot.extend({ steps: z.array(ZStepSnapshot.pick({ id: true })).optional() });

/**
 * Brings a deleted action back with its steps, as the server recorded them when
 * it was deleted; the client's snapshot says which action and where.
 */
export const restoreAction = (ctx: Context, snapshot: unknown) =>
  write(ctx, async (w) => {
    const asked = parseInput(ZActionSnapshot, snapshot);
    if (asked.steps.some((s) => s.actionId !== asked.id)) throw badInput('editing.stepOfOtherAction', 'steps');
    const { tx } = w;
    const snap = await recordedDeletion(w, 'Action', asked.id, ZRecordedAction);
    if (await tx.action.findUnique({ where: { id: snap.id }, select: { id: true } }))
      throw badInput('editing.stillExists', 'id', { what: 'Action' });
    await findPlanActivity(w, snap.activityId);
    await checkAgency(w, snap.responsibleAgencyId, 'responsibleAgencyId');
    const action = await tx.action.create({
      data: {
        id: snap.id,
        governmentId: w.gid,
        activityId: snap.activityId,
        name: snap.name,
        output: snap.output ?? null,
        successCriteria: snap.successCriteria ?? null,
        responsibleAgencyId: snap.responsibleAgencyId ?? null,
        responsibleText: snap.responsibleText ?? null,
        sortOrder: asked.sortOrder,
      },
    });
    for (const step of snap.steps ?? asked.steps) await insertStepSnapshot(w, step.id);
    const siblings = await tx.action.findMany({
      where: { activityId: snap.activityId },
      orderBy: ordered,
      select: { id: true, sortOrder: true },
    });
    const sortOrder = await placeAmongSiblings(
      siblings.filter((s) => s.id !== action.id),
      action.id,
      asked.sortOrder,
      (id, s) => tx.action.update({ where: { id }, data: { sortOrder: s } }),
    );
    await w.audit('Action', action.id, 'CREATE', undefined, { ...snap, restored: true });
    return { ...action, sortOrder };
  });

/** Reorders an action within its activity or moves it to another activity of the same plan. */
export const moveAction = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const move = parseInput(ZMove, input);
    const { tx } = w;
    const { action: before, workPlanId } = await findPlanAction(w, move.id);
    const target = await findPlanActivity(w, move.parentId).catch(() => {
      throw badInput('editing.unknownParent', 'parentId', { what: 'Activity' });
    });
    if (target.workPlanId !== workPlanId) throw badInput('editing.otherPlan', 'parentId', { what: 'Action' });
    const after = await w.update(tx.action, 'Action', { id: move.id, version: move.version, data: { activityId: move.parentId } });
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
    const from = await tx.activity.findUniqueOrThrow({ where: { id: before.activityId } });
    const to = await tx.activity.findUniqueOrThrow({ where: { id: move.parentId } });
    return { action: moved, from, to };
  });
