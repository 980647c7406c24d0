import { graphql } from '../../../gql';

/** Who is signed in, their governments and their roles in the selected one (null when signed out). */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        name
        email
        locale
      }
      memberships {
        id
        role
        government {
          id
          code
          name
          kind
          region
        }
        agency {
          id
          name
          shortName
        }
      }
      government {
        id
        code
        name
        kind
        region
      }
      roles
      agency {
        id
        name
        shortName
      }
      mustChangePassword
    }
  }
`);

/** The years that have plans, trees or assessments or fall in a road map: the year switcher's choices. */
export const YearOptionsQuery = graphql(`
  query YearOptions {
    workPlans {
      id
      year
    }
    performanceTrees {
      id
      year
    }
    assessments {
      id
      year
    }
    roadmaps {
      id
      startYear
      endYear
    }
  }
`);
