import { graphql } from '../../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      viewer {
        user {
          id
          name
          email
          locale
        }
        government {
          id
          code
          name
        }
        mustChangePassword
        memberships {
          id
          role
          government {
            id
            code
            name
          }
        }
      }
    }
  }
`);
