// Mutations of the performance tree. Each returns a promise that rejects with the API error,
// so the caller can show it and offer a retry. Field edits are optimistic; structural changes
// (add, move, delete, restore, links) refetch the tree so the order, levels and checks shown are
// the server's.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { TreeNodeFieldsInput } from '../../../gql/graphql.ts';
import {
  AddTreeNodeMutation,
  DeleteTreeNodeMutation,
  LinkTreeNodeActionMutation,
  LinkTreeNodeIndicatorMutation,
  MoveTreeNodeMutation,
  RestoreTreeNodeMutation,
  UnlinkTreeNodeActionMutation,
  UnlinkTreeNodeIndicatorMutation,
  UpdateTreeNodeMutation,
} from '../graphql/trees.ts';
import type { TreeNodeData } from '../utils/treeOutline.ts';

const refetch = { refetchQueries: ['PerformanceTree', 'PerformanceTreeChecks'], awaitRefetchQueries: true };

export function useTreeEditing(treeId: string, year: number) {
  const [add] = useMutation(AddTreeNodeMutation, refetch);
  const [update] = useMutation(UpdateTreeNodeMutation);
  const [move] = useMutation(MoveTreeNodeMutation, refetch);
  const [remove] = useMutation(DeleteTreeNodeMutation, refetch);
  const [restore] = useMutation(RestoreTreeNodeMutation, refetch);
  const [linkIndicator] = useMutation(LinkTreeNodeIndicatorMutation, refetch);
  const [unlinkIndicator] = useMutation(UnlinkTreeNodeIndicatorMutation, refetch);
  const [linkAction] = useMutation(LinkTreeNodeActionMutation, refetch);
  const [unlinkAction] = useMutation(UnlinkTreeNodeActionMutation, refetch);

  return {
    addNode: useCallback(
      async (parentId: string | null, index: number | null, fields: TreeNodeFieldsInput) => {
        const r = await add({ variables: { year, input: { treeId, parentId, index, fields } } });
        return r.data?.addTreeNode;
      },
      [add, treeId, year],
    ),
    updateNode: useCallback(
      async (node: TreeNodeData, fields: TreeNodeFieldsInput) => {
        const r = await update({
          variables: { year, input: { id: node.id, version: node.version, fields } },
          optimisticResponse: {
            updateTreeNode: {
              ...node,
              ...fields,
              indicatorText: fields.indicatorText ?? null,
              observedProblem: fields.observedProblem ?? null,
              observedValue: fields.observedValue ?? null,
              observedYear: fields.observedYear ?? null,
              observedSource: fields.observedSource ?? null,
              rationale: fields.rationale ?? null,
              responsibleOfficial: fields.responsibleOfficial ?? null,
              version: node.version + 1,
            },
          },
          refetchQueries: ['PerformanceTree', 'PerformanceTreeChecks'],
        });
        return r.data?.updateTreeNode;
      },
      [update, year],
    ),
    moveNode: useCallback(
      (node: Pick<TreeNodeData, 'id' | 'version'>, parentId: string | null, index: number) =>
        move({ variables: { input: { id: node.id, version: node.version, parentId, index } } }),
      [move],
    ),
    deleteNode: useCallback(
      async (node: Pick<TreeNodeData, 'id' | 'version'>) =>
        (await remove({ variables: { id: node.id, version: node.version } })).data?.deleteTreeNode,
      [remove],
    ),
    restoreNode: useCallback((id: string) => restore({ variables: { id } }), [restore]),
    linkIndicator: useCallback(
      (node: TreeNodeData, indicatorId: string, rationale: string | null) =>
        linkIndicator({ variables: { year, input: { nodeId: node.id, version: node.version, targetId: indicatorId, rationale } } }),
      [linkIndicator, year],
    ),
    unlinkIndicator: useCallback(
      (node: TreeNodeData, indicatorId: string) =>
        unlinkIndicator({ variables: { year, input: { nodeId: node.id, version: node.version, targetId: indicatorId } } }),
      [unlinkIndicator, year],
    ),
    linkAction: useCallback(
      (node: TreeNodeData, actionId: string, rationale: string | null) =>
        linkAction({ variables: { year, input: { nodeId: node.id, version: node.version, targetId: actionId, rationale } } }),
      [linkAction, year],
    ),
    unlinkAction: useCallback(
      (node: TreeNodeData, actionId: string) =>
        unlinkAction({ variables: { year, input: { nodeId: node.id, version: node.version, targetId: actionId } } }),
      [unlinkAction, year],
    ),
  };
}

export type TreeEditing = ReturnType<typeof useTreeEditing>;

/** The editable fields of a node, as the API takes them. */
export function fieldsOf(node: TreeNodeData): TreeNodeFieldsInput {
  return {
    statement: node.statement,
    kind: node.kind,
    indicatorText: node.indicatorText ?? null,
    observedProblem: node.observedProblem ?? null,
    observedValue: node.observedValue ?? null,
    observedYear: node.observedYear ?? null,
    observedSource: node.observedSource ?? null,
    rationale: node.rationale ?? null,
    responsibleOfficial: node.responsibleOfficial ?? null,
  };
}
