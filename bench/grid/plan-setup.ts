// Plan set-up speed: copying the 5,000-step plan to the next year
// (copyWorkPlan) and creating a plan from a road map with 200 actions
// (createWorkPlanFromRoadmap), each one GraphQL request timed over HTTP on
// 127.0.0.1 against the bench's embedded database, median of a few runs.
// The plan a run created is deleted (outside the timing) before the next.
import { randomUUID } from 'node:crypto';
import type { Database, Prisma } from '@rb/db';
import { createManyChunked } from '../lib/db.ts';
import { median } from '../lib/report.ts';
import { postGraphql } from './api.ts';

/** A road map 2025–2029: 8 areas × 5 activities × 5 actions = 200 actions running in `year`, plus 40 that do not. */
export async function generateRoadmap(db: Database, governmentId: string, year: number) {
  const areas = await db.prisma.area.findMany({ where: { governmentId }, orderBy: { sortOrder: 'asc' } });
  const agencies = await db.prisma.agency.findMany({ where: { governmentId }, select: { id: true } });
  const roadmapId = randomUUID();
  await db.prisma.roadmap.create({
    data: { id: roadmapId, governmentId, title: 'Road Map RB 2025–2029 (benchmark)', startYear: 2025, endYear: 2029 },
  });
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const actions: Prisma.ActionCreateManyInput[] = [];
  let running = 0;
  areas.slice(0, 8).forEach((area, a) => {
    for (let i = 0; i < 5; i++) {
      const activityId = randomUUID();
      activities.push({ id: activityId, governmentId, roadmapId, areaId: area.id, name: `Kegiatan ${a + 1}.${i + 1}`, sortOrder: i });
      for (let j = 0; j < 6; j++) {
        const runs = j < 5;
        if (runs) running++;
        actions.push({
          id: randomUUID(),
          governmentId,
          activityId,
          name: `Rencana aksi ${a + 1}.${i + 1}.${j + 1}`,
          output: `Output ${a + 1}.${i + 1}.${j + 1}`,
          responsibleAgencyId: agencies.length ? agencies[(a + i + j) % agencies.length]!.id : null,
          years: runs ? [...new Set([2025, year, 2029])] : [2025],
          sortOrder: j,
        });
      }
    }
  });
  await createManyChunked(activities, (rows) => db.prisma.activity.createMany({ data: rows }));
  await createManyChunked(actions, (rows) => db.prisma.action.createMany({ data: rows }));
  return { roadmapId, running };
}

type Mutation = { query: string; variables: Record<string, unknown>; operationName: string };

async function timeCreates(db: Database, url: string, cookie: string, government: string, op: Mutation, field: string, runs: number) {
  const times: number[] = [];
  let counts = { steps: 0, actions: 0 };
  for (let i = 0; i < runs; i++) {
    const r = await postGraphql(url, cookie, government, op);
    times.push(r.ms);
    const plan = (r.body as { data: Record<string, { id: string; stepCount: number; actionCount: number }> }).data[field]!;
    counts = { steps: plan.stepCount, actions: plan.actionCount };
    await db.prisma.workPlan.delete({ where: { id: plan.id } });
  }
  return { ms: median(times), counts };
}

export function timePlanCopy(db: Database, url: string, cookie: string, government: string, sourceId: string, year: number, runs = 3) {
  const op: Mutation = {
    operationName: 'CopyWorkPlan',
    query: `mutation CopyWorkPlan($input: CopyWorkPlanInput!) { copyWorkPlan(input: $input) { id stepCount actionCount } }`,
    variables: { input: { sourceId, year, title: `Rencana Kerja RB ${year} (salinan benchmark)` } },
  };
  return timeCreates(db, url, cookie, government, op, 'copyWorkPlan', runs);
}

export function timePlanFromRoadmap(
  db: Database,
  url: string,
  cookie: string,
  government: string,
  roadmapId: string,
  year: number,
  runs = 3,
) {
  const op: Mutation = {
    operationName: 'PlanFromRoadmap',
    query: `mutation PlanFromRoadmap($input: PlanFromRoadmapInput!) { createWorkPlanFromRoadmap(input: $input) { id stepCount actionCount } }`,
    variables: { input: { roadmapId, year, title: `Rencana Kerja RB ${year} (dari road map, benchmark)` } },
  };
  return timeCreates(db, url, cookie, government, op, 'createWorkPlanFromRoadmap', runs);
}
