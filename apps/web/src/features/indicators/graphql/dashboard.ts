import { graphql } from '../../../gql';

/** Values as charts need them (no versions, not normalized). */
export const ChartValueFields = graphql(`
  fragment ChartValueFields on IndicatorValue {
    kind
    year
    quarter
    month
    numericValue
    categoryValue
    notAvailable
  }
`);

export const DashboardIndicatorFields = graphql(`
  fragment DashboardIndicatorFields on Indicator {
    id
    code
    name
    unit
    valueType
    categories
    categoryAchievement
    direction
    status(year: $year, quarter: $quarter)
    achievement(year: $year, quarter: $quarter)
    yearSeries(fromYear: $fromYear, toYear: $toYear) {
      fromYear
      targets
      realizations
      baselineYear
      baseline
    }
  }
`);

/** The road-map dashboard: every road map's goals and the areas, each with its indicators and statuses, in one request. */
export const IndicatorDashboardQuery = graphql(`
  query IndicatorDashboard($year: Int!, $quarter: Int, $roadmapId: ID, $fromYear: Int!, $toYear: Int!, $agreements: Boolean!) {
    statusThresholds {
      onTrackMin
      atRiskMin
    }
    roadmaps {
      id
      title
      startYear
      endYear
      goals {
        id
        code
        statement
        status(year: $year, quarter: $quarter)
        achievement(year: $year, quarter: $quarter)
        indicators {
          ...DashboardIndicatorFields
        }
      }
    }
    areas {
      id
      kind
      name
      sortOrder
      status(year: $year, quarter: $quarter, roadmapId: $roadmapId)
      achievement(year: $year, quarter: $quarter, roadmapId: $roadmapId)
      indicators(roadmapId: $roadmapId) {
        ...DashboardIndicatorFields
      }
    }
    # Shown when the government has no road map; skipped when a road map is chosen.
    agreementIndicators: indicators(filter: { scope: PERFORMANCE_AGREEMENT }) @include(if: $agreements) {
      ...DashboardIndicatorFields
      goal {
        id
        code
        statement
      }
      ownerAgency {
        id
        name
        shortName
      }
    }
  }
`);

/** A goal, its indicators, and the areas with the work-plan actions that drive their indicators. */
export const GoalDrillQuery = graphql(`
  query GoalDrill($year: Int!, $quarter: Int, $roadmapId: ID, $fromYear: Int!, $toYear: Int!) {
    statusThresholds {
      onTrackMin
      atRiskMin
    }
    roadmaps {
      id
      title
      startYear
      endYear
      goals {
        id
        code
        statement
        roadmapId
        status(year: $year, quarter: $quarter)
        achievement(year: $year, quarter: $quarter)
        indicators {
          ...DashboardIndicatorFields
        }
      }
    }
    areas {
      id
      kind
      name
      sortOrder
      status(year: $year, quarter: $quarter, roadmapId: $roadmapId)
      achievement(year: $year, quarter: $quarter, roadmapId: $roadmapId)
      indicators(roadmapId: $roadmapId) {
        ...DashboardIndicatorFields
        drivenBy {
          id
          name
          workPlanId
          workPlanTitle
          workPlanYear
          actions {
            id
            code
            name
            responsibleText
            responsibleAgency {
              id
              shortName
              name
            }
          }
        }
      }
    }
  }
`);

/** One indicator with everything its page shows. */
export const IndicatorDetailQuery = graphql(`
  query IndicatorDetail($id: ID!, $year: Int!) {
    statusThresholds {
      onTrackMin
      atRiskMin
    }
    agencies {
      id
      name
      shortName
    }
    indicator(id: $id) {
      id
      code
      name
      unit
      valueType
      categories
      categoryAchievement
      scaleMin
      scaleMax
      direction
      scope
      roadmapId
      source
      definition
      canEdit
      ownerAgency {
        id
        name
        shortName
      }
      goal {
        id
        code
        statement
        roadmapId
      }
      area {
        id
        name
      }
      status(year: $year)
      achievement(year: $year)
      q1: status(year: $year, quarter: 1)
      q2: status(year: $year, quarter: 2)
      q3: status(year: $year, quarter: 3)
      q4: status(year: $year, quarter: 4)
      values {
        ...IndicatorValueEntryFields
      }
      agencyValues(year: $year) {
        id
        kind
        quarter
        numericValue
        categoryValue
        textValue
        notAvailable
        version
        agency {
          id
          name
          shortName
        }
      }
      drivenBy {
        id
        name
        workPlanId
        workPlanTitle
        workPlanYear
        actions {
          id
          code
          name
        }
      }
    }
  }
`);

export const IndicatorHistoryQuery = graphql(`
  query IndicatorHistory($id: ID!) {
    indicatorHistory(indicatorId: $id, limit: 30) {
      id
      action
      userName
      before
      after
      createdAt
    }
  }
`);
