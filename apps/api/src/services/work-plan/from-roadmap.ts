// A year's Rencana Kerja RB from a road map: the road map's actions whose
// years include the plan's year become the plan's actions (linked through
// roadmapActionId, name / output / responsible agency and text pre-filled),
// under activities that mirror the road-map activities and their areas. The
// planner then adds the steps. Preview and create read the same selection;
// create writes it with one createMany per table.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@rb/db';
import { ZPlanFromRoadmap, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, notFound } from '../../errors.ts';
import { checkAgency, isUuid, parseInput, requireScope, type Tx, write, writer } from '../kernel.ts';
import { existingPlan, PLANNER, refuseDuplicatePlan } from './create.ts';
import { agencyNames, insertChunked, type LeftOut, type PreviewActivity, previewAreas } from './preview.ts';

type Db = Tx | Context['prisma'];

/** The road map's activities and actions that a plan of `year` takes, and what it leaves out. */
async function selectFromRoadmap(db: Db, gid: string, roadmapId: string, year: number) {
  const roadmap = isUuid(roadmapId) ? await db.roadmap.findFirst({ where: { id: roadmapId, governmentId: gid } }) : null;
  if (!roadmap) throw notFound('Roadmap');
  if (roadmap.archivedAt) throw badInput('plans.roadmapArchived', 'roadmapId');
  if (year < roadmap.startYear || year > roadmap.endYear) {
    throw badInput('plans.roadmapYear', 'year', { title: roadmap.title, start: roadmap.startYear, end: roadmap.endYear, year });
  }
  const order = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];
  const [areas, activities, actions] = await Promise.all([
    db.area.findMany({ where: { governmentId: gid } }),
    db.activity.findMany({ where: { roadmapId, governmentId: gid }, orderBy: order }),
    db.action.findMany({ where: { governmentId: gid, activity: { roadmapId } }, orderBy: order }),
  ]);
  const areaOrder = new Map(areas.map((a) => [a.id, a.sortOrder]));
  const sortedActivities = [...activities].sort(
    (a, b) => (areaOrder.get(a.areaId ?? '') ?? 1e6) - (areaOrder.get(b.areaId ?? '') ?? 1e6) || a.sortOrder - b.sortOrder,
  );
  const byActivity = new Map<string, typeof actions>();
  for (const a of actions) {
    const list = byActivity.get(a.activityId);
    if (list) list.push(a);
    else byActivity.set(a.activityId, [a]);
  }
  const leftOut: LeftOut[] = [];
  const taken: { activity: (typeof activities)[number]; actions: typeof actions }[] = [];
  for (const activity of sortedActivities) {
    const own = byActivity.get(activity.id) ?? [];
    if (activity.archivedAt) {
      leftOut.push({ entity: 'Activity', name: activity.name, reason: 'ARCHIVED', years: [] });
      continue;
    }
    const running: typeof actions = [];
    for (const action of own) {
      if (action.archivedAt) leftOut.push({ entity: 'Action', name: action.name, reason: 'ARCHIVED', years: action.years });
      else if (!action.years.includes(year))
        leftOut.push({ entity: 'Action', name: action.name, reason: 'NOT_THIS_YEAR', years: action.years });
      else running.push(action);
    }
    if (running.length > 0) taken.push({ activity, actions: running });
  }
  return { roadmap, areas, taken, leftOut };
}

const ZPreview = z.object({
  roadmapId: z.guid({ error: 'validation.uuid' }),
  year: ZYear,
  agencyId: z.guid({ error: 'validation.uuid' }).nullish(),
});

export async function planFromRoadmapPreview(ctx: Context, args: unknown) {
  const { roadmapId, year, agencyId = null } = parseInput(ZPreview, args);
  const gid = governmentId(ctx);
  const tx = ctx.prisma as unknown as Tx;
  {
    const w = writer(tx, ctx, gid);
    await checkAgency(w, agencyId);
    await requireScope(w, PLANNER, agencyId);
    const { roadmap, areas, taken, leftOut } = await selectFromRoadmap(tx, gid, roadmapId, year);
    const agencies = agencyNames(
      await tx.agency.findMany({ where: { governmentId: gid }, select: { id: true, name: true, shortName: true } }),
    );
    const activities: PreviewActivity[] = taken.map(({ activity, actions }) => ({
      areaId: activity.areaId,
      name: activity.name,
      actions: actions.map((a) => ({
        name: a.name,
        output: a.output,
        responsible: (a.responsibleAgencyId ? agencies.get(a.responsibleAgencyId) : null) ?? a.responsibleText,
        stepCount: 0,
      })),
    }));
    const agency = agencyId ? await tx.agency.findFirst({ where: { id: agencyId, governmentId: gid } }) : null;
    return {
      kind: 'WORK_PLAN' as const,
      year,
      title: `Rencana Kerja Reformasi Birokrasi Tahun ${year}`,
      agency,
      existing: await existingPlan(ctx, 'WORK_PLAN', year, agencyId),
      programCount: 0,
      activityCount: activities.length,
      actionCount: activities.reduce((n, a) => n + a.actions.length, 0),
      stepCount: 0,
      areas: previewAreas(activities, areas),
      leftOut,
      realizationsNotCopied: 0,
      baselinesNotCopied: 0,
      approvalNotCopied: false,
      roadmapTitle: roadmap.title,
    };
  }
}

export const createWorkPlanFromRoadmap = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZPlanFromRoadmap, input);
    const agencyId = data.agencyId ?? null;
    await checkAgency(w, agencyId);
    await requireScope(w, PLANNER, agencyId);
    const { taken } = await selectFromRoadmap(w.tx, w.gid, data.roadmapId, data.year);
    if (taken.length === 0) throw badInput('plans.roadmapNoActions', 'year', { year: data.year });
    await refuseDuplicatePlan(w, { kind: 'WORK_PLAN', year: data.year, agencyId });
    const plan = await w.tx.workPlan.create({
      data: {
        governmentId: w.gid,
        kind: 'WORK_PLAN',
        year: data.year,
        title: data.title,
        agencyId,
        roadmapId: data.roadmapId,
        regulationRef: data.regulationRef ?? null,
      },
    });
    const activities: Prisma.ActivityCreateManyInput[] = [];
    const actions: Prisma.ActionCreateManyInput[] = [];
    taken.forEach(({ activity, actions: source }, i) => {
      const activityId = randomUUID();
      activities.push({
        id: activityId,
        governmentId: w.gid,
        workPlanId: plan.id,
        areaId: activity.areaId,
        indicatorId: activity.indicatorId,
        code: activity.code,
        name: activity.name,
        sortOrder: i,
      });
      source.forEach((a, j) =>
        actions.push({
          id: randomUUID(),
          governmentId: w.gid,
          activityId,
          roadmapActionId: a.id,
          code: a.code,
          name: a.name,
          output: a.output,
          responsibleAgencyId: a.responsibleAgencyId,
          responsibleText: a.responsibleText,
          successCriteria: a.successCriteria,
          sortOrder: j,
        }),
      );
    });
    await insertChunked(activities, (rows) => w.tx.activity.createMany({ data: rows }));
    await insertChunked(actions, (rows) => w.tx.action.createMany({ data: rows }));
    await w.audit('WorkPlan', plan.id, 'CREATE', undefined, {
      ...plan,
      fromRoadmapId: data.roadmapId,
      activityCount: activities.length,
      actionCount: actions.length,
    });
    return plan;
  });
