import { graphql } from '../../../gql';

/** One plan with activity → action → step, in document order, with realization and the approved baseline. */
export const WorkPlanQuery = graphql(`
  query WorkPlan($id: ID!) {
    workPlan(id: $id) {
      id
      kind
      year
      title
      regulationRef
      status
      approvedAt
      version
      stepCount
      canEdit
      canApprove
      agency {
        id
        name
        shortName
      }
      baseline {
        id
        createdAt
        steps {
          stepId
          months
        }
      }
      programs {
        id
        code
        name
        sortOrder
        version
      }
      activities {
        id
        code
        name
        budget
        programId
        sortOrder
        version
        area {
          id
          kind
          name
          sortOrder
        }
        indicator {
          id
          code
          name
          unit
        }
        actions {
          ...PlanAction
        }
      }
    }
  }
`);

export const PlanIndicatorFragment = graphql(`
  fragment PlanIndicator on Indicator {
    id
    code
    name
    unit
    version
    valueType
    values {
      id
      kind
      year
      quarter
      month
      numericValue
      categoryValue
      textValue
      notAvailable
    }
  }
`);

export const PlanStepFragment = graphql(`
  fragment PlanStep on Step {
    id
    actionId
    name
    output
    successCriteria
    responsibleText
    responsibleAgency {
      id
      name
      shortName
    }
    months
    sortOrder
    version
    realizations {
      ...PlanRealization
    }
  }
`);

export const PlanRealizationFragment = graphql(`
  fragment PlanRealization on StepRealization {
    id
    stepId
    month
    status
    note
    evidenceLinks
    version
    updatedAt
  }
`);

export const PlanActionFragment = graphql(`
  fragment PlanAction on Action {
    id
    activityId
    code
    name
    output
    responsibleText
    responsibleAgency {
      id
      name
      shortName
    }
    years
    successCriteria
    budget
    sortOrder
    version
    steps {
      ...PlanStep
    }
  }
`);

/** Performance agreements: the indicators with annual and quarterly targets, fetched only for that kind of plan. */
export const PlanTargetsQuery = graphql(`
  query PlanTargets($id: ID!) {
    workPlan(id: $id) {
      id
      activities {
        id
        indicators {
          ...PlanIndicator
        }
        actions {
          id
          indicators {
            ...PlanIndicator
          }
        }
      }
    }
  }
`);
