// The grid's edits: every mutation of the work-plan editor, what they show
// at once and how they update the cache, the session's undo/redo stack, and
// the state of failed saves (shown on the row, retryable) and conflicts
// (shown with the current value, never overwritten). Components call these
// functions and never touch the cache.
//
// Step edits show at once through a per-row override store (stepOverrides.ts)
// instead of an Apollo optimistic layer (which re-reads the whole plan on every
// click); saves of one step run one after the other with the version the
// previous one produced. Action edits use optimistic responses.
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type {
  ActionSnapshotInput,
  PlanActionFragment,
  PlanRealizationFragment,
  PlanStepFragment,
  RealizationStatus,
  StepSnapshotInput,
} from '../../../gql/graphql.ts';
import { graphQLErrorsOf } from '../../../ui/errors.ts';
import { applyMonthMarks } from '../utils/paste.ts';
import { StepOverrides } from './stepOverrides.ts';
import { PlanActionFragment as PlanActionDoc, PlanStepFragment as PlanStepDoc } from '../graphql/workPlan.ts';
import {
  ApproveWorkPlanMutation,
  ClearRealizationMutation,
  CreateActionMutation,
  CreateStepMutation,
  DeleteActionMutation,
  DeleteStepMutation,
  MoveActionMutation,
  MoveStepMutation,
  RestoreActionMutation,
  RestoreStepMutation,
  SetRealizationMutation,
  UpdateActionMutation,
  UpdateStepMutation,
  UpdateStepsMutation,
} from '../graphql/mutations.ts';
import i18n from 'i18next';
import { translateApiMessage } from '../../../ui/useErrorMessage.ts';

export type StepFields = {
  name?: string;
  output?: string | null;
  successCriteria?: string | null;
  responsibleText?: string | null;
  responsibleAgencyId?: string | null;
  months?: number[];
};
export type ActionFields = Omit<StepFields, 'months'>;

export interface AgencyOption {
  id: string;
  name: string;
  shortName: string | null;
}

type Edit =
  | { kind: 'step'; id: string; before: StepFields; after: StepFields }
  | { kind: 'steps'; edits: { id: string; before: StepFields; after: StepFields }[] }
  | { kind: 'action'; id: string; before: ActionFields; after: ActionFields }
  | { kind: 'createStep'; id: string; snapshot: StepSnapshotInput | null }
  | { kind: 'deleteStep'; snapshot: StepSnapshotInput }
  | { kind: 'createAction'; id: string; snapshot: ActionSnapshotInput | null }
  | { kind: 'deleteAction'; snapshot: ActionSnapshotInput }
  | { kind: 'moveStep'; id: string; from: { parentId: string; index: number }; to: { parentId: string; index: number } }
  | { kind: 'moveAction'; id: string; from: { parentId: string; index: number }; to: { parentId: string; index: number } };

export interface SaveProblem {
  /** 'conflict': someone else changed the row; 'failed': the save did not go through (retry). */
  kind: 'conflict' | 'failed' | 'invalid';
  message: string;
  /** The row as it is now on the server (conflicts). */
  current?: Record<string, unknown> | null;
  retry?: () => void;
}

export interface ConflictNotice {
  key: string;
  entity: 'step' | 'action' | 'realization' | 'plan';
  name: string;
  current: Record<string, unknown> | null;
}

// List-field modifiers for cache.modify splice references; the object is cast
// (`<never>`) because Apollo types each field modifier by the whole entity.
type RefDetails = { toReference: (object: never) => unknown };

const stepKey = (id: string) => `step:${id}`;
const actionKey = (id: string) => `action:${id}`;

function readStep(client: ApolloClient, id: string): PlanStepFragment | null {
  return client.readFragment({ id: client.cache.identify({ __typename: 'Step', id }), fragment: PlanStepDoc, fragmentName: 'PlanStep' });
}
function readAction(client: ApolloClient, id: string): PlanActionFragment | null {
  return client.readFragment({
    id: client.cache.identify({ __typename: 'Action', id }),
    fragment: PlanActionDoc,
    fragmentName: 'PlanAction',
  });
}

function errorInfo(error: unknown) {
  const first = graphQLErrorsOf(error)[0];
  const code = (first?.extensions?.code as string | undefined) ?? 'network';
  const own = first
    ? translateApiMessage(i18n, {
        messageKey: first.extensions?.messageKey as string | undefined,
        params: first.extensions?.params as Record<string, string | number> | undefined,
      })
    : null;
  return {
    code,
    // The API's message key in the UI language; its English text only when the key is unknown here.
    message: own ?? first?.message ?? (error instanceof Error ? error.message : String(error)),
    current: first?.extensions?.current as Record<string, unknown> | null | undefined,
  };
}

function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (key in source) out[key] = source[key];
  return out;
}

function stepFieldsOf(step: PlanStepFragment, keys: readonly (keyof StepFields)[]): StepFields {
  const all: StepFields = {
    name: step.name,
    output: step.output ?? null,
    successCriteria: step.successCriteria ?? null,
    responsibleText: step.responsibleText ?? null,
    responsibleAgencyId: step.responsibleAgency?.id ?? null,
    months: [...step.months],
  };
  return pick(all, keys);
}

function actionFieldsOf(action: PlanActionFragment, keys: readonly (keyof ActionFields)[]): ActionFields {
  const all: ActionFields = {
    name: action.name,
    output: action.output ?? null,
    successCriteria: action.successCriteria ?? null,
    responsibleText: action.responsibleText ?? null,
    responsibleAgencyId: action.responsibleAgency?.id ?? null,
  };
  return pick(all, keys);
}

export function usePlanEditor({ planId, agencies }: { planId: string; agencies: readonly AgencyOption[] }) {
  const client = useApolloClient();
  const [problems, setProblems] = useState<ReadonlyMap<string, SaveProblem>>(new Map());
  const [conflict, setConflict] = useState<ConflictNotice | null>(null);
  const [history, setHistory] = useState<{ undo: number; redo: number }>({ undo: 0, redo: 0 });
  const undoStack = useRef<Edit[]>([]);
  const queues = useRef(new Map<string, Promise<boolean>>());
  const overrides = useRef(new StepOverrides()).current;
  /** Saves of a step still running (the override stays until the last one settles). */
  const inFlight = useRef(new Map<string, number>());
  const redoStack = useRef<Edit[]>([]);
  const agencyById = useMemo(() => new Map(agencies.map((a) => [a.id, a])), [agencies]);

  const syncHistory = () => setHistory({ undo: undoStack.current.length, redo: redoStack.current.length });
  const record = (edit: Edit) => {
    undoStack.current.push(edit);
    if (undoStack.current.length > 200) undoStack.current.shift();
    redoStack.current = [];
    syncHistory();
  };
  /** Takes an edit whose save failed off the undo stack. */
  const forget = (edit: Edit) => {
    const at = undoStack.current.lastIndexOf(edit);
    if (at >= 0) {
      undoStack.current.splice(at, 1);
      syncHistory();
    }
  };
  const setProblem = useCallback((key: string, problem: SaveProblem | null) => {
    setProblems((prev) => {
      if (!problem && !prev.has(key)) return prev;
      const next = new Map(prev);
      if (problem) next.set(key, problem);
      else next.delete(key);
      return next;
    });
  }, []);

  const agencyRef = (id: string | null | undefined) => {
    if (!id) return null;
    const agency = agencyById.get(id);
    return agency ? { __typename: 'Agency' as const, id: agency.id, name: agency.name, shortName: agency.shortName } : null;
  };

  /** Writes a server row from a CONFLICT into the cache so the grid shows the current value. */
  const applyCurrent = (typename: 'Step' | 'Action', current: Record<string, unknown> | null | undefined) => {
    if (!current || typeof current.id !== 'string') return;
    const id = client.cache.identify({ __typename: typename, id: current.id });
    client.cache.modify({
      id,
      fields: {
        name: (v) => (typeof current.name === 'string' ? current.name : v),
        output: (v) => ('output' in current ? current.output : v),
        successCriteria: (v) => ('successCriteria' in current ? current.successCriteria : v),
        responsibleText: (v) => ('responsibleText' in current ? current.responsibleText : v),
        months: (v) => (Array.isArray(current.months) ? current.months : v),
        version: (v) => (typeof current.version === 'number' ? current.version : v),
        responsibleAgency: (v, { toReference }) => {
          if (!('responsibleAgencyId' in current)) return v;
          const agency = agencyRef(current.responsibleAgencyId as string | null);
          return agency ? toReference(agency, true) : null;
        },
      },
    });
  };

  const fail = (
    key: string,
    error: unknown,
    entity: ConflictNotice['entity'],
    name: string,
    retry: () => void,
    typename?: 'Step' | 'Action',
  ) => {
    const info = errorInfo(error);
    if (info.code === 'CONFLICT') {
      if (typename) applyCurrent(typename, info.current);
      setProblem(key, { kind: 'conflict', message: info.message, current: info.current ?? null });
      setConflict({ key, entity, name, current: info.current ?? null });
    } else if (info.code === 'BAD_USER_INPUT') {
      setProblem(key, { kind: 'invalid', message: info.message });
    } else {
      setProblem(key, { kind: 'failed', message: info.message, retry });
    }
    throw error;
  };

  // ── steps ────────────────────────────────────────────────────────────
  const broadcastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeStepQuietly = (step: PlanStepFragment) => {
    const id = client.cache.identify({ __typename: 'Step', id: step.id });
    client.cache.writeFragment({ id, fragment: PlanStepDoc, fragmentName: 'PlanStep', data: step, broadcast: false });
    clearTimeout(broadcastTimer.current);
    broadcastTimer.current = setTimeout(() => {
      // Writing the step's current cache data back (unchanged) broadcasts: the plan's query then sees every
      // quiet write. Never the data captured above: a later save may have changed the step since.
      const current = readStep(client, step.id);
      if (current) client.cache.writeFragment({ id, fragment: PlanStepDoc, fragmentName: 'PlanStep', data: current });
    }, 700);
  };

  const saveStep = useCallback(
    async (id: string, fields: StepFields, opts: { track?: boolean } = {}): Promise<boolean> => {
      const cached = readStep(client, id);
      if (!cached) return false;
      const step = { ...cached, ...overrides.effective(id, cached.version) };
      const keys = Object.keys(fields) as (keyof StepFields)[];
      const before = stepFieldsOf(step, keys);
      const { responsibleAgencyId: _agency, ...shown } = fields;
      overrides.set(id, shown);
      // Recorded at once, so an undo pressed before the save returns finds it; dropped if the save fails.
      const edit: Edit = { kind: 'step', id, before, after: fields };
      if (opts.track !== false) record(edit);
      inFlight.current.set(id, (inFlight.current.get(id) ?? 0) + 1);
      let settledVersion: number | undefined;
      const attempt = async () => {
        // Saves of one step go one after the other, each with the version the previous one produced.
        const previous = queues.current.get(id);
        if (previous) await previous.catch(() => {});
        const current = readStep(client, id) ?? cached;
        setProblem(stepKey(id), null);
        try {
          // The saved step goes into the cache without telling the plan's query at once: re-reading a
          // plan of thousands of steps on every click would stall the grid. The row shows the edit
          // through its override; the plan catches up shortly after the last save (writeStepQuietly).
          const result = await client.mutate({
            mutation: UpdateStepMutation,
            variables: { input: { id, version: current.version, ...fields } },
            fetchPolicy: 'no-cache',
          });
          const saved = result.data?.updateStep;
          if (saved) {
            writeStepQuietly(saved);
            settledVersion = saved.version;
          }
          return true;
        } catch (error) {
          return fail(stepKey(id), error, 'step', current.name, () => void saveStep(id, fields, { track: false }).catch(() => {}), 'Step');
        }
      };
      const pending = attempt();
      queues.current.set(id, pending);
      const ok = await pending
        .catch((error) => {
          forget(edit);
          throw error;
        })
        .finally(() => {
          if (queues.current.get(id) === pending) queues.current.delete(id);
          const left = (inFlight.current.get(id) ?? 1) - 1;
          if (left <= 0) {
            inFlight.current.delete(id);
            // Kept until the (possibly deferred) grid shows the saved version; dropped at once after a failure.
            if (settledVersion !== undefined) overrides.settle(id, settledVersion);
            else overrides.clear(id);
          } else inFlight.current.set(id, left);
        });
      if (!ok) forget(edit);
      return ok;
    },
    [client, agencyById],
  );

  const toggleMonth = useCallback(
    (id: string, month: number) => {
      const step = readStep(client, id);
      if (!step) return Promise.resolve(false);
      const set = new Set(overrides.effective(id, step.version)?.months ?? step.months);
      if (set.has(month)) set.delete(month);
      else set.add(month);
      return saveStep(id, { months: [...set].sort((a, b) => a - b) }).catch(() => false);
    },
    [client, saveStep],
  );

  /** Several step edits at once (a pasted block), all or nothing. */
  const saveSteps = useCallback(
    async (pasted: { id: string; fields: StepFields; monthMarks?: ReadonlyMap<number, boolean> }[]) => {
      // Months are marked onto each step's latest schedule (the cache plus any save still on its way).
      const edits = pasted.map(({ id, fields, monthMarks }) => {
        const cached = readStep(client, id);
        if (!cached || !monthMarks || monthMarks.size === 0) return { id, fields };
        const months = overrides.effective(id, cached.version)?.months ?? cached.months;
        return { id, fields: { ...fields, months: applyMonthMarks(months, monthMarks) } };
      });
      for (const e of edits) {
        const { responsibleAgencyId: _r, ...shown } = e.fields;
        overrides.set(e.id, shown);
      }
      // Saves of these steps still on their way go first; then their versions are current. Later saves
      // of these steps wait for this one (the per-step queue).
      const previous = edits.map((e) => queues.current.get(e.id));
      const batch = (async (): Promise<boolean> => {
        await Promise.all(previous.map((p) => p?.catch(() => false)));
        const rows = edits.map((e) => ({ e, step: readStep(client, e.id) })).filter((x) => x.step) as {
          e: { id: string; fields: StepFields };
          step: PlanStepFragment;
        }[];
        if (rows.length === 0) return false;
        try {
          const result = await client.mutate({
            mutation: UpdateStepsMutation,
            variables: { inputs: rows.map(({ e, step }) => ({ id: e.id, version: step.version, ...e.fields })) },
          });
          for (const saved of result.data?.updateSteps ?? []) overrides.settle(saved.id, saved.version);
          record({
            kind: 'steps',
            edits: rows.map(({ e, step }) => ({
              id: e.id,
              before: stepFieldsOf(step, Object.keys(e.fields) as (keyof StepFields)[]),
              after: e.fields,
            })),
          });
          return true;
        } catch (error) {
          const info = errorInfo(error);
          if (info.code === 'CONFLICT') {
            applyCurrent('Step', info.current);
            setConflict({ key: 'paste', entity: 'step', name: String(info.current?.name ?? ''), current: info.current ?? null });
          }
          setProblem('paste', {
            kind: info.code === 'CONFLICT' ? 'conflict' : 'failed',
            message: info.message,
            retry: () => void saveSteps(pasted),
          });
          return false;
        } finally {
          for (const { e } of rows)
            if (!inFlight.current.has(e.id) && overrides.get(e.id)?.settledVersion === undefined) overrides.clear(e.id);
        }
      })();
      for (const e of edits) queues.current.set(e.id, batch);
      const ok = await batch;
      for (const e of edits) if (queues.current.get(e.id) === batch) queues.current.delete(e.id);
      return ok;
    },
    [client, agencyById],
  );

  const createStep = useCallback(
    async (actionId: string, input: { name: string; index?: number; months?: number[] }, opts: { track?: boolean } = {}) => {
      const result = await client.mutate({
        mutation: CreateStepMutation,
        variables: { input: { actionId, ...input } },
        update(cache, { data }) {
          const step = data?.createStep;
          if (!step) return;
          cache.modify({
            id: cache.identify({ __typename: 'Action', id: actionId }),
            fields: <never>{
              steps(existing: readonly unknown[] = [], { toReference }: RefDetails) {
                const ref = toReference(step as never);
                const list = [...existing];
                list.splice(input.index ?? list.length, 0, ref);
                return list;
              },
            },
          });
        },
      });
      const step = result.data?.createStep;
      if (step && opts.track !== false) record({ kind: 'createStep', id: step.id, snapshot: null });
      return step ?? null;
    },
    [client],
  );

  /** Waits for the step's saves still on their way, so the next write sends the current version. */
  const stepSettled = async (id: string) => {
    await queues.current.get(id)?.catch(() => false);
  };

  const deleteStepRaw = async (id: string) => {
    await stepSettled(id);
    const step = readStep(client, id);
    if (!step) throw new Error('Step not in cache');
    try {
      const result = await client.mutate({ mutation: DeleteStepMutation, variables: { id, version: step.version } });
      setProblem(stepKey(id), null);
      const snap = result.data?.deleteStep.snapshot;
      if (!snap) throw new Error('No snapshot');
      const { __typename: _t, ...rest } = snap as typeof snap & { __typename?: string };
      return {
        ...rest,
        realizations: rest.realizations.map(
          ({ __typename: _r, ...r }: { __typename?: string } & StepSnapshotInput['realizations'][number]) => r,
        ),
        baselines: rest.baselines.map(({ __typename: _b, ...b }: { __typename?: string } & StepSnapshotInput['baselines'][number]) => b),
      } as StepSnapshotInput;
    } catch (error) {
      return fail(stepKey(id), error, 'step', step.name, () => {}, 'Step');
    }
  };

  const restoreStepRaw = async (snapshot: StepSnapshotInput) => {
    await client.mutate({
      mutation: RestoreStepMutation,
      variables: { snapshot },
      update(cache, { data }) {
        const step = data?.restoreStep;
        if (!step) return;
        cache.modify({
          id: cache.identify({ __typename: 'Action', id: snapshot.actionId }),
          fields: <never>{
            steps(existing: readonly unknown[] = [], { toReference }: RefDetails) {
              const list = [...existing];
              list.splice(Math.min(snapshot.sortOrder, list.length), 0, toReference(step as never));
              return list;
            },
          },
        });
      },
    });
  };

  const deleteStep = useCallback(
    async (id: string) => {
      const snapshot = await deleteStepRaw(id);
      record({ kind: 'deleteStep', snapshot });
      return snapshot;
    },
    [client],
  );

  const moveStepRaw = async (id: string, parentId: string, index: number) => {
    await stepSettled(id);
    const step = readStep(client, id);
    if (!step) return;
    try {
      await client.mutate({ mutation: MoveStepMutation, variables: { input: { id, version: step.version, parentId, index } } });
      setProblem(stepKey(id), null);
    } catch (error) {
      fail(stepKey(id), error, 'step', step.name, () => void moveStepRaw(id, parentId, index).catch(() => {}), 'Step');
    }
  };

  const stepPosition = (id: string) => {
    const step = readStep(client, id);
    if (!step) return null;
    const action = readAction(client, step.actionId);
    return { parentId: step.actionId, index: action ? action.steps.findIndex((s) => s.id === id) : step.sortOrder };
  };

  const moveStep = useCallback(
    async (id: string, parentId: string, index: number) => {
      const from = stepPosition(id);
      if (!from) return;
      await moveStepRaw(id, parentId, index);
      record({ kind: 'moveStep', id, from, to: { parentId, index } });
    },
    [client],
  );

  // ── actions ──────────────────────────────────────────────────────────
  const saveAction = useCallback(
    async (id: string, fields: ActionFields, opts: { track?: boolean } = {}) => {
      const action = readAction(client, id);
      if (!action) return false;
      const before = actionFieldsOf(action, Object.keys(fields) as (keyof ActionFields)[]);
      const attempt = async (): Promise<boolean> => {
        const current = readAction(client, id) ?? action;
        setProblem(actionKey(id), null);
        const { responsibleAgencyId, ...plain } = fields;
        try {
          await client.mutate({
            mutation: UpdateActionMutation,
            variables: { input: { id, version: current.version, ...fields } },
            optimisticResponse: {
              updateAction: {
                id,
                name: plain.name ?? current.name,
                output: plain.output !== undefined ? plain.output : (current.output ?? null),
                successCriteria: plain.successCriteria !== undefined ? plain.successCriteria : (current.successCriteria ?? null),
                responsibleText: plain.responsibleText !== undefined ? plain.responsibleText : (current.responsibleText ?? null),
                responsibleAgency: responsibleAgencyId !== undefined ? agencyRef(responsibleAgencyId) : (current.responsibleAgency ?? null),
                version: current.version + 1,
              },
            },
          });
          return true;
        } catch (error) {
          return fail(actionKey(id), error, 'action', current.name, () => void attempt().catch(() => {}), 'Action');
        }
      };
      const ok = await attempt();
      if (ok && opts.track !== false) record({ kind: 'action', id, before, after: fields });
      return ok;
    },
    [client, agencyById],
  );

  const createAction = useCallback(
    async (activityId: string, input: { name: string; index?: number }) => {
      const result = await client.mutate({
        mutation: CreateActionMutation,
        variables: { input: { activityId, ...input } },
        update(cache, { data }) {
          const action = data?.createAction;
          if (!action) return;
          cache.modify({
            id: cache.identify({ __typename: 'Activity', id: activityId }),
            fields: <never>{
              actions(existing: readonly unknown[] = [], { toReference }: RefDetails) {
                const list = [...existing];
                list.splice(input.index ?? list.length, 0, toReference(action as never));
                return list;
              },
            },
          });
        },
      });
      const action = result.data?.createAction;
      if (action) record({ kind: 'createAction', id: action.id, snapshot: null });
      return action ?? null;
    },
    [client],
  );

  const deleteActionRaw = async (id: string): Promise<ActionSnapshotInput> => {
    const action = readAction(client, id);
    if (!action) throw new Error('Action not in cache');
    try {
      const result = await client.mutate({ mutation: DeleteActionMutation, variables: { id, version: action.version } });
      const snap = result.data?.deleteAction.snapshot;
      if (!snap) throw new Error('No snapshot');
      return JSON.parse(JSON.stringify(snap, (k, v) => (k === '__typename' ? undefined : v))) as ActionSnapshotInput;
    } catch (error) {
      return fail(actionKey(id), error, 'action', action.name, () => {}, 'Action');
    }
  };

  const restoreActionRaw = async (snapshot: ActionSnapshotInput) => {
    await client.mutate({
      mutation: RestoreActionMutation,
      variables: { snapshot },
      update(cache, { data }) {
        const action = data?.restoreAction;
        if (!action) return;
        cache.modify({
          id: cache.identify({ __typename: 'Activity', id: snapshot.activityId }),
          fields: <never>{
            actions(existing: readonly unknown[] = [], { toReference }: RefDetails) {
              const list = [...existing];
              list.splice(Math.min(snapshot.sortOrder, list.length), 0, toReference(action as never));
              return list;
            },
          },
        });
      },
    });
  };

  const deleteAction = useCallback(
    async (id: string) => {
      const snapshot = await deleteActionRaw(id);
      record({ kind: 'deleteAction', snapshot });
      return snapshot;
    },
    [client],
  );

  const moveActionRaw = async (id: string, parentId: string, index: number) => {
    const action = readAction(client, id);
    if (!action) return;
    try {
      await client.mutate({ mutation: MoveActionMutation, variables: { input: { id, version: action.version, parentId, index } } });
    } catch (error) {
      fail(actionKey(id), error, 'action', action.name, () => void moveActionRaw(id, parentId, index).catch(() => {}), 'Action');
    }
  };

  const moveAction = useCallback(
    async (id: string, parentId: string, index: number, from: { parentId: string; index: number }) => {
      await moveActionRaw(id, parentId, index);
      record({ kind: 'moveAction', id, from, to: { parentId, index } });
    },
    [client],
  );

  // ── realization and approval ─────────────────────────────────────────
  const setRealization = useCallback(
    async (
      step: PlanStepFragment,
      month: number,
      input: { status: RealizationStatus; note: string | null; evidenceLinks: string[] },
      existing: PlanRealizationFragment | null,
    ) => {
      const key = `real:${step.id}:${month}`;
      try {
        await client.mutate({
          mutation: SetRealizationMutation,
          variables: { input: { stepId: step.id, month, ...input, version: existing?.version ?? null } },
          update(cache, { data }) {
            const r = data?.setStepRealization;
            if (!r || existing) return;
            cache.modify({
              id: cache.identify({ __typename: 'Step', id: step.id }),
              fields: <never>{
                realizations(list: readonly unknown[] = [], { toReference }: RefDetails) {
                  return [...list, toReference(r as never)];
                },
              },
            });
          },
        });
        setProblem(key, null);
      } catch (error) {
        const info = errorInfo(error);
        if (info.code === 'CONFLICT') setConflict({ key, entity: 'realization', name: step.name, current: info.current ?? null });
        throw error;
      }
    },
    [client, setProblem],
  );

  const clearRealization = useCallback(
    async (stepId: string, month: number, version: number) => {
      await client.mutate({ mutation: ClearRealizationMutation, variables: { stepId, month, version } });
    },
    [client],
  );

  const approve = useCallback(
    async (version: number, note: string | null) => {
      await client.mutate({ mutation: ApproveWorkPlanMutation, variables: { id: planId, version, note } });
    },
    [client, planId],
  );

  // ── undo / redo ──────────────────────────────────────────────────────
  const apply = async (edit: Edit, direction: 'undo' | 'redo'): Promise<Edit> => {
    const undo = direction === 'undo';
    switch (edit.kind) {
      case 'step':
        await saveStep(edit.id, undo ? edit.before : edit.after, { track: false });
        return edit;
      case 'steps':
        for (const e of edit.edits) await saveStep(e.id, undo ? e.before : e.after, { track: false });
        return edit;
      case 'action':
        await saveAction(edit.id, undo ? edit.before : edit.after, { track: false });
        return edit;
      case 'createStep':
        if (undo) return { ...edit, snapshot: await deleteStepRaw(edit.id) };
        if (edit.snapshot) await restoreStepRaw(edit.snapshot);
        return edit;
      case 'deleteStep':
        if (undo) await restoreStepRaw(edit.snapshot);
        else return { kind: 'deleteStep', snapshot: await deleteStepRaw(String(edit.snapshot.id)) };
        return edit;
      case 'createAction':
        if (undo) return { ...edit, snapshot: await deleteActionRaw(edit.id) };
        if (edit.snapshot) await restoreActionRaw(edit.snapshot);
        return edit;
      case 'deleteAction':
        if (undo) await restoreActionRaw(edit.snapshot);
        else return { kind: 'deleteAction', snapshot: await deleteActionRaw(String(edit.snapshot.id)) };
        return edit;
      case 'moveStep': {
        const to = undo ? edit.from : edit.to;
        await moveStepRaw(edit.id, to.parentId, to.index);
        return edit;
      }
      case 'moveAction': {
        const to = undo ? edit.from : edit.to;
        await moveActionRaw(edit.id, to.parentId, to.index);
        return edit;
      }
    }
  };

  /**
   * Moves an edit from one stack to the other at once (so a quick second
   * Ctrl+Z / Ctrl+Shift+Z finds it), applies it, and puts it back when the
   * save fails (the failure is shown on the row).
   */
  const travel = async (from: { current: Edit[] }, to: { current: Edit[] }, direction: 'undo' | 'redo') => {
    const edit = from.current.pop();
    if (!edit) return;
    const holder: Edit[] = [edit];
    to.current.push(edit);
    syncHistory();
    try {
      const done = await apply(edit, direction);
      const at = to.current.lastIndexOf(holder[0] as Edit);
      if (at >= 0) to.current[at] = done;
    } catch {
      const at = to.current.lastIndexOf(edit);
      if (at >= 0) to.current.splice(at, 1);
      from.current.push(edit);
    }
    syncHistory();
  };

  const undo = useCallback(() => travel(undoStack, redoStack, 'undo'), [saveStep, saveAction]);
  const redo = useCallback(() => travel(redoStack, undoStack, 'redo'), [saveStep, saveAction]);

  return {
    overrides,
    problems,
    conflict,
    dismissConflict: useCallback(() => setConflict(null), []),
    clearProblem: useCallback((key: string) => setProblem(key, null), [setProblem]),
    canUndo: history.undo > 0,
    canRedo: history.redo > 0,
    undo,
    redo,
    saveStep,
    saveSteps,
    toggleMonth,
    createStep,
    deleteStep,
    moveStep,
    saveAction,
    createAction,
    deleteAction,
    moveAction,
    setRealization,
    clearRealization,
    approve,
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
