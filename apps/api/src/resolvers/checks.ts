// Plan checks: reports of a plan, road map or year of indicators, and the rules a government runs.
import type { Resolvers } from '../generated/graphql.ts';
import { indicatorChecks, roadmapChecks, workPlanChecks } from '../services/checks/reports.ts';
import { checkRules, setCheckRule } from '../services/checks/rules.ts';

export const checksResolvers: Resolvers = {
  Query: {
    workPlanChecks: (_p, { workPlanId }, ctx) => workPlanChecks(ctx, workPlanId),
    roadmapChecks: (_p, { roadmapId }, ctx) => roadmapChecks(ctx, roadmapId),
    indicatorChecks: (_p, { year, scope }, ctx) => indicatorChecks(ctx, year, scope),
    checkRules: (_p, _a, ctx) => checkRules(ctx),
  },
  Mutation: {
    setCheckRule: (_p, { input }, ctx) => setCheckRule(ctx, input),
  },
};
