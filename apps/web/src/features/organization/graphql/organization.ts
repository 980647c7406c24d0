import { graphql } from '../../../gql';

export const AgencyFields = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    shortName
    code
    kind
    parentId
    archivedAt
    version
  }
`);

/** Every agency, archived ones too (the administrator's outline). */
export const AdminAgenciesQuery = graphql(`
  query AdminAgencies {
    agencies(includeArchived: true) {
      ...AgencyFields
    }
  }
`);

export const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      ...AgencyFields
    }
  }
`);

export const UpdateAgencyMutation = graphql(`
  mutation UpdateAgencyDetails($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      ...AgencyFields
    }
  }
`);

export const MoveAgencyMutation = graphql(`
  mutation MoveAgency($id: ID!, $version: Int!, $parentId: ID) {
    moveAgency(id: $id, version: $version, parentId: $parentId) {
      ...AgencyFields
    }
  }
`);

export const ArchiveAgencyMutation = graphql(`
  mutation ArchiveAgency($id: ID!, $version: Int!) {
    archiveAgency(id: $id, version: $version) {
      ...AgencyFields
    }
  }
`);

export const RestoreAgencyMutation = graphql(`
  mutation RestoreAgency($id: ID!, $version: Int!) {
    restoreAgency(id: $id, version: $version) {
      ...AgencyFields
    }
  }
`);

export const ManagedUserFields = graphql(`
  fragment ManagedUserFields on ManagedUser {
    id
    email
    name
    roles
    agencyId
    agency {
      id
      name
      shortName
    }
    status
    lastSignInAt
    version
  }
`);

export const UsersQuery = graphql(`
  query Users($search: String) {
    users(search: $search) {
      ...ManagedUserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...ManagedUserFields
      }
      initialPassword
      activationToken
      existingAccount
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...ManagedUserFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $version: Int!) {
    deactivateUser(id: $id, version: $version) {
      ...ManagedUserFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!, $version: Int!) {
    reactivateUser(id: $id, version: $version) {
      ...ManagedUserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $version: Int!, $credential: UserCredential!) {
    resetUserPassword(id: $id, version: $version, credential: $credential) {
      user {
        ...ManagedUserFields
      }
      initialPassword
      activationToken
      existingAccount
    }
  }
`);

export const TeamMemberFields = graphql(`
  fragment TeamMemberFields on TeamMember {
    id
    teamId
    position
    teamRole
    personName
    userId
    user {
      id
      name
      email
    }
    sortOrder
    version
  }
`);

export const TeamFields = graphql(`
  fragment TeamFields on Team {
    id
    kind
    name
    areaId
    area {
      id
      name
    }
    sortOrder
    version
    members {
      ...TeamMemberFields
    }
  }
`);

export const TeamsQuery = graphql(`
  query Teams {
    teams {
      ...TeamFields
    }
    areas {
      id
      name
      sortOrder
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...TeamFields
    }
  }
`);

export const UpdateTeamMutation = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      ...TeamFields
    }
  }
`);

export const RemoveTeamMutation = graphql(`
  mutation RemoveTeam($id: ID!, $version: Int!) {
    removeTeam(id: $id, version: $version) {
      id
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      ...TeamMemberFields
    }
  }
`);

export const UpdateTeamMemberMutation = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      ...TeamMemberFields
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($id: ID!, $version: Int!) {
    removeTeamMember(id: $id, version: $version) {
      id
    }
  }
`);

export const MoveTeamMemberMutation = graphql(`
  mutation MoveTeamMember($id: ID!, $version: Int!, $offset: Int!) {
    moveTeamMember(id: $id, version: $version, offset: $offset) {
      ...TeamFields
    }
  }
`);
