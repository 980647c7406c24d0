import { graphql } from '../../../gql';

export const RoadmapsQuery = graphql(`
  query RoadmapList {
    roadmaps {
      id
      title
      startYear
      endYear
      regulationRef
      archivedAt
      version
      goals {
        id
      }
    }
  }
`);

export const RoadmapValueFields = graphql(`
  fragment RoadmapValue on IndicatorValue {
    id
    year
    numericValue
    categoryValue
    textValue
    notAvailable
    source
    version
  }
`);

export const RoadmapIndicatorFields = graphql(`
  fragment RoadmapIndicator on Indicator {
    id
    code
    name
    unit
    valueType
    scaleMin
    scaleMax
    categories
    categoryAchievement
    direction
    scope
    sortOrder
    version
    baseline {
      ...RoadmapValue
    }
    targets {
      ...RoadmapValue
    }
  }
`);

export const RoadmapActionFields = graphql(`
  fragment RoadmapAction on Action {
    id
    code
    name
    years
    output
    responsibleText
    sortOrder
    version
    responsibleAgency {
      id
      name
      shortName
    }
    efforts {
      id
      description
      sortOrder
      version
      agency {
        id
        name
        shortName
      }
    }
  }
`);

export const RoadmapQuery = graphql(`
  query RoadmapView($id: ID!) {
    roadmap(id: $id) {
      id
      title
      startYear
      endYear
      regulationRef
      archivedAt
      version
      years
      goals {
        id
        code
        statement
        sortOrder
        version
        indicators {
          ...RoadmapIndicator
        }
      }
      areas {
        area {
          id
          kind
          name
        }
        indicators {
          ...RoadmapIndicator
        }
        activities {
          id
          code
          name
          sortOrder
          version
          roadmapActions {
            ...RoadmapAction
          }
        }
      }
    }
    agencies {
      id
      name
      shortName
      archivedAt
    }
  }
`);

export const CreateRoadmapMutation = graphql(`
  mutation CreateRoadmap($input: CreateRoadmapInput!) {
    createRoadmap(input: $input) {
      id
      title
      startYear
      endYear
      regulationRef
      version
    }
  }
`);

export const UpdateRoadmapMutation = graphql(`
  mutation UpdateRoadmap($input: UpdateRoadmapInput!) {
    updateRoadmap(input: $input) {
      id
      title
      startYear
      endYear
      regulationRef
      years
      version
    }
  }
`);

export const ArchiveRoadmapMutation = graphql(`
  mutation ArchiveRoadmap($input: VersionInput!) {
    archiveRoadmap(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      code
      statement
      version
    }
  }
`);

export const CreateRoadmapIndicatorMutation = graphql(`
  mutation CreateRoadmapIndicator($input: CreateRoadmapIndicatorInput!) {
    createRoadmapIndicator(input: $input) {
      ...RoadmapIndicator
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateRoadmapIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...RoadmapIndicator
    }
  }
`);

export const SetIndicatorPlanMutation = graphql(`
  mutation SetIndicatorPlan($input: SetIndicatorPlanInput!) {
    setIndicatorPlan(input: $input) {
      ...RoadmapIndicator
    }
  }
`);

export const CreateRoadmapActivityMutation = graphql(`
  mutation CreateRoadmapActivity($input: CreateRoadmapActivityInput!) {
    createRoadmapActivity(input: $input) {
      id
    }
  }
`);

export const UpdateRoadmapActivityMutation = graphql(`
  mutation UpdateRoadmapActivity($input: UpdateRoadmapActivityInput!) {
    updateRoadmapActivity(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const CreateRoadmapActionMutation = graphql(`
  mutation CreateRoadmapAction($input: CreateRoadmapActionInput!) {
    createRoadmapAction(input: $input) {
      id
    }
  }
`);

export const UpdateRoadmapActionMutation = graphql(`
  mutation UpdateRoadmapAction($input: UpdateRoadmapActionInput!) {
    updateRoadmapAction(input: $input) {
      ...RoadmapAction
    }
  }
`);

export const AddActionEffortMutation = graphql(`
  mutation AddActionEffort($input: AddActionEffortInput!) {
    addActionEffort(input: $input) {
      id
    }
  }
`);

export const UpdateActionEffortMutation = graphql(`
  mutation UpdateActionEffort($input: UpdateActionEffortInput!) {
    updateActionEffort(input: $input) {
      id
      description
      version
      agency {
        id
        name
        shortName
      }
    }
  }
`);

export const MoveRoadmapItemMutation = graphql(`
  mutation MoveRoadmapItem($input: MoveRoadmapItemInput!) {
    moveRoadmapItem(input: $input) {
      id
    }
  }
`);

export const RoadmapItemUsageQuery = graphql(`
  query RoadmapItemUsage($kind: RoadmapItemKind!, $id: ID!) {
    roadmapItemUsage(kind: $kind, id: $id) {
      values
      plans
      treeLinks
      efforts
      children
      archive
    }
  }
`);

export const RemoveRoadmapItemMutation = graphql(`
  mutation RemoveRoadmapItem($input: RoadmapItemInput!) {
    removeRoadmapItem(input: $input) {
      archived
    }
  }
`);
