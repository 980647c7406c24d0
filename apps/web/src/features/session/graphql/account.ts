import { graphql } from '../../../gql';

export const ChangeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const ActivateAccountMutation = graphql(`
  mutation ActivateAccount($token: String!, $password: String!) {
    activateAccount(token: $token, password: $password) {
      viewer {
        user {
          id
          name
          email
        }
        government {
          id
          code
        }
        memberships {
          id
          government {
            id
            code
          }
        }
      }
    }
  }
`);
