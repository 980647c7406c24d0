import { graphql } from '../../../gql';

export const PerformanceTreesQuery = graphql(`
  query PerformanceTrees {
    performanceTrees {
      id
      title
      year
      canEdit
      agency {
        id
        name
        shortName
      }
      nodes {
        id
      }
    }
  }
`);

export const TreeNodeFieldsFragment = graphql(`
  fragment TreeNodeFields on TreeNode {
    id
    treeId
    parentId
    level
    sortOrder
    kind
    statement
    indicatorText
    observedProblem
    observedValue
    observedYear
    observedSource
    rationale
    responsibleOfficial
    version
    indicators {
      rationale
      indicator {
        id
        code
        name
        unit
        status(year: $year)
      }
    }
    actions {
      rationale
      workPlanId
      workPlanTitle
      action {
        id
        code
        name
      }
    }
  }
`);

export const PerformanceTreeQuery = graphql(`
  query PerformanceTree($id: ID!, $year: Int!) {
    performanceTree(id: $id) {
      id
      title
      year
      version
      canEdit
      agency {
        id
        name
        shortName
      }
      clonedFrom {
        id
        title
        year
      }
      nodes {
        ...TreeNodeFields
      }
    }
  }
`);

/** The checks in their own query: the map is drawn without waiting for them. */
export const PerformanceTreeChecksQuery = graphql(`
  query PerformanceTreeChecks($id: ID!) {
    performanceTree(id: $id) {
      id
      checks {
        kind
        nodeId
        parentLevel
        level
        workPlanId
        action {
          id
          code
          name
        }
        indicator {
          id
          code
          name
        }
      }
    }
  }
`);

export const TreeLinkOptionsQuery = graphql(`
  query TreeLinkOptions($treeId: ID!) {
    treeLinkOptions(treeId: $treeId) {
      indicators {
        id
        code
        name
        scope
      }
      actions {
        workPlanId
        workPlanTitle
        activityName
        action {
          id
          code
          name
        }
      }
    }
  }
`);

export const TreeCascadeQuery = graphql(`
  query TreeCascade($nodeId: ID!, $year: Int!) {
    treeCascade(nodeId: $nodeId) {
      focusId
      tree {
        id
        title
        year
      }
      nodes {
        ...TreeNodeFields
      }
      actions {
        workPlanId
        workPlanTitle
        nodeIds
        rationale
        action {
          id
          code
          name
          output
        }
        steps {
          id
          name
          months
          output
        }
      }
    }
  }
`);

export const StepCascadeQuery = graphql(`
  query StepCascade($stepId: ID!) {
    stepCascade(stepId: $stepId) {
      workPlanId
      workPlanTitle
      step {
        id
        name
        months
      }
      action {
        id
        code
        name
      }
      paths {
        rationale
        tree {
          id
          title
          year
        }
        nodes {
          id
          level
          kind
          statement
          indicatorText
        }
      }
    }
  }
`);

export const AddTreeNodeMutation = graphql(`
  mutation AddTreeNode($input: AddTreeNodeInput!, $year: Int!) {
    addTreeNode(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const UpdateTreeNodeMutation = graphql(`
  mutation UpdateTreeNode($input: UpdateTreeNodeInput!, $year: Int!) {
    updateTreeNode(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const MoveTreeNodeMutation = graphql(`
  mutation MoveTreeNode($input: MoveTreeNodeInput!) {
    moveTreeNode(input: $input) {
      id
      version
      nodes {
        id
        parentId
        sortOrder
        level
        version
      }
    }
  }
`);

export const DeleteTreeNodeMutation = graphql(`
  mutation DeleteTreeNode($id: ID!, $version: Int!) {
    deleteTreeNode(id: $id, version: $version) {
      deletedIds
      tree {
        id
        version
      }
    }
  }
`);

export const RestoreTreeNodeMutation = graphql(`
  mutation RestoreTreeNode($id: ID!) {
    restoreTreeNode(id: $id) {
      id
      version
    }
  }
`);

export const LinkTreeNodeIndicatorMutation = graphql(`
  mutation LinkTreeNodeIndicator($input: TreeNodeLinkInput!, $year: Int!) {
    linkTreeNodeIndicator(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const UnlinkTreeNodeIndicatorMutation = graphql(`
  mutation UnlinkTreeNodeIndicator($input: TreeNodeUnlinkInput!, $year: Int!) {
    unlinkTreeNodeIndicator(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const LinkTreeNodeActionMutation = graphql(`
  mutation LinkTreeNodeAction($input: TreeNodeLinkInput!, $year: Int!) {
    linkTreeNodeAction(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const UnlinkTreeNodeActionMutation = graphql(`
  mutation UnlinkTreeNodeAction($input: TreeNodeUnlinkInput!, $year: Int!) {
    unlinkTreeNodeAction(input: $input) {
      ...TreeNodeFields
    }
  }
`);

export const ClonePerformanceTreeMutation = graphql(`
  mutation ClonePerformanceTree($input: ClonePerformanceTreeInput!) {
    clonePerformanceTree(input: $input) {
      id
      title
      year
    }
  }
`);

export const CreatePerformanceTreeMutation = graphql(`
  mutation CreatePerformanceTree($input: CreatePerformanceTreeInput!) {
    createPerformanceTree(input: $input) {
      id
      title
      year
    }
  }
`);
