// Mutations for the deadline extension and the framework editor's parts
// (sub-items and criteria added or removed in a draft). Each refetches what the
// server recomputes (weight issues, the assessment header).
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddCriterionMutation,
  AddFrameworkNodeMutation,
  ExtendDeadlineMutation,
  RemoveCriterionMutation,
  RemoveFrameworkNodeMutation,
} from '../graphql/assessment.ts';

export function useExtendDeadline() {
  const [mutate, state] = useMutation(ExtendDeadlineMutation, { refetchQueries: ['AssessmentDetail'], awaitRefetchQueries: true });
  const extend = useCallback(
    (input: { id: string; version: number; deadline: string; reason: string }) => mutate({ variables: { input } }),
    [mutate],
  );
  return { extend, loading: state.loading };
}

const refetchFramework = { refetchQueries: ['FrameworkDetail', 'Frameworks'], awaitRefetchQueries: true };

export function useFrameworkParts() {
  const [addNode, addNodeState] = useMutation(AddFrameworkNodeMutation, refetchFramework);
  const [removeNode, removeNodeState] = useMutation(RemoveFrameworkNodeMutation, refetchFramework);
  const [addCriterion, addCriterionState] = useMutation(AddCriterionMutation, refetchFramework);
  const [removeCriterion, removeCriterionState] = useMutation(RemoveCriterionMutation, refetchFramework);
  return {
    addSubItem: (input: { parentId: string; name: string; code: string | null; weight: string | null }) =>
      addNode({ variables: { input: { ...input, kind: 'SUB_ITEM' } } }),
    removeNode: (id: string) => removeNode({ variables: { id } }),
    addCriterion: (input: {
      nodeId: string;
      criterion: {
        text: string;
        code: string | null;
        answerType: 'YES_NO' | 'ABC' | 'ABCD' | 'ABCDE' | 'PERCENTAGE' | 'SCALE';
        scaleMin?: string | null;
        scaleMax?: string | null;
      };
    }) => addCriterion({ variables: { input } }),
    removeCriterion: (id: string) => removeCriterion({ variables: { id } }),
    busy: addNodeState.loading || removeNodeState.loading || addCriterionState.loading || removeCriterionState.loading,
  };
}
