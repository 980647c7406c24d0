import { graphql } from '../../../gql';

export const RenaksiHomeQuery = graphql(`
  query RenaksiHome($year: Int!) {
    unfollowedFindings {
      id
      year
      text
      source
    }
    workPlans(year: $year, kind: RENAKSI) {
      id
      title
      year
      status
    }
  }
`);

export const RenaksiPlanQuery = graphql(`
  query RenaksiPlan($id: ID!) {
    workPlan(id: $id) {
      id
      kind
      title
      year
      canEdit
      renaksiActions {
        id
        version
        code
        name
        output
        implementers
        budget
        group
        responsibleAgency {
          id
          name
          shortName
        }
        finding {
          id
          year
          text
          source
        }
        indicator {
          id
          name
          unit
          version
        }
        targets
        totalTarget
        realizations
        reports {
          id
          quarter
          budgetRealization
          supportingFactors
          hinderingFactors
          followUp
          evidence {
            title
            url
          }
          reportedByName
          version
          updatedAt
        }
      }
    }
  }
`);

export const CreateRenaksiMutation = graphql(`
  mutation CreateRenaksi($input: CreateRenaksiInput!) {
    createRenaksi(input: $input) {
      id
    }
  }
`);

export const UpdateRenaksiActionMutation = graphql(`
  mutation UpdateRenaksiAction($input: UpdateRenaksiActionInput!) {
    updateRenaksiAction(input: $input) {
      id
      version
    }
  }
`);

export const SetRenaksiTargetsMutation = graphql(`
  mutation SetRenaksiTargets($input: SetPkTargetsInput!) {
    setPkTargets(input: $input) {
      id
      version
    }
  }
`);

export const ReportRenaksiQuarterMutation = graphql(`
  mutation ReportRenaksiQuarter($input: ReportRenaksiQuarterInput!) {
    reportRenaksiQuarter(input: $input) {
      id
      version
    }
  }
`);
