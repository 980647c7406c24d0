import { graphql } from '../../../gql';

/** What the server tells anyone: whether it holds the demo accounts. */
export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      demoAccounts
    }
  }
`);
