import { graphql } from '../../../gql';

/** All plans of the government (the page filters by year on the client). */
export const WorkPlansQuery = graphql(`
  query WorkPlans {
    workPlans {
      id
      kind
      year
      title
      regulationRef
      status
      stepCount
      agency {
        id
        name
        shortName
      }
    }
  }
`);
