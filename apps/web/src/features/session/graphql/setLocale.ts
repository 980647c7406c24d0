import { graphql } from '../../../gql';

export const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: String!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);
