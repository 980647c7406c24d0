import { graphql } from '../../../gql';

/** The selected government's agencies, parents before children. */
export const AgenciesQuery = graphql(`
  query Agencies {
    agencies {
      id
      name
      shortName
      parentId
    }
  }
`);
