// Monthly realization of steps, and plan approval (the baseline copy of the schedule).
import { ZMonth, ZRealizationInput } from '@rb/domain';
import { z } from 'zod';
import { type Context, requireUser } from '../../context.ts';
import { badInput, conflict, forbidden, notFound, staleVersion } from '../../errors.ts';
import { inScope, write } from '../kernel.ts';
import { findPlanStep, parseInput } from './common.ts';

const ZVersion = z.number('validation.version').int('validation.version').min(1, 'validation.version');

/**
 * Records DONE / PARTIAL / NOT_DONE for a scheduled month of a step. The
 * caller names the version it read (null when it saw no realization): a
 * realization written by someone else in between is a CONFLICT.
 */
export const setStepRealization = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZRealizationInput, input);
    const user = requireUser(ctx);
    const { step } = await findPlanStep(w, data.stepId);
    if (!step.months.includes(data.month)) throw badInput('editing.monthNotScheduled', 'month', { month: data.month });
    const existing = await w.tx.stepRealization.findUnique({ where: { stepId_month: { stepId: step.id, month: data.month } } });
    const fields = {
      status: data.status,
      ...(data.note !== undefined ? { note: data.note } : {}),
      ...(data.evidenceLinks !== undefined ? { evidenceLinks: data.evidenceLinks } : {}),
      updatedById: user.id,
    };
    if (!existing) {
      if (data.version != null) throw conflict('error.conflictGone', null, { what: 'StepRealization' });
      return w.create(w.tx.stepRealization, 'StepRealization', { stepId: step.id, month: data.month, ...fields }, { scoped: false });
    }
    // The caller saw no realization, but someone recorded this month meanwhile.
    if (data.version == null) throw staleVersion('StepRealization', existing);
    return w.update(w.tx.stepRealization, 'StepRealization', {
      id: existing.id,
      version: data.version,
      scope: { stepId: step.id },
      data: fields,
    });
  });

export const clearStepRealization = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(z.object({ stepId: z.guid('validation.uuid'), month: ZMonth, version: ZVersion }), args);
    const { step } = await findPlanStep(w, data.stepId);
    const existing = await w.tx.stepRealization.findUnique({ where: { stepId_month: { stepId: step.id, month: data.month } } });
    if (!existing) throw notFound('StepRealization');
    await w.remove(w.tx.stepRealization, 'StepRealization', { id: existing.id, version: data.version, scope: { stepId: step.id } });
    return { step };
  });

/**
 * Who approves a plan (separation of duties: who drafts it does not approve
 * it): a manager (the leadership) or an administrator whose scope covers the
 * plan's agency, who is not a planner of that plan.
 */
export async function canApprovePlan(ctx: Context, agencyId: string | null, tx?: Parameters<typeof inScope>[3]) {
  return (await inScope(ctx, ['MANAGER'], agencyId, tx)) && !(await inScope(ctx, ['PLANNER'], agencyId, tx, { adminCounts: false }));
}

/** Approves the plan and freezes a baseline copy of every step's months (again on a later approval). */
export const approveWorkPlan = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(
      z.object({
        id: z.guid('validation.uuid'),
        version: ZVersion,
        note: z.string('validation.invalid').trim().max(2000, 'validation.tooLong').nullish(),
      }),
      args,
    );
    const user = requireUser(ctx);
    const plan = await w.find(w.tx.workPlan, 'WorkPlan', data.id);
    if (await inScope(ctx, ['PLANNER'], plan.agencyId, w.tx, { adminCounts: false })) throw forbidden('plans.approveOwnPlan');
    if (!(await canApprovePlan(ctx, plan.agencyId, w.tx))) throw forbidden('error.agencyScope');
    const after = await w.update(w.tx.workPlan, 'WorkPlan', {
      id: data.id,
      version: data.version,
      data: { status: 'APPROVED', approvedAt: new Date(), approvedById: user.id },
      action: 'STATUS',
    });
    const steps = await w.tx.step.findMany({
      where: { action: { activity: { workPlanId: data.id } } },
      select: { id: true, months: true },
    });
    const baseline = await w.tx.planBaseline.create({ data: { workPlanId: data.id, createdById: user.id, note: data.note || null } });
    if (steps.length > 0) {
      await w.tx.planBaselineStep.createMany({ data: steps.map((s) => ({ baselineId: baseline.id, stepId: s.id, months: s.months })) });
    }
    await w.audit('Baseline', baseline.id, 'CREATE', undefined, { ...baseline, steps: steps.length });
    return after;
  });
