import { graphql } from '../../../gql';

export const PerformanceTreesQuery = graphql(`
  query PerformanceTrees {
    performanceTrees {
      id
      title
      year
      agency {
        id
        name
        shortName
      }
      nodes {
        id
      }
    }
  }
`);

export const PerformanceTreeQuery = graphql(`
  query PerformanceTree($id: ID!) {
    performanceTree(id: $id) {
      id
      title
      year
      agency {
        id
        name
        shortName
      }
      nodes {
        id
        parentId
        level
        sortOrder
        kind
        statement
        indicatorText
        observedProblem
        observedValue
        observedYear
        observedSource
        rationale
        responsibleOfficial
        version
      }
    }
  }
`);
