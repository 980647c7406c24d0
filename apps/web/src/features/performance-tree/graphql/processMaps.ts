import { graphql } from '../../../gql';

export const ProcessMapFieldsFragment = graphql(`
  fragment ProcessMapFields on ProcessMap {
    id
    title
    version
    canEdit
    actors
    agency {
      id
      name
    }
    processes {
      id
      parentId
      kind
      name
      responsibleOfficial
      sortOrder
      version
    }
    crossFunctionSteps {
      id
      activity
      actor
      outputDocument
      sortOrder
      version
    }
  }
`);

export const ProcessMapsQuery = graphql(`
  query ProcessMaps {
    processMaps {
      ...ProcessMapFields
    }
  }
`);

export const AddBusinessProcessMutation = graphql(`
  mutation AddBusinessProcess($input: AddBusinessProcessInput!) {
    addBusinessProcess(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const UpdateBusinessProcessMutation = graphql(`
  mutation UpdateBusinessProcess($input: UpdateBusinessProcessInput!) {
    updateBusinessProcess(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const DeleteBusinessProcessMutation = graphql(`
  mutation DeleteBusinessProcess($id: ID!, $version: Int!) {
    deleteBusinessProcess(id: $id, version: $version) {
      ...ProcessMapFields
    }
  }
`);

export const MoveBusinessProcessMutation = graphql(`
  mutation MoveBusinessProcess($input: MoveBusinessProcessInput!) {
    moveBusinessProcess(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const AddCrossFunctionStepMutation = graphql(`
  mutation AddCrossFunctionStep($input: AddCrossFunctionStepInput!) {
    addCrossFunctionStep(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const UpdateCrossFunctionStepMutation = graphql(`
  mutation UpdateCrossFunctionStep($input: UpdateCrossFunctionStepInput!) {
    updateCrossFunctionStep(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const MoveCrossFunctionStepMutation = graphql(`
  mutation MoveCrossFunctionStep($input: MoveCrossFunctionStepInput!) {
    moveCrossFunctionStep(input: $input) {
      ...ProcessMapFields
    }
  }
`);

export const DeleteCrossFunctionStepMutation = graphql(`
  mutation DeleteCrossFunctionStep($id: ID!, $version: Int!) {
    deleteCrossFunctionStep(id: $id, version: $version) {
      ...ProcessMapFields
    }
  }
`);
