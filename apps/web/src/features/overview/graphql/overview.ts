import { graphql } from '../../../gql';

/** Counts and headlines for the government's overview page. */
export const OverviewQuery = graphql(`
  query Overview {
    roadmaps {
      id
      title
      startYear
      endYear
    }
    indicators {
      id
      scope
    }
    workPlans {
      id
      kind
      year
      title
      status
      stepCount
    }
    performanceTrees {
      id
      title
      year
    }
    frameworks {
      id
    }
    assessments {
      id
      title
      year
      status
    }
  }
`);
