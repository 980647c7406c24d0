import type { Resolvers } from '../generated/graphql.ts';
import {
  addActionEffort,
  createRoadmapAction,
  createRoadmapActivity,
  updateActionEffort,
  updateRoadmapAction,
  updateRoadmapActivity,
} from '../services/roadmap/activities.ts';
import { yearsOf } from '../services/roadmap/common.ts';
import { createGoal, updateGoal } from '../services/roadmap/goals.ts';
import { createRoadmapIndicator, setIndicatorPlan } from '../services/roadmap/indicators.ts';
import { roadmapLoaders } from '../services/roadmap/loaders.ts';
import { moveRoadmapItem } from '../services/roadmap/order.ts';
import { removeRoadmapItem, roadmapItemUsage } from '../services/roadmap/remove.ts';
import { archiveRoadmap, createRoadmap, updateRoadmap } from '../services/roadmap/roadmaps.ts';

export const roadmapResolvers: Resolvers = {
  Query: {
    roadmapItemUsage: (_p, args, ctx) => roadmapItemUsage(ctx, args),
  },
  Mutation: {
    createRoadmap: (_p, { input }, ctx) => createRoadmap(ctx, input),
    updateRoadmap: (_p, { input }, ctx) => updateRoadmap(ctx, input),
    archiveRoadmap: (_p, { input }, ctx) => archiveRoadmap(ctx, input),
    createGoal: (_p, { input }, ctx) => createGoal(ctx, input),
    updateGoal: (_p, { input }, ctx) => updateGoal(ctx, input),
    createRoadmapIndicator: (_p, { input }, ctx) => createRoadmapIndicator(ctx, input),
    setIndicatorPlan: (_p, { input }, ctx) => setIndicatorPlan(ctx, input),
    createRoadmapActivity: (_p, { input }, ctx) => createRoadmapActivity(ctx, input),
    updateRoadmapActivity: (_p, { input }, ctx) => updateRoadmapActivity(ctx, input),
    createRoadmapAction: (_p, { input }, ctx) => createRoadmapAction(ctx, input),
    updateRoadmapAction: (_p, { input }, ctx) => updateRoadmapAction(ctx, input),
    addActionEffort: (_p, { input }, ctx) => addActionEffort(ctx, input) as never,
    updateActionEffort: (_p, { input }, ctx) => updateActionEffort(ctx, input) as never,
    moveRoadmapItem: (_p, { input }, ctx) => moveRoadmapItem(ctx, input),
    removeRoadmapItem: (_p, { input }, ctx) => removeRoadmapItem(ctx, input),
  },
  Roadmap: {
    archivedAt: (r) => r.archivedAt?.toISOString() ?? null,
    years: (r) => yearsOf(r),
    areas: async (r, _a, ctx) => {
      const areas = await roadmapLoaders(ctx).areasByGovernment.load(r.governmentId);
      return areas.map((area) => ({ area, roadmapId: r.id })) as never;
    },
  },
  RoadmapArea: {
    indicators: async (p, _a, ctx) => {
      const { area, roadmapId } = p as unknown as { area: { id: string }; roadmapId: string };
      const rows = await ctx.loaders.indicatorsByArea.load(area.id);
      return rows.filter((i) => i.roadmapId === roadmapId && !i.archivedAt);
    },
    activities: async (p, _a, ctx) => {
      const { area, roadmapId } = p as unknown as { area: { id: string }; roadmapId: string };
      return (await roadmapLoaders(ctx).activitiesByRoadmap.load(roadmapId)).filter((a) => a.areaId === area.id);
    },
  },
  Activity: {
    roadmapActions: async (a, _x, ctx) => (await ctx.loaders.actionsByActivity.load(a.id)).filter((x) => !x.archivedAt),
  },
  Action: {
    efforts: (a, _x, ctx) => roadmapLoaders(ctx).effortsByAction.load(a.id) as never,
  },
  ActionEffort: {
    agency: (e, _x, ctx) => {
      const id = (e as unknown as { agencyId: string | null }).agencyId;
      return id ? ctx.loaders.agency.load(id) : null;
    },
  },
};
