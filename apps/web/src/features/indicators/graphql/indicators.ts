import { graphql } from '../../../gql';

/** All indicators of the government with their values (filtered on the client). */
export const IndicatorsQuery = graphql(`
  query Indicators($year: Int!) {
    indicators {
      id
      code
      name
      unit
      valueType
      categoryAchievement
      direction
      status(year: $year)
      achievement(year: $year)
      scope
      source
      ownerAgency {
        id
        name
        shortName
      }
      goal {
        id
        code
        statement
      }
      area {
        id
        kind
        name
        sortOrder
      }
      # The list shows baselines and yearly targets: the yearly values only, not every quarter.
      values: yearlyValues {
        ...IndicatorValueFields
      }
    }
  }
`);

/** The road maps with their goals (sasaran) and goal indicators. */
export const RoadmapsQuery = graphql(`
  query Roadmaps {
    roadmaps {
      id
      title
      startYear
      endYear
      regulationRef
      goals {
        id
        code
        statement
        indicators {
          id
          code
          name
          unit
          valueType
          scope
          ownerAgency {
            id
            name
            shortName
          }
          values: yearlyValues {
            ...IndicatorValueFields
          }
        }
      }
    }
  }
`);
