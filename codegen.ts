// GraphQL code generation: typed resolvers for the API (backed by Prisma rows
// through `mappers`) and typed documents for the web app. Run `pnpm codegen`
// after changing a .graphql file or a query in apps/web; output is committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/src/schema/*.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#Context',
        scalars: { Decimal: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        mappers: {
          Government: '@rb/db#Government as GovernmentRow',
          Agency: '@rb/db#Agency as AgencyRow',
          Area: '@rb/db#Area as AreaRow',
          User: '@rb/db#User as UserRow',
          Membership: '@rb/db#Membership as MembershipRow',
          Roadmap: '@rb/db#Roadmap as RoadmapRow',
          Goal: '@rb/db#Goal as GoalRow',
          Indicator: '@rb/db#Indicator as IndicatorRow',
          IndicatorValue: '@rb/db#IndicatorValue as IndicatorValueRow',
          WorkPlan: '@rb/db#WorkPlan as WorkPlanRow',
          Program: '@rb/db#Program as ProgramRow',
          Activity: '@rb/db#Activity as ActivityRow',
          Action: '@rb/db#Action as ActionRow',
          Step: '@rb/db#Step as StepRow',
          StepRealization: '@rb/db#StepRealization as StepRealizationRow',
          PerformanceTree: '@rb/db#PerformanceTree as PerformanceTreeRow',
          TreeNode: '@rb/db#TreeNode as TreeNodeRow',
          Framework: '@rb/db#Framework as FrameworkRow',
          Assessment: '@rb/db#Assessment as AssessmentRow',
          Finding: '@rb/db#Finding as FindingRow',
          AssessmentExclusion: '@rb/db#AssessmentExclusion as AssessmentExclusionRow',
          EvaluatorScore: '../services/assessment/views.ts#EvaluatorScoreView',
          ActionReport: '@rb/db#ActionReport as ActionReportRow',
          RenaksiAction: '../services/work-plan/renaksi.ts#RenaksiActionView',
        },
      },
    },
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, scalars: { Decimal: 'string', DateTime: 'string' }, enumsAsTypes: true },
    },
  },
};

export default config;
