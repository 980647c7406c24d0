// Plan set-up: an empty plan, rename / reassign / legal basis, delete a draft,
// and what an empty year can start from. A plan is unique per kind, year and
// owner (the government or one agency): creating a second one is refused
// naming the existing plan, under a transaction-scoped advisory lock so two
// concurrent creates cannot both pass the check.
import type { WorkPlan, WorkPlanKind } from '@rb/db';
import { ZCreatePlanActivity, ZCreateWorkPlan, ZUpdateWorkPlan } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, conflict } from '../../errors.ts';
import { checkAgency, isUuid, parseInput, requireScope, type Writer, write } from '../kernel.ts';

export const PLANNER = ['PLANNER'] as const;

/** A plan of the caller's government that the caller may change (planner of its agency or government-wide). */
export async function findPlanForWrite(w: Writer, id: string): Promise<WorkPlan> {
  const plan = await w.find(w.tx.workPlan, 'WorkPlan', id);
  await requireScope(w, PLANNER, plan.agencyId);
  return plan;
}

/**
 * Refuses a second plan of the same kind, year and owner (BAD_USER_INPUT on
 * `year`, with the existing plan's id so the client can offer to open it).
 */
export async function refuseDuplicatePlan(
  w: Writer,
  plan: { kind: WorkPlanKind; year: number; agencyId: string | null },
  exceptId?: string,
  field = 'year',
) {
  const key = `workplan:${w.gid}:${plan.kind}:${plan.year}`;
  await w.tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key}))) AS l`;
  const existing = await w.tx.workPlan.findFirst({
    where: {
      governmentId: w.gid,
      kind: plan.kind,
      year: plan.year,
      agencyId: plan.agencyId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, title: true },
  });
  if (existing) {
    throw badInput('plans.duplicatePlan', field, { year: plan.year, title: existing.title }, { existingPlanId: existing.id });
  }
}

/** The existing plan of that kind, year and owner, if any (for previews). */
export function existingPlan(ctx: Context, kind: WorkPlanKind, year: number, agencyId: string | null) {
  return ctx.prisma.workPlan.findFirst({ where: { governmentId: governmentId(ctx), kind, year, agencyId } });
}

export const createWorkPlan = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreateWorkPlan, input);
    const agencyId = data.agencyId ?? null;
    await checkAgency(w, agencyId);
    await requireScope(w, PLANNER, agencyId);
    await refuseDuplicatePlan(w, { kind: data.kind, year: data.year, agencyId });
    return w.create(w.tx.workPlan, 'WorkPlan', {
      kind: data.kind,
      year: data.year,
      title: data.title,
      agencyId,
      regulationRef: data.regulationRef ?? null,
    });
  });

export const updateWorkPlan = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZUpdateWorkPlan, input);
    const plan = await findPlanForWrite(w, data.id);
    const patch: Record<string, unknown> = {};
    if (data.title !== undefined) patch.title = data.title;
    if (data.regulationRef !== undefined) patch.regulationRef = data.regulationRef;
    if (data.agencyId !== undefined && data.agencyId !== plan.agencyId) {
      await checkAgency(w, data.agencyId);
      await requireScope(w, PLANNER, data.agencyId);
      if (plan.version === data.version) await refuseDuplicatePlan(w, { ...plan, agencyId: data.agencyId }, plan.id, 'agencyId');
      patch.agencyId = data.agencyId;
    }
    return w.update(w.tx.workPlan, 'WorkPlan', { id: plan.id, version: data.version, data: patch });
  });

/** What deleting a plan removes (the confirmation names it). */
export async function planCounts(tx: Writer['tx'] | Context['prisma'], workPlanId: string) {
  const [activityCount, actionCount, stepCount] = await Promise.all([
    tx.activity.count({ where: { workPlanId } }),
    tx.action.count({ where: { activity: { workPlanId } } }),
    tx.step.count({ where: { action: { activity: { workPlanId } } } }),
  ]);
  return { activityCount, actionCount, stepCount };
}

const ZDelete = z.object({
  id: z.guid({ error: 'validation.uuid' }),
  version: z.number({ error: 'validation.version' }).int({ error: 'validation.version' }).min(1, { error: 'validation.version' }),
});

/** Deletes a DRAFT plan with its activities, actions, steps, programs and their indicators; an approved plan stays. */
export const deleteWorkPlan = (ctx: Context, args: unknown) =>
  write(ctx, async (w) => {
    const { id, version } = parseInput(ZDelete, args);
    const plan = await findPlanForWrite(w, id);
    if (plan.status === 'APPROVED') throw conflict('plans.deleteApproved');
    const counts = await planCounts(w.tx, id);
    await w.remove(w.tx.workPlan, 'WorkPlan', { id, version });
    return { id, ...counts };
  });

/** Road maps (covering the year or not, with the actions running that year) and earlier plans to copy. */
export async function planSetupOptions(ctx: Context, year: number) {
  const gid = governmentId(ctx);
  const roadmaps = await ctx.prisma.roadmap.findMany({
    where: { governmentId: gid, archivedAt: null },
    orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
  });
  const counts = new Map<string, number>();
  if (roadmaps.length > 0) {
    const rows = await ctx.prisma.action.findMany({
      where: { archivedAt: null, years: { has: year }, activity: { roadmapId: { in: roadmaps.map((r) => r.id) }, archivedAt: null } },
      select: { activity: { select: { roadmapId: true } } },
    });
    for (const r of rows) {
      const id = r.activity.roadmapId as string;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const copySources = await ctx.prisma.workPlan.findMany({
    where: { governmentId: gid, year: { lt: year }, kind: { not: 'FOLLOW_UP' } },
    orderBy: [{ year: 'desc' }, { kind: 'asc' }, { title: 'asc' }],
  });
  return {
    year,
    roadmaps: roadmaps.map((r) => ({
      id: r.id,
      title: r.title,
      startYear: r.startYear,
      endYear: r.endYear,
      coversYear: r.startYear <= year && year <= r.endYear,
      actionsInYear: r.startYear <= year && year <= r.endYear ? (counts.get(r.id) ?? 0) : 0,
    })),
    copySources,
  };
}

/** A new activity at the end of a plan (under an area of the government), with an optional first action. */
export const createPlanActivity = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCreatePlanActivity, input);
    const plan = await findPlanForWrite(w, data.workPlanId);
    if (data.areaId) {
      const area = isUuid(data.areaId) ? await w.tx.area.findFirst({ where: { id: data.areaId, governmentId: w.gid } }) : null;
      if (!area) throw badInput('validation.invalid', 'areaId');
    }
    const sortOrder = await w.tx.activity.count({ where: { workPlanId: plan.id } });
    const activity = await w.create(w.tx.activity, 'Activity', {
      workPlanId: plan.id,
      areaId: data.areaId ?? null,
      code: data.code ?? null,
      name: data.name,
      sortOrder,
    });
    if (data.actionName) await w.create(w.tx.action, 'Action', { activityId: activity.id, name: data.actionName, sortOrder: 0 });
    return activity;
  });
