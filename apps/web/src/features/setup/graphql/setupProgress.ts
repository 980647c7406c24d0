import { graphql } from '../../../gql';

/** The home page's set-up checklist for the selected year. */
export const SetupProgressQuery = graphql(`
  query SetupProgress($year: Int!) {
    setupProgress(year: $year) {
      year
      complete
      steps {
        key
        done
        count
      }
    }
  }
`);
