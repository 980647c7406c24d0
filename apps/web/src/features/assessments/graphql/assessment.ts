import { graphql } from '../../../gql';

export const FrameworkFieldsFragment = graphql(`
  fragment FrameworkTree on Framework {
    id
    code
    name
    regulation
    revision
    status
    version
    national
    inUse
    editable
    model
    validFrom
    validTo
    indexCode
    rescale
    source
    gradeBands {
      grade
      above
      labelId
      labelEn
    }
    nodes {
      id
      parentId
      kind
      code
      name
      weight
      variantWeights {
        kind
        weight
        notApplicable
      }
      source
      sortOrder
      version
    }
    criteria {
      id
      nodeId
      code
      text
      guidance
      answerType
      options {
        code
        label
        value
      }
      scaleMin
      scaleMax
      scoreRule
      scoredBy
      scorerName
      multiplierId
      source
      sortOrder
      version
    }
  }
`);

export const AssessmentDetailQuery = graphql(`
  query AssessmentDetail($id: ID!) {
    viewer {
      user {
        id
      }
    }
    assessment(id: $id) {
      id
      title
      year
      status
      deadline
      pastDeadline
      lockedAt
      version
      agency {
        id
        name
        shortName
      }
      members {
        userId
        name
        email
        role
      }
      myRoles
      canSeeAllAnswers
      framework {
        ...FrameworkTree
      }
      myAnswers {
        id
        criterionId
        value
        note
        version
        updatedAt
        evidence {
          ...EvidenceFields
        }
      }
      answers {
        id
        criterionId
        assessorId
        assessorName
        value
        note
        version
        evidence {
          ...EvidenceFields
        }
      }
      consensus {
        id
        criterionId
        value
        reason
        decidedByName
        reviewStatus
        reviewComment
        reviewedByName
        version
        updatedAt
      }
      teamEvidence {
        ...EvidenceFields
      }
      evaluatorScores {
        id
        criterionId
        value
        note
        evaluator
        enteredByName
        version
        updatedAt
      }
      evaluatorScore {
        total
        maxTotal
        grade
        answered
        totalCriteria
        nodes {
          nodeId
          score
          maxScore
          notApplicable
        }
      }
      exclusions {
        nodeId
        reason
      }
      index {
        code
        total
        maxTotal
        grade
        evaluatorTotal
        complete
        parts {
          model
          frameworkName
          assessmentId
          assessmentTitle
          total
          maxTotal
          evaluatorTotal
        }
      }
      assessorScores {
        assessorId
        assessorName
        total
        maxTotal
        grade
        answered
        totalCriteria
        nodes {
          nodeId
          score
          maxScore
        }
      }
      consensusScore {
        total
        maxTotal
        grade
        answered
        totalCriteria
        nodes {
          nodeId
          score
          maxScore
          answered
          total
          unknownWeight
          containsUnknownWeight
        }
      }
      previous {
        id
        title
        year
        status
        framework {
          id
          nodes {
            id
            parentId
            name
            kind
          }
        }
        consensusScore {
          total
          grade
          nodes {
            nodeId
            score
          }
        }
      }
      followUpLinks {
        criterionId
        planId
        planTitle
        actionId
        actionName
      }
    }
  }
`);

export const EvidenceFieldsFragment = graphql(`
  fragment EvidenceFields on Evidence {
    id
    criterionId
    answerId
    kind
    title
    url
    fileName
    sizeBytes
    downloadUrl
    uploadedByName
    createdAt
  }
`);

export const SaveAnswerMutation = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      id
      criterionId
      value
      note
      version
      updatedAt
    }
  }
`);

export const AddEvidenceLinkMutation = graphql(`
  mutation AddEvidenceLink($input: AddEvidenceLinkInput!) {
    addEvidenceLink(input: $input) {
      ...EvidenceFields
    }
  }
`);

export const RemoveEvidenceMutation = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeEvidence(id: $id)
  }
`);

export const TransitionAssessmentMutation = graphql(`
  mutation TransitionAssessment($id: ID!, $version: Int!, $transition: AssessmentTransition!, $comment: String) {
    transitionAssessment(id: $id, version: $version, transition: $transition, comment: $comment) {
      id
      status
      version
      lockedAt
    }
  }
`);

export const ReopenAssessmentMutation = graphql(`
  mutation ReopenAssessment($id: ID!, $version: Int!, $reason: String!) {
    reopenAssessment(id: $id, version: $version, reason: $reason) {
      id
      status
      version
      lockedAt
    }
  }
`);

export const DecideConsensusMutation = graphql(`
  mutation DecideConsensus($input: DecideConsensusInput!) {
    decideConsensus(input: $input) {
      id
      criterionId
      value
      reason
      decidedByName
      reviewStatus
      reviewComment
      reviewedByName
      version
      updatedAt
    }
  }
`);

export const ReviewCriterionMutation = graphql(`
  mutation ReviewCriterion($input: ReviewCriterionInput!) {
    reviewCriterion(input: $input) {
      id
      criterionId
      reviewStatus
      reviewComment
      reviewedByName
      version
    }
  }
`);

export const FollowUpProposalQuery = graphql(`
  query FollowUpProposal($id: ID!, $threshold: Float!) {
    assessment(id: $id) {
      id
      followUpProposal(threshold: $threshold) {
        criterionId
        criterionCode
        criterionText
        areaName
        subItemName
        value
        suggestedAction
        suggestedOutput
      }
    }
  }
`);

export const CreateFollowUpPlanMutation = graphql(`
  mutation CreateFollowUpPlan($input: CreateFollowUpPlanInput!) {
    createFollowUpPlan(input: $input) {
      id
      title
      year
      kind
    }
  }
`);

export const AssessmentCandidatesQuery = graphql(`
  query AssessmentCandidates {
    assessmentCandidates {
      userId
      name
      email
      roles
    }
    frameworks {
      id
      name
      code
      revision
      status
    }
    agencies {
      id
      name
      shortName
      parentId
    }
  }
`);

export const CreateAssessmentMutation = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
      title
      year
      status
    }
  }
`);

export const FrameworkDetailQuery = graphql(`
  query FrameworkDetail($id: ID!) {
    framework(id: $id) {
      ...FrameworkTree
      copiedFromId
      criterionCount
      weightIssues {
        code
        nodeId
        weight
        childrenWeight
      }
    }
  }
`);

export const CopyFrameworkMutation = graphql(`
  mutation CopyFramework($id: ID!, $name: String) {
    copyFramework(id: $id, name: $name) {
      id
      name
      revision
      status
    }
  }
`);

export const UpdateFrameworkNodeMutation = graphql(`
  mutation UpdateFrameworkNode($input: UpdateFrameworkNodeInput!) {
    updateFrameworkNode(input: $input) {
      id
      name
      code
      weight
      version
    }
  }
`);

export const UpdateCriterionMutation = graphql(`
  mutation UpdateCriterion($input: UpdateCriterionInput!) {
    updateCriterion(input: $input) {
      id
      code
      text
      guidance
      answerType
      options {
        code
        label
        value
      }
      scaleMin
      scaleMax
      version
    }
  }
`);

export const PublishFrameworkMutation = graphql(`
  mutation PublishFramework($id: ID!, $version: Int!) {
    publishFramework(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const ExtendDeadlineMutation = graphql(`
  mutation ExtendAssessmentDeadline($input: ExtendDeadlineInput!) {
    extendAssessmentDeadline(input: $input) {
      id
      deadline
      pastDeadline
      version
    }
  }
`);

export const AnswerHistoryQuery = graphql(`
  query AnswerHistory($id: ID!, $criterionId: ID!) {
    assessment(id: $id) {
      id
      answerHistory(criterionId: $criterionId) {
        id
        kind
        assessorId
        assessorName
        changedByName
        at
        oldValue
        newValue
        oldNote
        newNote
      }
    }
  }
`);

export const AddFrameworkNodeMutation = graphql(`
  mutation AddFrameworkNode($input: AddFrameworkNodeInput!) {
    addFrameworkNode(input: $input) {
      id
      parentId
      kind
      code
      name
      weight
      sortOrder
      version
    }
  }
`);

export const RemoveFrameworkNodeMutation = graphql(`
  mutation RemoveFrameworkNode($id: ID!) {
    removeFrameworkNode(id: $id)
  }
`);

export const AddCriterionMutation = graphql(`
  mutation AddCriterion($input: AddCriterionInput!) {
    addCriterion(input: $input) {
      id
      nodeId
      text
    }
  }
`);

export const RemoveCriterionMutation = graphql(`
  mutation RemoveCriterion($id: ID!) {
    removeCriterion(id: $id)
  }
`);

export const SetEvaluatorScoresMutation = graphql(`
  mutation SetEvaluatorScores($input: SetEvaluatorScoresInput!) {
    setEvaluatorScores(input: $input) {
      id
      criterionId
      value
      note
      evaluator
      enteredByName
      version
      updatedAt
    }
  }
`);

export const SetAssessmentExclusionMutation = graphql(`
  mutation SetAssessmentExclusion($input: SetAssessmentExclusionInput!) {
    setAssessmentExclusion(input: $input) {
      id
    }
  }
`);
