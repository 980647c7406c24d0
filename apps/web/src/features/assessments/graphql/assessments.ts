import { graphql } from '../../../gql';

export const FrameworksQuery = graphql(`
  query Frameworks {
    frameworks {
      id
      code
      name
      regulation
      revision
      status
      criterionCount
      national
      inUse
      model
      validFrom
      validTo
    }
  }
`);

export const AssessmentsQuery = graphql(`
  query Assessments {
    assessments {
      id
      title
      year
      status
      deadline
      agency {
        id
        name
        shortName
      }
      framework {
        id
        code
        name
      }
    }
  }
`);
