import { graphql } from '../../../gql';

export const UpdateStepMutation = graphql(`
  mutation UpdateStep($input: UpdateStepInput!) {
    updateStep(input: $input) {
      ...PlanStep
    }
  }
`);

export const UpdateStepsMutation = graphql(`
  mutation UpdateSteps($inputs: [UpdateStepInput!]!) {
    updateSteps(inputs: $inputs) {
      ...PlanStep
    }
  }
`);

export const CreateStepMutation = graphql(`
  mutation CreateStep($input: CreateStepInput!) {
    createStep(input: $input) {
      ...PlanStep
    }
  }
`);

export const DeleteStepMutation = graphql(`
  mutation DeleteStep($id: ID!, $version: Int!) {
    deleteStep(id: $id, version: $version) {
      action {
        id
        steps {
          id
          sortOrder
        }
      }
      snapshot {
        ...StepSnapshotFields
      }
    }
  }
`);

export const StepSnapshotFragment = graphql(`
  fragment StepSnapshotFields on StepSnapshot {
    id
    actionId
    name
    output
    successCriteria
    responsibleAgencyId
    responsibleText
    months
    sortOrder
    realizations {
      month
      status
      note
      evidenceLinks
    }
    baselines {
      baselineId
      months
    }
  }
`);

export const RestoreStepMutation = graphql(`
  mutation RestoreStep($snapshot: StepSnapshotInput!) {
    restoreStep(snapshot: $snapshot) {
      ...PlanStep
    }
  }
`);

export const MoveStepMutation = graphql(`
  mutation MoveStep($input: MoveInput!) {
    moveStep(input: $input) {
      step {
        ...PlanStep
      }
      from {
        id
        steps {
          id
          sortOrder
        }
      }
      to {
        id
        steps {
          id
          sortOrder
        }
      }
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      name
      output
      successCriteria
      responsibleText
      responsibleAgency {
        id
        name
        shortName
      }
      version
    }
  }
`);

export const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...PlanAction
    }
  }
`);

export const DeleteActionMutation = graphql(`
  mutation DeleteAction($id: ID!, $version: Int!) {
    deleteAction(id: $id, version: $version) {
      activity {
        id
        actions {
          id
          sortOrder
        }
      }
      snapshot {
        id
        activityId
        name
        output
        successCriteria
        responsibleAgencyId
        responsibleText
        sortOrder
        steps {
          ...StepSnapshotFields
        }
      }
    }
  }
`);

export const RestoreActionMutation = graphql(`
  mutation RestoreAction($snapshot: ActionSnapshotInput!) {
    restoreAction(snapshot: $snapshot) {
      ...PlanAction
    }
  }
`);

export const MoveActionMutation = graphql(`
  mutation MoveAction($input: MoveInput!) {
    moveAction(input: $input) {
      action {
        id
        activityId
        sortOrder
        version
      }
      from {
        id
        actions {
          id
          sortOrder
        }
      }
      to {
        id
        actions {
          id
          sortOrder
        }
      }
    }
  }
`);

export const SetRealizationMutation = graphql(`
  mutation SetStepRealization($input: SetRealizationInput!) {
    setStepRealization(input: $input) {
      ...PlanRealization
    }
  }
`);

export const ClearRealizationMutation = graphql(`
  mutation ClearStepRealization($stepId: ID!, $month: Int!, $version: Int!) {
    clearStepRealization(stepId: $stepId, month: $month, version: $version) {
      step {
        id
        realizations {
          ...PlanRealization
        }
      }
    }
  }
`);

export const ApproveWorkPlanMutation = graphql(`
  mutation ApproveWorkPlan($id: ID!, $version: Int!, $note: String) {
    approveWorkPlan(id: $id, version: $version, note: $note) {
      id
      status
      approvedAt
      version
      baseline {
        id
        createdAt
        steps {
          stepId
          months
        }
      }
    }
  }
`);
