import { governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { agencyWithDescendants } from '../services/agency.ts';
import { closePeriod, reopenPeriod } from '../services/indicator/periods.ts';
import { canEditIndicator } from '../services/indicator/permissions.ts';
import { indicatorPeriod, rollUp, yearSeriesOf } from '../services/indicator/status.ts';
import { currentThresholds, setStatusThresholds } from '../services/indicator/thresholds.ts';
import { indicatorHistory, setIndicatorValues } from '../services/indicator/values.ts';
import {
  archiveIndicator,
  createIndicator,
  setIndicatorThresholds,
  thresholdsView,
  updateIndicator,
} from '../services/indicator/manage.ts';

export const indicatorResolvers: Resolvers = {
  Query: {
    roadmaps: (_p, _a, ctx) => ctx.prisma.roadmap.findMany({ where: { governmentId: governmentId(ctx) }, orderBy: { startYear: 'desc' } }),
    roadmap: (_p, { id }, ctx) => ctx.prisma.roadmap.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
    indicators: async (_p, { filter }, ctx) =>
      ctx.prisma.indicator.findMany({
        where: {
          governmentId: governmentId(ctx),
          archivedAt: null,
          ...(filter?.ownerAgencyId ? { ownerAgencyId: { in: await agencyWithDescendants(ctx, filter.ownerAgencyId) } } : {}),
          ...(filter?.scope ? { scope: filter.scope } : {}),
          ...(filter?.roadmapId ? { roadmapId: filter.roadmapId } : {}),
          ...(filter?.areaId ? { areaId: filter.areaId } : {}),
          ...(filter?.search ? { name: { contains: filter.search, mode: 'insensitive' as const } } : {}),
        },
        orderBy: [{ scope: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      }),
    indicator: (_p, { id }, ctx) => ctx.prisma.indicator.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
    statusThresholds: (_p, _a, ctx) => currentThresholds(ctx),
    periodLocks: async (_p, { year }, ctx) => {
      const rows = await ctx.prisma.periodLock.findMany({
        where: { governmentId: governmentId(ctx), ...(year ? { year } : {}) },
        orderBy: [{ year: 'desc' }, { quarter: 'asc' }, { lockedAt: 'desc' }],
      });
      return rows.map((r) => ({ ...r, lockedById: r.lockedById })) as never;
    },
    indicatorHistory: (_p, { indicatorId, limit }, ctx) => indicatorHistory(ctx, indicatorId, limit ?? 50),
  },
  Mutation: {
    setIndicatorValues: (_p, { inputs, confirmWarnings }, ctx) =>
      setIndicatorValues(ctx, inputs, { confirmWarnings: confirmWarnings ?? false }) as never,
    closePeriod: (_p, args, ctx) => closePeriod(ctx, args) as never,
    reopenPeriod: (_p, { id }, ctx) => reopenPeriod(ctx, id) as never,
    setStatusThresholds: (_p, { input }, ctx) => setStatusThresholds(ctx, input),
    createIndicator: (_p, { input }, ctx) => createIndicator(ctx, input),
    updateIndicator: (_p, { input }, ctx) => updateIndicator(ctx, input),
    archiveIndicator: (_p, { input }, ctx) => archiveIndicator(ctx, input),
    setIndicatorThresholds: (_p, { input }, ctx) => setIndicatorThresholds(ctx, input),
  },
  PeriodLock: {
    lockedAt: (l) => (l as unknown as { lockedAt: Date }).lockedAt.toISOString(),
    reopenedAt: (l) => (l as unknown as { reopenedAt: Date | null }).reopenedAt?.toISOString() ?? null,
    lockedBy: (l, _a, ctx) => {
      const id = (l as unknown as { lockedById: string | null }).lockedById;
      return id ? ctx.loaders.userName.load(id) : null;
    },
  },
  Roadmap: {
    goals: async (r, _a, ctx) => (await ctx.loaders.goalsByRoadmap.load(r.id)).filter((g) => !g.archivedAt),
  },
  Goal: {
    indicators: async (g, _a, ctx) => (await ctx.loaders.indicatorsByGoal.load(g.id)).filter((i) => !i.archivedAt),
    status: async (g, { year, quarter }, ctx) =>
      (await rollUp(ctx, `goal:${g.id}`, g.governmentId, await ctx.loaders.indicatorsByGoal.load(g.id), year, quarter)).status,
    achievement: async (g, { year, quarter }, ctx) =>
      (await rollUp(ctx, `goal:${g.id}`, g.governmentId, await ctx.loaders.indicatorsByGoal.load(g.id), year, quarter)).achievement,
  },
  Area: {
    indicators: async (a, { roadmapId }, ctx) => areaIndicators(await ctx.loaders.indicatorsByArea.load(a.id), roadmapId),
    status: async (a, { year, quarter, roadmapId }, ctx) =>
      (
        await rollUp(
          ctx,
          `area:${a.id}:${roadmapId ?? ''}`,
          a.governmentId,
          areaIndicators(await ctx.loaders.indicatorsByArea.load(a.id), roadmapId),
          year,
          quarter,
        )
      ).status,
    achievement: async (a, { year, quarter, roadmapId }, ctx) =>
      (
        await rollUp(
          ctx,
          `area:${a.id}:${roadmapId ?? ''}`,
          a.governmentId,
          areaIndicators(await ctx.loaders.indicatorsByArea.load(a.id), roadmapId),
          year,
          quarter,
        )
      ).achievement,
  },
  Activity: {
    workPlanTitle: async (a, _x, ctx) => (a.workPlanId ? ((await ctx.loaders.workPlan.load(a.workPlanId))?.title ?? null) : null),
    workPlanYear: async (a, _x, ctx) => (a.workPlanId ? ((await ctx.loaders.workPlan.load(a.workPlanId))?.year ?? null) : null),
  },
  Indicator: {
    scaleMin: (i) => i.scaleMin?.toString() ?? null,
    scaleMax: (i) => i.scaleMax?.toString() ?? null,
    ownerAgency: (i, _a, ctx) => (i.ownerAgencyId ? ctx.loaders.agency.load(i.ownerAgencyId) : null),
    goal: (i, _a, ctx) => (i.goalId ? ctx.loaders.goal.load(i.goalId) : null),
    area: (i, _a, ctx) => (i.areaId ? ctx.loaders.area.load(i.areaId) : null),
    values: (i, _a, ctx) => ctx.loaders.valuesByIndicator.load(i.id),
    archivedAt: (i) => i.archivedAt?.toISOString() ?? null,
    baseline: async (i, _a, ctx) =>
      (await ctx.loaders.valuesByIndicator.load(i.id)).filter((v) => v.kind === 'BASELINE' && v.quarter === 0).at(-1) ?? null,
    targets: async (i, _a, ctx) =>
      (await ctx.loaders.valuesByIndicator.load(i.id)).filter((v) => v.kind === 'TARGET' && v.quarter === 0 && v.month === 0),
    ownThresholds: async (i, _a, ctx) => {
      const own = (await ctx.loaders.thresholdsByGovernment.load(i.governmentId)).find((t) => t.indicatorId === i.id);
      return own ? thresholdsView(own) : null;
    },
    yearlyValues: (i, _a, ctx) => ctx.loaders.yearlyValuesByIndicator.load(i.id),
    yearSeries: (i, { fromYear, toYear }, ctx) => yearSeriesOf(ctx, i.id, fromYear, toYear),
    status: async (i, { year, quarter }, ctx) => (await indicatorPeriod(ctx, i, year, quarter)).status,
    achievement: async (i, { year, quarter }, ctx) => (await indicatorPeriod(ctx, i, year, quarter)).achievement,
    canEdit: (i, _a, ctx) => canEditIndicator(ctx, i),
    drivenBy: (i, _a, ctx) => ctx.loaders.activitiesByIndicator.load(i.id),
    agencyValues: (i, { year }, ctx) => ctx.loaders.agencyValues.load(`${i.id}:${year}`),
  },
  IndicatorValue: {
    numericValue: (v) => v.numericValue?.toString() ?? null,
    agency: (v, _a, ctx) => (v.agencyId ? ctx.loaders.agency.load(v.agencyId) : null),
    updatedAt: (v) => new Date(v.updatedAt).toISOString(),
    enteredBy: (v, _a, ctx) => (v.enteredById ? ctx.loaders.userName.load(v.enteredById) : null),
  },
};

/** An area's success indicators, of one road map when given. */
function areaIndicators<T extends { roadmapId: string | null; scope: string }>(rows: T[], roadmapId: string | null | undefined): T[] {
  return rows.filter((r) => r.scope === 'AREA' && (!roadmapId || r.roadmapId === roadmapId));
}
