import { graphql } from '../../../gql';

export const CheckFindingFields = graphql(`
  fragment CheckFindingFields on CheckFinding {
    rule
    severity
    messageKey
    params {
      name
      value
    }
    target {
      type
      indicatorId
      kind
      year
      quarter
      agencyId
      activityId
      actionId
      stepId
    }
  }
`);

export const CheckReportFields = graphql(`
  fragment CheckReportFields on CheckReport {
    errorCount
    warningCount
    disabledRules
    findings {
      ...CheckFindingFields
    }
  }
`);

export const WorkPlanChecksQuery = graphql(`
  query WorkPlanChecks($workPlanId: ID!) {
    workPlanChecks(workPlanId: $workPlanId) {
      ...CheckReportFields
    }
  }
`);

export const RoadmapChecksQuery = graphql(`
  query RoadmapChecks($roadmapId: ID!) {
    roadmapChecks(roadmapId: $roadmapId) {
      ...CheckReportFields
    }
  }
`);

export const IndicatorChecksQuery = graphql(`
  query IndicatorChecks($year: Int!, $scope: IndicatorScope) {
    indicatorChecks(year: $year, scope: $scope) {
      ...CheckReportFields
    }
  }
`);

export const CheckRulesQuery = graphql(`
  query CheckRules {
    checkRules {
      id
      severity
      enabled
      reason
      version
      updatedAt
    }
  }
`);

export const SetCheckRuleMutation = graphql(`
  mutation SetCheckRule($input: CheckRuleInput!) {
    setCheckRule(input: $input) {
      id
      severity
      enabled
      reason
      version
      updatedAt
    }
  }
`);
