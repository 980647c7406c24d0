import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      name
      email
      roles
      agency {
        id
        name
        shortName
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($limit: Int) {
    auditLog(limit: $limit) {
      id
      entity
      entityId
      action
      userName
      createdAt
    }
  }
`);
