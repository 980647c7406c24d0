import { graphql } from '../../../gql';

/** One plan with activity → action → step, in document order. */
export const WorkPlanQuery = graphql(`
  query WorkPlan($id: ID!) {
    workPlan(id: $id) {
      id
      kind
      year
      title
      regulationRef
      status
      version
      stepCount
      agency {
        id
        name
        shortName
      }
      programs {
        id
        code
        name
      }
      activities {
        id
        code
        name
        budget
        programId
        sortOrder
        version
        area {
          id
          kind
          name
          sortOrder
        }
        indicator {
          id
          code
          name
          unit
        }
        actions {
          id
          code
          name
          output
          responsibleText
          responsibleAgency {
            id
            name
            shortName
          }
          years
          successCriteria
          sortOrder
          version
          steps {
            id
            name
            output
            successCriteria
            responsibleText
            responsibleAgency {
              id
              name
              shortName
            }
            months
            sortOrder
            version
          }
        }
      }
    }
  }
`);
