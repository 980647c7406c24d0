// The road-map page's writes. Edits of a row come back as the row (Apollo's
// cache updates it in place); creates, moves and removals refetch the road
// map, whose shape they change. Errors are thrown to the caller, which shows
// them where the edit was made.
import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type {
  AddActionEffortInput,
  CreateGoalInput,
  CreateRoadmapActionInput,
  CreateRoadmapActivityInput,
  CreateRoadmapIndicatorInput,
  MoveRoadmapItemInput,
  RoadmapItemInput,
  SetIndicatorPlanInput,
  UpdateActionEffortInput,
  UpdateGoalInput,
  UpdateIndicatorInput,
  UpdateRoadmapActionInput,
  UpdateRoadmapActivityInput,
  UpdateRoadmapInput,
} from '../../../gql/graphql.ts';
import {
  AddActionEffortMutation,
  ArchiveRoadmapMutation,
  CreateGoalMutation,
  CreateRoadmapActionMutation,
  CreateRoadmapActivityMutation,
  CreateRoadmapIndicatorMutation,
  MoveRoadmapItemMutation,
  RemoveRoadmapItemMutation,
  RoadmapQuery,
  SetIndicatorPlanMutation,
  UpdateActionEffortMutation,
  UpdateGoalMutation,
  UpdateIndicatorMutation,
  UpdateRoadmapActionMutation,
  UpdateRoadmapActivityMutation,
  UpdateRoadmapMutation,
} from '../graphql/roadmap.ts';

export function useRoadmapEditor(roadmapId: string) {
  const refetch = useMemo(
    () => ({ refetchQueries: [{ query: RoadmapQuery, variables: { id: roadmapId } }], awaitRefetchQueries: true }),
    [roadmapId],
  );
  const [updateRoadmap] = useMutation(UpdateRoadmapMutation);
  const [archiveRoadmap] = useMutation(ArchiveRoadmapMutation, refetch);
  const [createGoal] = useMutation(CreateGoalMutation, refetch);
  const [updateGoal] = useMutation(UpdateGoalMutation);
  const [createIndicator] = useMutation(CreateRoadmapIndicatorMutation, refetch);
  const [updateIndicator] = useMutation(UpdateIndicatorMutation);
  const [setPlan] = useMutation(SetIndicatorPlanMutation);
  const [createActivity] = useMutation(CreateRoadmapActivityMutation, refetch);
  const [updateActivity] = useMutation(UpdateRoadmapActivityMutation);
  const [createAction] = useMutation(CreateRoadmapActionMutation, refetch);
  const [updateAction] = useMutation(UpdateRoadmapActionMutation);
  const [addEffort] = useMutation(AddActionEffortMutation, refetch);
  const [updateEffort] = useMutation(UpdateActionEffortMutation);
  const [move] = useMutation(MoveRoadmapItemMutation, refetch);
  const [remove] = useMutation(RemoveRoadmapItemMutation, refetch);

  return useMemo(
    () => ({
      updateRoadmap: (input: UpdateRoadmapInput) => updateRoadmap({ variables: { input } }),
      archiveRoadmap: (id: string, version: number) => archiveRoadmap({ variables: { input: { id, version } } }),
      createGoal: (input: CreateGoalInput) => createGoal({ variables: { input } }),
      updateGoal: (input: UpdateGoalInput) => updateGoal({ variables: { input } }),
      createIndicator: (input: CreateRoadmapIndicatorInput) => createIndicator({ variables: { input } }),
      updateIndicator: (input: UpdateIndicatorInput) => updateIndicator({ variables: { input } }),
      setPlan: (input: SetIndicatorPlanInput) => setPlan({ variables: { input } }),
      createActivity: (input: CreateRoadmapActivityInput) => createActivity({ variables: { input } }),
      updateActivity: (input: UpdateRoadmapActivityInput) => updateActivity({ variables: { input } }),
      createAction: (input: CreateRoadmapActionInput) => createAction({ variables: { input } }),
      updateAction: (input: UpdateRoadmapActionInput) => updateAction({ variables: { input } }),
      addEffort: (input: AddActionEffortInput) => addEffort({ variables: { input } }),
      updateEffort: (input: UpdateActionEffortInput) => updateEffort({ variables: { input } }),
      move: (input: MoveRoadmapItemInput) => move({ variables: { input } }),
      remove: (input: RoadmapItemInput) => remove({ variables: { input } }),
    }),
    [
      updateRoadmap,
      archiveRoadmap,
      createGoal,
      updateGoal,
      createIndicator,
      updateIndicator,
      setPlan,
      createActivity,
      updateActivity,
      createAction,
      updateAction,
      addEffort,
      updateEffort,
      move,
      remove,
    ],
  );
}

export type RoadmapEditor = ReturnType<typeof useRoadmapEditor>;
