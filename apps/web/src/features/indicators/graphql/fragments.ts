import { graphql } from '../../../gql';

export const IndicatorValueFields = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
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
  }
`);
