// Renaksi: plans built from the evaluation's findings, their actions and quarterly reports.
import { governmentId } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import {
  createRenaksi,
  renaksiActions,
  reportRenaksiQuarter,
  unfollowedFindings,
  updateRenaksiAction,
} from '../services/work-plan/renaksi.ts';

const evidenceOf = (raw: unknown) =>
  Array.isArray(raw)
    ? raw
        .filter((e): e is { title: string; url: string } => typeof e === 'object' && e !== null && 'url' in e)
        .map((e) => ({ title: String(e.title), url: String(e.url) }))
    : [];

export const renaksiResolvers: Resolvers = {
  Query: {
    unfollowedFindings: (_p, { year }, ctx) => unfollowedFindings(ctx, governmentId(ctx), year),
  },
  Mutation: {
    createRenaksi: (_p, { input }, ctx) => createRenaksi(ctx, input),
    updateRenaksiAction: async (_p, { input }, ctx) => {
      const action = await updateRenaksiAction(ctx, input);
      const plan = await ctx.prisma.workPlan.findFirstOrThrow({ where: { activities: { some: { id: action.activityId } } } });
      return (await renaksiActions(ctx, plan)).find((a) => a.id === action.id)!;
    },
    reportRenaksiQuarter: (_p, { input }, ctx) => reportRenaksiQuarter(ctx, input),
  },
  WorkPlan: {
    renaksiActions: (plan, _a, ctx) => renaksiActions(ctx, plan),
  },
  RenaksiAction: {
    responsibleAgency: (a, _x, ctx) => (a.responsibleAgencyId ? ctx.loaders.agency.load(a.responsibleAgencyId) : null),
  },
  ActionReport: {
    budgetRealization: (r) => r.budgetRealization?.toString() ?? null,
    evidence: (r) => evidenceOf(r.evidence),
    reportedByName: async (r, _x, ctx) =>
      r.reportedById ? ((await ctx.prisma.user.findUnique({ where: { id: r.reportedById }, select: { name: true } }))?.name ?? null) : null,
  },
};
