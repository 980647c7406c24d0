import { graphql } from '../../../gql';

/** What an empty year can start from: road maps and earlier plans. */
export const PlanSetupOptionsQuery = graphql(`
  query PlanSetupOptions($year: Int!) {
    planSetupOptions(year: $year) {
      year
      roadmaps {
        id
        title
        startYear
        endYear
        coversYear
        actionsInYear
      }
      copySources {
        id
        kind
        year
        title
        status
        stepCount
        agency {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const PlanPreviewFieldsFragment = graphql(`
  fragment PlanPreviewFields on PlanPreview {
    kind
    year
    title
    agency {
      id
      name
      shortName
    }
    existing {
      id
      title
    }
    programCount
    activityCount
    actionCount
    stepCount
    areas {
      area {
        id
        name
      }
      activityCount
      actionCount
      activities {
        name
        actions {
          name
          output
          responsible
          stepCount
        }
      }
    }
    leftOut {
      entity
      name
      reason
      years
    }
    realizationsNotCopied
    baselinesNotCopied
    approvalNotCopied
  }
`);

export const PlanFromRoadmapPreviewQuery = graphql(`
  query PlanFromRoadmapPreview($roadmapId: ID!, $year: Int!, $agencyId: ID) {
    planFromRoadmapPreview(roadmapId: $roadmapId, year: $year, agencyId: $agencyId) {
      ...PlanPreviewFields
    }
  }
`);

export const CopyWorkPlanPreviewQuery = graphql(`
  query CopyWorkPlanPreview($sourceId: ID!, $year: Int!, $agencyId: ID) {
    copyWorkPlanPreview(sourceId: $sourceId, year: $year, agencyId: $agencyId) {
      ...PlanPreviewFields
    }
  }
`);

export const CreateWorkPlanMutation = graphql(`
  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
    createWorkPlan(input: $input) {
      id
      kind
      year
      title
    }
  }
`);

export const CreateWorkPlanFromRoadmapMutation = graphql(`
  mutation CreateWorkPlanFromRoadmap($input: PlanFromRoadmapInput!) {
    createWorkPlanFromRoadmap(input: $input) {
      id
      kind
      year
      title
    }
  }
`);

export const CopyWorkPlanMutation = graphql(`
  mutation CopyWorkPlan($input: CopyWorkPlanInput!) {
    copyWorkPlan(input: $input) {
      id
      kind
      year
      title
    }
  }
`);

export const UpdateWorkPlanMutation = graphql(`
  mutation UpdateWorkPlan($input: UpdateWorkPlanInput!) {
    updateWorkPlan(input: $input) {
      id
      title
      regulationRef
      version
      agency {
        id
        name
        shortName
      }
    }
  }
`);

export const DeleteWorkPlanMutation = graphql(`
  mutation DeleteWorkPlan($id: ID!, $version: Int!) {
    deleteWorkPlan(id: $id, version: $version) {
      id
      activityCount
      actionCount
      stepCount
    }
  }
`);

export const PlanCountsQuery = graphql(`
  query PlanCounts($id: ID!) {
    workPlan(id: $id) {
      id
      activityCount
      actionCount
      stepCount
    }
  }
`);

export const CreatePlanActivityMutation = graphql(`
  mutation CreatePlanActivity($input: CreatePlanActivityInput!) {
    createPlanActivity(input: $input) {
      id
    }
  }
`);

export const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const DeleteProgramMutation = graphql(`
  mutation DeleteProgram($id: ID!, $version: Int!) {
    deleteProgram(id: $id, version: $version) {
      id
    }
  }
`);

export const CreatePkActivityMutation = graphql(`
  mutation CreatePkActivity($input: CreatePkActivityInput!) {
    createPkActivity(input: $input) {
      id
    }
  }
`);

export const UpdatePkActivityMutation = graphql(`
  mutation UpdatePkActivity($input: UpdatePkActivityInput!) {
    updatePkActivity(input: $input) {
      id
      code
      name
      budget
      version
    }
  }
`);

export const DeletePkActivityMutation = graphql(`
  mutation DeletePkActivity($id: ID!, $version: Int!) {
    deletePkActivity(id: $id, version: $version) {
      id
    }
  }
`);

export const CreatePkSubActivityMutation = graphql(`
  mutation CreatePkSubActivity($input: CreatePkSubActivityInput!) {
    createPkSubActivity(input: $input) {
      id
    }
  }
`);

export const UpdatePkSubActivityMutation = graphql(`
  mutation UpdatePkSubActivity($input: UpdatePkSubActivityInput!) {
    updatePkSubActivity(input: $input) {
      id
      code
      name
      budget
      version
    }
  }
`);

export const DeletePkSubActivityMutation = graphql(`
  mutation DeletePkSubActivity($id: ID!, $version: Int!) {
    deletePkSubActivity(id: $id, version: $version) {
      id
    }
  }
`);

export const SetPkTargetsMutation = graphql(`
  mutation SetPkTargets($input: SetPkTargetsInput!) {
    setPkTargets(input: $input) {
      id
      name
      unit
      version
    }
  }
`);

export const AreasForPlanQuery = graphql(`
  query AreasForPlan {
    areas {
      id
      name
    }
  }
`);
