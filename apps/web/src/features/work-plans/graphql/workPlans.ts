import { graphql } from '../../../gql';

/** The government's plans, or one agency's (the page filters by year on the client). */
export const WorkPlansQuery = graphql(`
  query WorkPlans($agencyId: ID) {
    workPlans(agencyId: $agencyId) {
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
