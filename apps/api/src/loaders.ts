// Per-request DataLoaders: every nested list is read with one query per level
// of the tree, whatever the number of parents (no N+1).
import DataLoader from 'dataloader';
import type { PrismaClient } from '@rb/db';
import { createIndicatorLoaders } from './services/indicator/loaders.ts';

function byKey<K extends string, T>(rows: T[], key: (row: T) => K | null) {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Loads child rows grouped by a parent id, in one query per batch. */
function childrenLoader<T>(fetch: (ids: string[]) => Promise<T[]>, parentKey: (row: T) => string | null) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = byKey(await fetch([...ids]), parentKey);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** Loads rows by id, in one query per batch. */
function rowLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

export function createLoaders(prisma: PrismaClient) {
  return {
    ...createIndicatorLoaders(prisma),
    agency: rowLoader((ids) => prisma.agency.findMany({ where: { id: { in: ids } } })),
    area: rowLoader((ids) => prisma.area.findMany({ where: { id: { in: ids } } })),
    indicator: rowLoader((ids) => prisma.indicator.findMany({ where: { id: { in: ids } } })),
    goal: rowLoader((ids) => prisma.goal.findMany({ where: { id: { in: ids } } })),
    government: rowLoader((ids) => prisma.government.findMany({ where: { id: { in: ids } } })),
    framework: rowLoader((ids) => prisma.framework.findMany({ where: { id: { in: ids } } })),
    goalsByRoadmap: childrenLoader(
      (ids) => prisma.goal.findMany({ where: { roadmapId: { in: ids } }, orderBy: ordered }),
      (r) => r.roadmapId,
    ),
    indicatorsByGoal: childrenLoader(
      (ids) => prisma.indicator.findMany({ where: { goalId: { in: ids } }, orderBy: ordered }),
      (r) => r.goalId,
    ),
    valuesByIndicator: childrenLoader(
      (ids) =>
        prisma.indicatorValue.findMany({
          where: { indicatorId: { in: ids }, scopeKey: '' },
          orderBy: [{ year: 'asc' }, { quarter: 'asc' }, { month: 'asc' }, { kind: 'asc' }],
        }),
      (r) => r.indicatorId,
    ),
    programsByWorkPlan: childrenLoader(
      (ids) => prisma.program.findMany({ where: { workPlanId: { in: ids } }, orderBy: ordered }),
      (r) => r.workPlanId,
    ),
    activitiesByWorkPlan: childrenLoader(
      (ids) => prisma.activity.findMany({ where: { workPlanId: { in: ids } }, orderBy: ordered }),
      (r) => r.workPlanId,
    ),
    actionsByActivity: childrenLoader(
      (ids) => prisma.action.findMany({ where: { activityId: { in: ids } }, orderBy: ordered }),
      (r) => r.activityId,
    ),
    stepsByAction: childrenLoader(
      (ids) => prisma.step.findMany({ where: { actionId: { in: ids } }, orderBy: ordered }),
      (r) => r.actionId,
    ),
    realizationsByStep: childrenLoader(
      (ids) => prisma.stepRealization.findMany({ where: { stepId: { in: ids } }, orderBy: { month: 'asc' } }),
      (r) => r.stepId,
    ),
    indicatorsByActivity: childrenLoader(
      (ids) => prisma.indicator.findMany({ where: { activityId: { in: ids } }, orderBy: ordered }),
      (r) => r.activityId,
    ),
    indicatorsByAction: childrenLoader(
      (ids) => prisma.indicator.findMany({ where: { actionId: { in: ids } }, orderBy: ordered }),
      (r) => r.actionId,
    ),
    /** The latest baseline of each plan with its steps' months (two queries per batch). */
    baselineByWorkPlan: new DataLoader<
      string,
      { id: string; createdAt: Date; note: string | null; steps: { stepId: string; months: number[] }[] } | null
    >(async (ids) => {
      const baselines = await prisma.planBaseline.findMany({
        where: { workPlanId: { in: [...ids] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        distinct: ['workPlanId'],
      });
      const steps = await prisma.planBaselineStep.findMany({ where: { baselineId: { in: baselines.map((b) => b.id) } } });
      const stepsBy = byKey(steps, (s) => s.baselineId);
      const byPlan = new Map(
        baselines.map((b) => [b.workPlanId, { id: b.id, createdAt: b.createdAt, note: b.note, steps: stepsBy.get(b.id) ?? [] }]),
      );
      return ids.map((id) => byPlan.get(id) ?? null);
    }),
    nodesByTree: childrenLoader(
      (ids) => prisma.treeNode.findMany({ where: { treeId: { in: ids } }, orderBy: [{ level: 'asc' }, ...ordered] }),
      (r) => r.treeId,
    ),
    criterionCountByFramework: new DataLoader<string, number>(async (ids) => {
      const rows = await prisma.criterion.groupBy({
        by: ['frameworkId'],
        where: { frameworkId: { in: [...ids] } },
        _count: { _all: true },
      });
      const counts = new Map(rows.map((r) => [r.frameworkId, r._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
