import type { Resolvers } from '../generated/graphql.ts';
import { hasDemoAccounts } from '../services/setup/demo-accounts.ts';
import { setupProgress } from '../services/setup/progress.ts';

export const setupResolvers: Resolvers = {
  Query: {
    setupProgress: (_p, args, ctx) => setupProgress(ctx, args),
    serverInfo: async (_p, _a, ctx) => ({ demoAccounts: await hasDemoAccounts(ctx.prisma) }),
  },
};
