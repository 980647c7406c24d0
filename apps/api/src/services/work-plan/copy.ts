// Copy an earlier plan (usually last year's) into a new DRAFT plan: programs,
// activities, actions, steps with their months and agencies, and the
// indicators of activities and sub-activities (definitions, not values:
// last year's targets do not carry over). Never copied: realizations,
// approvals, baselines, archived rows. Each table
// is one INSERT … SELECT in the database, so a 5,000-step plan is a handful of statements.
import { ZCopyWorkPlan, ZYear } from '@rb/domain';
import { z } from 'zod';
import { type Context, governmentId } from '../../context.ts';
import { badInput, notFound } from '../../errors.ts';
import { checkAgency, isUuid, parseInput, requireScope, type Tx, write, writer } from '../kernel.ts';
import { existingPlan, PLANNER, refuseDuplicatePlan } from './create.ts';
import { agencyNames, type LeftOut, type PreviewActivity, previewAreas } from './preview.ts';

type Db = Tx | Context['prisma'];
const order = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

async function readSource(db: Db, gid: string, sourceId: string) {
  const source = isUuid(sourceId) ? await db.workPlan.findFirst({ where: { id: sourceId, governmentId: gid } }) : null;
  if (!source) throw notFound('WorkPlan');
  if (source.kind === 'FOLLOW_UP') throw badInput('plans.kindNotCreatable', 'sourceId');
  const byPlan = { workPlanId: source.id };
  const [programs, activities, actions, steps, indicators] = await Promise.all([
    db.program.findMany({ where: byPlan, orderBy: order }),
    db.activity.findMany({ where: byPlan, orderBy: order }),
    db.action.findMany({ where: { activity: byPlan }, orderBy: order }),
    db.step.findMany({
      where: { action: { activity: byPlan } },
      orderBy: order,
      select: {
        id: true,
        actionId: true,
        name: true,
        output: true,
        successCriteria: true,
        responsibleAgencyId: true,
        responsibleTeamId: true,
        responsibleText: true,
        months: true,
        sortOrder: true,
      },
    }),
    db.indicator.findMany({
      where: { archivedAt: null, OR: [{ activity: byPlan }, { action: { activity: byPlan } }] },
      orderBy: order,
    }),
  ]);
  const leftOut: LeftOut[] = [];
  const liveActivities = new Set<string>();
  for (const a of activities) {
    if (a.archivedAt) leftOut.push({ entity: 'Activity', name: a.name, reason: 'ARCHIVED', years: [] });
    else liveActivities.add(a.id);
  }
  const liveActions = new Set<string>();
  for (const a of actions) {
    if (!liveActivities.has(a.activityId)) continue;
    if (a.archivedAt) leftOut.push({ entity: 'Action', name: a.name, reason: 'ARCHIVED', years: a.years });
    else liveActions.add(a.id);
  }
  return {
    source,
    programs,
    activities: activities.filter((a) => liveActivities.has(a.id)),
    actions: actions.filter((a) => liveActions.has(a.id)),
    steps: steps.filter((s) => liveActions.has(s.actionId)),
    indicators: indicators.filter((i) =>
      i.activityId ? liveActivities.has(i.activityId) : i.actionId ? liveActions.has(i.actionId) : false,
    ),
    leftOut,
  };
}

const ZPreview = z.object({
  sourceId: z.guid({ error: 'validation.uuid' }),
  year: ZYear,
  agencyId: z.guid({ error: 'validation.uuid' }).nullish(),
});

/** The owner of the copy: the one asked for, else the source's. */
const ownerOf = (agencyId: string | null | undefined, source: { agencyId: string | null }) =>
  agencyId === undefined ? source.agencyId : agencyId;

export async function copyWorkPlanPreview(ctx: Context, args: unknown) {
  const input = parseInput(ZPreview, args);
  const gid = governmentId(ctx);
  const tx = ctx.prisma as unknown as Tx;
  {
    const w = writer(tx, ctx, gid);
    const read = await readSource(tx, gid, input.sourceId);
    const agencyId = ownerOf(input.agencyId, read.source);
    await checkAgency(w, agencyId);
    await requireScope(w, PLANNER, agencyId);
    const [areas, agencyRows, realizations, baselines] = await Promise.all([
      tx.area.findMany({ where: { governmentId: gid } }),
      tx.agency.findMany({ where: { governmentId: gid }, select: { id: true, name: true, shortName: true } }),
      tx.stepRealization.count({ where: { step: { action: { activity: { workPlanId: read.source.id } } } } }),
      tx.planBaseline.count({ where: { workPlanId: read.source.id } }),
    ]);
    const agencies = agencyNames(agencyRows);
    const stepsBy = new Map<string, number>();
    for (const s of read.steps) stepsBy.set(s.actionId, (stepsBy.get(s.actionId) ?? 0) + 1);
    const actionsBy = new Map<string, PreviewActivity['actions']>();
    for (const a of read.actions) {
      const list = actionsBy.get(a.activityId) ?? [];
      list.push({
        name: a.name,
        output: a.output,
        responsible: (a.responsibleAgencyId ? agencies.get(a.responsibleAgencyId) : null) ?? a.responsibleText,
        stepCount: stepsBy.get(a.id) ?? 0,
      });
      actionsBy.set(a.activityId, list);
    }
    const activities = read.activities.map((a) => ({ areaId: a.areaId, name: a.name, actions: actionsBy.get(a.id) ?? [] }));
    const agency = agencyId ? await tx.agency.findFirst({ where: { id: agencyId, governmentId: gid } }) : null;
    return {
      kind: read.source.kind,
      year: input.year,
      title: copyTitle(read.source.title, read.source.year, input.year),
      agency,
      existing: await existingPlan(ctx, read.source.kind, input.year, agencyId),
      programCount: read.programs.length,
      activityCount: read.activities.length,
      actionCount: read.actions.length,
      stepCount: read.steps.length,
      areas: previewAreas(activities, areas),
      leftOut: read.leftOut,
      realizationsNotCopied: realizations,
      baselinesNotCopied: baselines,
      approvalNotCopied: read.source.status === 'APPROVED',
    };
  }
}

/** "Rencana Kerja RB Tahun 2026" → "Rencana Kerja RB Tahun 2027"; else the title with the year added. */
export function copyTitle(title: string, fromYear: number, toYear: number) {
  return title.includes(String(fromYear)) ? title.replaceAll(String(fromYear), String(toYear)) : `${title} ${toYear}`;
}

export const copyWorkPlan = (ctx: Context, input: unknown) =>
  write(ctx, async (w) => {
    const data = parseInput(ZCopyWorkPlan, input);
    const source = isUuid(data.sourceId) ? await w.tx.workPlan.findFirst({ where: { id: data.sourceId, governmentId: w.gid } }) : null;
    if (!source) throw notFound('WorkPlan');
    if (source.kind === 'FOLLOW_UP') throw badInput('plans.kindNotCreatable', 'sourceId');
    const agencyId = ownerOf(data.agencyId, source);
    await checkAgency(w, agencyId);
    await requireScope(w, PLANNER, agencyId);
    await refuseDuplicatePlan(w, { kind: source.kind, year: data.year, agencyId });
    const plan = await w.tx.workPlan.create({
      data: {
        governmentId: w.gid,
        kind: source.kind,
        year: data.year,
        title: data.title,
        agencyId,
        roadmapId: source.roadmapId,
        copiedFromId: source.id,
        regulationRef: data.regulationRef === undefined ? source.regulationRef : data.regulationRef,
      },
    });
    const counts = await copyRows(w.tx, source.id, plan.id);
    await w.audit('WorkPlan', plan.id, 'CREATE', undefined, { ...plan, ...counts });
    return plan;
  });

/**
 * Copies the rows of plan `from` into plan `to` with one INSERT … SELECT per
 * table, set-based in the database (a 5,000-step plan never passes through
 * JS). A copied parent's new id is md5(old id ‖ new plan id) as a uuid, so
 * children find it without a mapping table; archived rows stay behind.
 */
async function copyRows(tx: Tx, from: string, to: string) {
  const programs = await tx.$executeRaw`
    INSERT INTO "Program" (id, "governmentId", "workPlanId", "goalId", code, name, "sortOrder")
    SELECT md5(p.id::text || ${to})::uuid, p."governmentId", ${to}::uuid, NULL, p.code, p.name, p."sortOrder"
      FROM "Program" p WHERE p."workPlanId" = ${from}::uuid`;
  const activities = await tx.$executeRaw`
    INSERT INTO "Activity" (id, "governmentId", "workPlanId", "programId", "areaId", "indicatorId", code, name, budget, "sortOrder", "updatedAt")
    SELECT md5(a.id::text || ${to})::uuid, a."governmentId", ${to}::uuid,
           CASE WHEN a."programId" IS NULL THEN NULL ELSE md5(a."programId"::text || ${to})::uuid END,
           a."areaId", a."indicatorId", a.code, a.name, a.budget, a."sortOrder", now()
      FROM "Activity" a WHERE a."workPlanId" = ${from}::uuid AND a."archivedAt" IS NULL`;
  const actions = await tx.$executeRaw`
    INSERT INTO "Action" (id, "governmentId", "activityId", "roadmapActionId", "criterionId", code, name, output, "responsibleAgencyId",
                          "responsibleText", years, "successCriteria", note, budget, "sortOrder", "updatedAt")
    SELECT md5(c.id::text || ${to})::uuid, c."governmentId", md5(c."activityId"::text || ${to})::uuid, c."roadmapActionId", c."criterionId",
           c.code, c.name, c.output, c."responsibleAgencyId", c."responsibleText", c.years, c."successCriteria", c.note, c.budget, c."sortOrder", now()
      FROM "Action" c JOIN "Activity" a ON a.id = c."activityId"
     WHERE a."workPlanId" = ${from}::uuid AND a."archivedAt" IS NULL AND c."archivedAt" IS NULL`;
  const steps = await tx.$executeRaw`
    INSERT INTO "Step" (id, "governmentId", "actionId", name, output, "successCriteria", "responsibleAgencyId", "responsibleTeamId",
                        "responsibleText", months, "sortOrder", "updatedAt")
    SELECT gen_random_uuid(), s."governmentId", md5(s."actionId"::text || ${to})::uuid, s.name, s.output, s."successCriteria",
           s."responsibleAgencyId", s."responsibleTeamId", s."responsibleText", s.months, s."sortOrder", now()
      FROM "Step" s JOIN "Action" c ON c.id = s."actionId" JOIN "Activity" a ON a.id = c."activityId"
     WHERE a."workPlanId" = ${from}::uuid AND a."archivedAt" IS NULL AND c."archivedAt" IS NULL`;
  // Indicators of activities and sub-activities: definitions only (last year's targets do not carry over).
  await tx.$executeRaw`
    INSERT INTO "Indicator" (id, "governmentId", scope, "activityId", "ownerAgencyId", code, name, unit, "valueType", "scaleMin", "scaleMax",
                             categories, direction, frequency, source, definition, "sortOrder", "updatedAt")
    SELECT gen_random_uuid(), i."governmentId", i.scope, md5(i."activityId"::text || ${to})::uuid, i."ownerAgencyId", i.code, i.name, i.unit,
           i."valueType", i."scaleMin", i."scaleMax", i.categories, i.direction, i.frequency, i.source, i.definition, i."sortOrder", now()
      FROM "Indicator" i JOIN "Activity" a ON a.id = i."activityId"
     WHERE a."workPlanId" = ${from}::uuid AND a."archivedAt" IS NULL AND i."archivedAt" IS NULL`;
  await tx.$executeRaw`
    INSERT INTO "Indicator" (id, "governmentId", scope, "actionId", "ownerAgencyId", code, name, unit, "valueType", "scaleMin", "scaleMax",
                             categories, direction, frequency, source, definition, "sortOrder", "updatedAt")
    SELECT gen_random_uuid(), i."governmentId", i.scope, md5(i."actionId"::text || ${to})::uuid, i."ownerAgencyId", i.code, i.name, i.unit,
           i."valueType", i."scaleMin", i."scaleMax", i.categories, i.direction, i.frequency, i.source, i.definition, i."sortOrder", now()
      FROM "Indicator" i JOIN "Action" c ON c.id = i."actionId" JOIN "Activity" a ON a.id = c."activityId"
     WHERE a."workPlanId" = ${from}::uuid AND a."archivedAt" IS NULL AND c."archivedAt" IS NULL AND i."archivedAt" IS NULL`;
  return { programCount: programs, activityCount: activities, actionCount: actions, stepCount: steps };
}
