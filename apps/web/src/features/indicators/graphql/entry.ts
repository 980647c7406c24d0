import { graphql } from '../../../gql';

/** A value with what the entry grid needs to edit it (version, who, when). */
export const IndicatorValueEntryFields = graphql(`
  fragment IndicatorValueEntryFields on IndicatorValue {
    id
    kind
    year
    quarter
    month
    numericValue
    categoryValue
    textValue
    notAvailable
    note
    source
    version
    updatedAt
    enteredBy
  }
`);

/** Indicators to enter values for, with the closed periods and the road maps. */
export const IndicatorEntryQuery = graphql(`
  query IndicatorEntry($filter: IndicatorFilter) {
    roadmaps {
      id
      title
      startYear
      endYear
    }
    periodLocks {
      id
      year
      quarter
      reason
      lockedAt
      lockedBy
      reopenedAt
    }
    indicators(filter: $filter) {
      id
      code
      name
      unit
      valueType
      categories
      scaleMin
      scaleMax
      direction
      scope
      roadmapId
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
      }
      area {
        id
        name
        sortOrder
      }
      values {
        ...IndicatorValueEntryFields
      }
    }
  }
`);

export const SetIndicatorValuesMutation = graphql(`
  mutation SetIndicatorValues($inputs: [IndicatorValueInput!]!, $confirmWarnings: Boolean) {
    setIndicatorValues(inputs: $inputs, confirmWarnings: $confirmWarnings) {
      value {
        ...IndicatorValueEntryFields
      }
      indicator {
        id
        values {
          ...IndicatorValueEntryFields
        }
      }
    }
  }
`);

export const StatusThresholdsQuery = graphql(`
  query StatusThresholds {
    statusThresholds {
      onTrackMin
      atRiskMin
      isDefault
      defaultOnTrackMin
      defaultAtRiskMin
      version
    }
  }
`);

export const SetStatusThresholdsMutation = graphql(`
  mutation SetStatusThresholds($input: StatusThresholdsInput!) {
    setStatusThresholds(input: $input) {
      onTrackMin
      atRiskMin
      isDefault
      defaultOnTrackMin
      defaultAtRiskMin
      version
    }
  }
`);

export const ClosePeriodMutation = graphql(`
  mutation ClosePeriod($year: Int!, $quarter: Int, $reason: String) {
    closePeriod(year: $year, quarter: $quarter, reason: $reason) {
      id
      year
      quarter
      reason
      lockedAt
      lockedBy
      reopenedAt
    }
  }
`);

export const ReopenPeriodMutation = graphql(`
  mutation ReopenPeriod($id: ID!) {
    reopenPeriod(id: $id) {
      id
      year
      quarter
      reason
      lockedAt
      lockedBy
      reopenedAt
    }
  }
`);
