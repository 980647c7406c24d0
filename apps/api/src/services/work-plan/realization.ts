// Monthly realization of steps, and plan approval (the baseline copy of the schedule).
import { ZMonth, ZRealizationInput } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId, requireUser } from '../../context.ts';
import { badInput, conflict, notFound } from '../../errors.ts';
import { audit } from '../audit.ts';
import { updateVersioned } from '../versioned.ts';
import { findPlanStep, parseInput } from './common.ts';

/**
 * Records DONE / PARTIAL / NOT_DONE for a scheduled month of a step. The
 * caller names the version it read (null when it saw no realization): a
 * realization written by someone else in between is a CONFLICT.
 */
export async function setStepRealization(ctx: Context, input: unknown) {
  const data = parseInput(ZRealizationInput, input);
  const gid = governmentId(ctx);
  const user = requireUser(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { step } = await findPlanStep(tx, gid, data.stepId);
    if (!step.months.includes(data.month)) {
      throw badInput(`month: month ${data.month} is not scheduled for this step; schedule it first`, 'month');
    }
    const existing = await tx.stepRealization.findUnique({ where: { stepId_month: { stepId: step.id, month: data.month } } });
    const fields = {
      status: data.status,
      ...(data.note !== undefined ? { note: data.note } : {}),
      ...(data.evidenceLinks !== undefined ? { evidenceLinks: data.evidenceLinks } : {}),
      updatedById: user.id,
    };
    if (!existing) {
      if (data.version != null) throw conflict('This realization was removed by someone else; reload and try again', null);
      const created = await tx.stepRealization.create({ data: { stepId: step.id, month: data.month, ...fields } });
      await audit(tx, ctx, { entity: 'StepRealization', entityId: created.id, action: 'CREATE', after: created });
      return created;
    }
    if (data.version == null) {
      throw conflict(`Someone else already recorded this month (now version ${existing.version}); reload and try again`, existing);
    }
    const { before, after } = await updateVersioned(tx.stepRealization, {
      where: { id: existing.id, stepId: step.id },
      version: data.version,
      data: fields,
      what: 'Realization',
    });
    await audit(tx, ctx, { entity: 'StepRealization', entityId: existing.id, action: 'UPDATE', before, after });
    return after;
  });
}

export async function clearStepRealization(ctx: Context, args: unknown) {
  const data = parseInput(z.object({ stepId: z.guid('validation.uuid'), month: ZMonth, version: z.number().int().min(1) }), args);
  const gid = governmentId(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { step } = await findPlanStep(tx, gid, data.stepId);
    const existing = await tx.stepRealization.findUnique({ where: { stepId_month: { stepId: step.id, month: data.month } } });
    if (!existing) throw notFound('Realization');
    if (existing.version !== data.version) {
      throw conflict(`Realization was changed by someone else (now version ${existing.version}); reload and try again`, existing);
    }
    await tx.stepRealization.delete({ where: { id: existing.id } });
    await audit(tx, ctx, { entity: 'StepRealization', entityId: existing.id, action: 'DELETE', before: existing });
    return { step };
  });
}

/** Approves the plan and freezes a baseline copy of every step's months (again on a later approval). */
export async function approveWorkPlan(ctx: Context, args: unknown) {
  const data = parseInput(
    z.object({
      id: z.guid('validation.uuid'),
      version: z.number().int().min(1),
      note: z.string().trim().max(2000, 'validation.tooLong').nullish(),
    }),
    args,
  );
  const gid = governmentId(ctx);
  const user = requireUser(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const { before, after } = await updateVersioned(tx.workPlan, {
      where: { id: data.id, governmentId: gid },
      version: data.version,
      data: { status: 'APPROVED', approvedAt: new Date(), approvedById: user.id },
      what: 'Work plan',
    });
    const steps = await tx.step.findMany({ where: { action: { activity: { workPlanId: data.id } } }, select: { id: true, months: true } });
    const baseline = await tx.planBaseline.create({ data: { workPlanId: data.id, createdById: user.id, note: data.note || null } });
    if (steps.length > 0) {
      await tx.planBaselineStep.createMany({ data: steps.map((s) => ({ baselineId: baseline.id, stepId: s.id, months: s.months })) });
    }
    await audit(tx, ctx, {
      entity: 'WorkPlan',
      entityId: data.id,
      action: 'STATUS',
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, baselineId: baseline.id, steps: steps.length },
    });
    return after;
  });
}
