import type { Resolvers } from '../generated/graphql.ts';
import { accountResolvers } from './account.ts';
import { assessmentResolvers } from './assessment.ts';
import { checksResolvers } from './checks.ts';
import { governmentResolvers } from './government.ts';
import { indicatorResolvers } from './indicators.ts';
import { renaksiResolvers } from './renaksi.ts';
import { roadmapResolvers } from './roadmap.ts';
import { DateTime, Decimal } from './scalars.ts';
import { setupResolvers } from './setup.ts';
import { treeResolvers } from './tree.ts';
import { workPlanResolvers } from './workplans.ts';

const parts: Resolvers[] = [
  accountResolvers,
  governmentResolvers,
  indicatorResolvers,
  workPlanResolvers,
  treeResolvers,
  assessmentResolvers,
  roadmapResolvers,
  setupResolvers,
  renaksiResolvers,
  checksResolvers,
];

/** All resolvers, merged per type. */
export const resolvers: Resolvers = parts.reduce<Record<string, Record<string, unknown>>>(
  (acc, part) => {
    for (const [type, fields] of Object.entries(part)) acc[type] = { ...acc[type], ...(fields as object) };
    return acc;
  },
  { Decimal: Decimal as never, DateTime: DateTime as never },
) as Resolvers;
