import { type Context, governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { agencyWithDescendants } from '../services/agency.ts';
import { inScope } from '../services/kernel.ts';
import { createAction, deleteAction, moveAction, restoreAction, updateAction } from '../services/work-plan/actions.ts';
import { approveWorkPlan, canApprovePlan, clearStepRealization, setStepRealization } from '../services/work-plan/realization.ts';
import { copyWorkPlan, copyWorkPlanPreview } from '../services/work-plan/copy.ts';
import { createPlanActivity, createWorkPlan, deleteWorkPlan, planSetupOptions, updateWorkPlan } from '../services/work-plan/create.ts';
import { createWorkPlanFromRoadmap, planFromRoadmapPreview } from '../services/work-plan/from-roadmap.ts';
import {
  createPkActivity,
  createPkSubActivity,
  createProgram,
  deletePkActivity,
  deletePkIndicator,
  deletePkSubActivity,
  deleteProgram,
  setPkTargets,
  updatePkActivity,
  updatePkSubActivity,
  updateProgram,
} from '../services/work-plan/performance-agreement.ts';
import { createStep, deleteStep, moveStep, restoreStep, updateStep, updateSteps } from '../services/work-plan/steps.ts';

const ordered = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

function groupBy<T>(rows: T[], key: (row: T) => string) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Reads a plan's actions, steps and realizations with one query each, filtered
 * by the plan (a join) rather than by thousands of parent ids, and hands them
 * to the per-request loaders. Same number of queries as the loaders alone.
 */
async function primePlan(ctx: Context, workPlanId: string, activityIds: string[]) {
  const byPlan = { activity: { workPlanId } };
  const actions = await ctx.prisma.action.findMany({ where: byPlan, orderBy: ordered });
  const actionsBy = groupBy(actions, (a) => a.activityId);
  for (const id of activityIds) ctx.loaders.actionsByActivity.prime(id, actionsBy.get(id) ?? []);
  const steps = await ctx.prisma.step.findMany({ where: { action: byPlan }, orderBy: ordered });
  const stepsBy = groupBy(steps, (s) => s.actionId);
  for (const a of actions) ctx.loaders.stepsByAction.prime(a.id, stepsBy.get(a.id) ?? []);
  const realizations = await ctx.prisma.stepRealization.findMany({ where: { step: { action: byPlan } }, orderBy: { month: 'asc' } });
  const realizationsBy = groupBy(realizations, (r) => r.stepId);
  for (const st of steps) ctx.loaders.realizationsByStep.prime(st.id, realizationsBy.get(st.id) ?? []);
}

export const workPlanResolvers: Resolvers = {
  Query: {
    workPlans: async (_p, { year, kind, agencyId }, ctx) =>
      ctx.prisma.workPlan.findMany({
        where: {
          governmentId: governmentId(ctx),
          ...(year ? { year } : {}),
          ...(kind ? { kind } : {}),
          ...(agencyId ? { agencyId: { in: await agencyWithDescendants(ctx, agencyId) } } : {}),
        },
        orderBy: [{ year: 'desc' }, { kind: 'asc' }, { title: 'asc' }],
      }),
    workPlan: (_p, { id }, ctx) => ctx.prisma.workPlan.findFirst({ where: { id, governmentId: governmentId(ctx) } }),
    planSetupOptions: (_p, { year }, ctx) => planSetupOptions(ctx, year),
    planFromRoadmapPreview: (_p, args, ctx) => planFromRoadmapPreview(ctx, args),
    copyWorkPlanPreview: (_p, args, ctx) => copyWorkPlanPreview(ctx, args),
  },
  Mutation: {
    updateStep: (_p, { input }, ctx) => updateStep(ctx, input),
    updateSteps: (_p, { inputs }, ctx) => updateSteps(ctx, inputs),
    createStep: (_p, { input }, ctx) => createStep(ctx, input),
    deleteStep: (_p, args, ctx) => deleteStep(ctx, args),
    restoreStep: (_p, { snapshot }, ctx) => restoreStep(ctx, snapshot),
    moveStep: (_p, { input }, ctx) => moveStep(ctx, input),
    updateAction: (_p, { input }, ctx) => updateAction(ctx, input),
    createAction: (_p, { input }, ctx) => createAction(ctx, input),
    deleteAction: (_p, args, ctx) => deleteAction(ctx, args),
    restoreAction: (_p, { snapshot }, ctx) => restoreAction(ctx, snapshot),
    moveAction: (_p, { input }, ctx) => moveAction(ctx, input),
    setStepRealization: (_p, { input }, ctx) => setStepRealization(ctx, input),
    clearStepRealization: (_p, args, ctx) => clearStepRealization(ctx, args),
    approveWorkPlan: (_p, args, ctx) => approveWorkPlan(ctx, args),
    createWorkPlan: (_p, { input }, ctx) => createWorkPlan(ctx, input),
    createWorkPlanFromRoadmap: (_p, { input }, ctx) => createWorkPlanFromRoadmap(ctx, input),
    copyWorkPlan: (_p, { input }, ctx) => copyWorkPlan(ctx, input),
    updateWorkPlan: (_p, { input }, ctx) => updateWorkPlan(ctx, input),
    deleteWorkPlan: (_p, args, ctx) => deleteWorkPlan(ctx, args),
    createPlanActivity: (_p, { input }, ctx) => createPlanActivity(ctx, input),
    createProgram: (_p, { input }, ctx) => createProgram(ctx, input),
    updateProgram: (_p, { input }, ctx) => updateProgram(ctx, input),
    deleteProgram: (_p, args, ctx) => deleteProgram(ctx, args),
    createPkActivity: (_p, { input }, ctx) => createPkActivity(ctx, input),
    updatePkActivity: (_p, { input }, ctx) => updatePkActivity(ctx, input),
    deletePkActivity: (_p, args, ctx) => deletePkActivity(ctx, args),
    createPkSubActivity: (_p, { input }, ctx) => createPkSubActivity(ctx, input),
    updatePkSubActivity: (_p, { input }, ctx) => updatePkSubActivity(ctx, input),
    deletePkSubActivity: (_p, args, ctx) => deletePkSubActivity(ctx, args),
    setPkTargets: (_p, { input }, ctx) => setPkTargets(ctx, input),
    deletePkIndicator: (_p, args, ctx) => deletePkIndicator(ctx, args),
  },
  WorkPlan: {
    agency: (w, _a, ctx) => (w.agencyId ? ctx.loaders.agency.load(w.agencyId) : null),
    programs: (w, _a, ctx) => ctx.loaders.programsByWorkPlan.load(w.id),
    activities: async (w, _a, ctx) => {
      const activities = await ctx.loaders.activitiesByWorkPlan.load(w.id);
      await primePlan(
        ctx,
        w.id,
        activities.map((a) => a.id),
      );
      return activities;
    },
    stepCount: (w, _a, ctx) => ctx.prisma.step.count({ where: { action: { activity: { workPlanId: w.id } } } }),
    activityCount: (w, _a, ctx) => ctx.prisma.activity.count({ where: { workPlanId: w.id } }),
    actionCount: (w, _a, ctx) => ctx.prisma.action.count({ where: { activity: { workPlanId: w.id } } }),
    approvedAt: (w) => w.approvedAt?.toISOString() ?? null,
    baseline: async (w, _a, ctx) => {
      const baseline = await ctx.loaders.baselineByWorkPlan.load(w.id);
      return baseline ? { ...baseline, createdAt: baseline.createdAt.toISOString() } : null;
    },
    // A planner limited to an agency edits that agency's plans (and its sub-units') only.
    canEdit: (w, _a, ctx) => inScope(ctx, ['PLANNER'], w.agencyId),
    canApprove: (w, _a, ctx) => canApprovePlan(ctx, w.agencyId),
  },
  Activity: {
    area: (a, _x, ctx) => (a.areaId ? ctx.loaders.area.load(a.areaId) : null),
    indicator: (a, _x, ctx) => (a.indicatorId ? ctx.loaders.indicator.load(a.indicatorId) : null),
    budget: (a) => a.budget?.toString() ?? null,
    actions: (a, _x, ctx) => ctx.loaders.actionsByActivity.load(a.id),
    indicators: (a, _x, ctx) => ctx.loaders.indicatorsByActivity.load(a.id),
  },
  Action: {
    responsibleAgency: (a, _x, ctx) => (a.responsibleAgencyId ? ctx.loaders.agency.load(a.responsibleAgencyId) : null),
    steps: (a, _x, ctx) => ctx.loaders.stepsByAction.load(a.id),
    indicators: (a, _x, ctx) => ctx.loaders.indicatorsByAction.load(a.id),
    budget: (a) => a.budget?.toString() ?? null,
  },
  Step: {
    responsibleAgency: (s, _x, ctx) => (s.responsibleAgencyId ? ctx.loaders.agency.load(s.responsibleAgencyId) : null),
    realizations: (s, _x, ctx) => ctx.loaders.realizationsByStep.load(s.id),
  },
  StepRealization: {
    updatedAt: (r) => r.updatedAt.toISOString(),
  },
};
