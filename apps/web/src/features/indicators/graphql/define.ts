import { graphql } from '../../../gql';

export const IndicatorAgenciesQuery = graphql(`
  query IndicatorAgencies {
    agencies {
      id
      name
      shortName
      archivedAt
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      name
      scope
      frequency
    }
  }
`);
