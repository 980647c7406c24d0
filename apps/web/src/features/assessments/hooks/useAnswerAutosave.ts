// Autosave of an assessor's worksheet. Nothing typed is lost: every change is
// written to localStorage at once and stays there until the server confirms
// it; a failed save (network down, server error) is shown with a retry and is
// retried by itself when the browser comes back online; a reload resumes the
// unsaved drafts. A save sends the version the assessor last had; if the
// answer changed elsewhere the API refuses (CONFLICT) and the assessor chooses.
import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo, graphQLErrorsOf } from '../../../ui/errors.ts';
import { translateApiMessage } from '../../../ui/useErrorMessage.ts';
import { SaveAnswerMutation } from '../graphql/assessment.ts';
import {
  type AnswerContent,
  alreadySaved,
  type Drafts,
  draftKey,
  readDrafts,
  type StoredDraft,
  sameContent,
  writeDrafts,
} from '../utils/drafts.ts';

export type { AnswerContent };

export interface ServerAnswer extends AnswerContent {
  criterionId: string;
  version: number;
}
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'invalid';
export interface RowState {
  status: SaveStatus;
  message?: string;
  /** The server's answer when a save was refused as a conflict. */
  current?: ServerAnswer;
}

const DEBOUNCE_MS = 600;
const storage = () => window.localStorage;
const readStore = (key: string) => readDrafts(storage(), key);
const writeStore = (key: string, drafts: Drafts) => writeDrafts(storage(), key, drafts);
const same = sameContent;

export function useAnswerAutosave(opts: {
  assessmentId: string;
  userId: string;
  serverAnswers: readonly ServerAnswer[];
  enabled: boolean;
}) {
  const { assessmentId, userId, enabled } = opts;
  const key = draftKey(assessmentId, userId);
  const [save] = useMutation(SaveAnswerMutation);

  // The last answer the server confirmed, per criterion.
  const [server, setServer] = useState<Map<string, ServerAnswer>>(() => new Map(opts.serverAnswers.map((a) => [a.criterionId, a])));
  const serverRef = useRef(server);
  serverRef.current = server;
  useEffect(() => {
    // A refetch brings newer versions (never older ones).
    setServer((prev) => {
      let changed = false;
      const next = new Map(prev);
      for (const a of opts.serverAnswers) {
        const have = next.get(a.criterionId);
        if (!have || have.version < a.version) {
          next.set(a.criterionId, a);
          changed = true;
        }
      }
      return changed ? next : prev;
    });
  }, [opts.serverAnswers]);

  const [drafts, setDrafts] = useState<Record<string, StoredDraft>>(() => readStore(key));
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const [states, setStates] = useState<Record<string, RowState>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());

  const updateDrafts = useCallback(
    (fn: (d: Record<string, StoredDraft>) => Record<string, StoredDraft>) => {
      const next = fn(draftsRef.current);
      draftsRef.current = next;
      writeStore(key, next);
      setDrafts(next);
    },
    [key],
  );
  const setState = useCallback((criterionId: string, state: RowState) => setStates((s) => ({ ...s, [criterionId]: state })), []);
  const { i18n } = useTranslation();

  const flush = useCallback(
    async (criterionId: string) => {
      const draft = draftsRef.current[criterionId];
      if (!draft || !enabled) return;
      if (inFlight.current.has(criterionId)) return; // saved again when the current save ends
      inFlight.current.add(criterionId);
      setState(criterionId, { status: 'saving' });
      // The version the draft was made on: if the answer changed elsewhere since, the API refuses (CONFLICT).
      const version = draft.base;
      let again = false;
      try {
        const result = await save({ variables: { input: { assessmentId, criterionId, value: draft.value, note: draft.note, version } } });
        const saved = result.data?.saveAnswer;
        if (!saved) throw new Error('no data');
        const confirmed: ServerAnswer = { criterionId, value: saved.value ?? null, note: saved.note ?? null, version: saved.version };
        setServer((prev) => new Map(prev).set(criterionId, confirmed));
        serverRef.current = new Map(serverRef.current).set(criterionId, confirmed);
        const now = draftsRef.current[criterionId];
        if (now && same(now, confirmed)) {
          updateDrafts((d) => {
            const { [criterionId]: _done, ...rest } = d;
            return rest;
          });
          setState(criterionId, { status: 'saved' });
        } else if (now) {
          // Typed on while saving: save the newer text too.
          updateDrafts((d) => ({ ...d, [criterionId]: { ...now, base: confirmed.version } }));
          setState(criterionId, { status: 'pending' });
          again = true;
        }
      } catch (error) {
        const info = apiErrorInfo(error);
        // The API's message key in the UI language (its English text otherwise).
        const message = translateApiMessage(i18n, info) ?? info.serverMessage;
        if (info.code === 'CONFLICT') {
          const current = graphQLErrorsOf(error)[0]?.extensions?.current as
            | { value?: string | null; note?: string | null; version?: number }
            | undefined;
          setState(criterionId, {
            status: 'conflict',
            message,
            current: current?.version
              ? { criterionId, value: current.value ?? null, note: current.note ?? null, version: current.version }
              : undefined,
          });
        } else if (info.code === 'BAD_USER_INPUT') {
          setState(criterionId, { status: 'invalid', message });
        } else {
          setState(criterionId, { status: 'failed', message });
        }
      } finally {
        inFlight.current.delete(criterionId);
      }
      if (again) void flush(criterionId);
    },
    [assessmentId, enabled, save, setState, updateDrafts, i18n],
  );

  const schedule = useCallback(
    (criterionId: string, delay: number) => {
      const t = timers.current.get(criterionId);
      if (t) clearTimeout(t);
      timers.current.set(
        criterionId,
        setTimeout(() => {
          timers.current.delete(criterionId);
          void flush(criterionId);
        }, delay),
      );
    },
    [flush],
  );

  /** Records a change (kept locally at once) and saves it shortly. */
  const change = useCallback(
    (criterionId: string, patch: Partial<AnswerContent>, immediate = false) => {
      const base = serverRef.current.get(criterionId);
      const prev = draftsRef.current[criterionId] ?? {
        value: base?.value ?? null,
        note: base?.note ?? null,
        base: base?.version ?? null,
        at: 0,
      };
      const next = { ...prev, ...patch, at: Date.now() };
      updateDrafts((d) => ({ ...d, [criterionId]: next }));
      setState(criterionId, { status: 'pending' });
      schedule(criterionId, immediate ? 0 : DEBOUNCE_MS);
    },
    [schedule, setState, updateDrafts],
  );

  const retryAll = useCallback(() => {
    for (const id of Object.keys(draftsRef.current)) void flush(id);
  }, [flush]);

  /** After a conflict: keep mine (save over theirs) or take theirs (drop my draft). */
  const resolveConflict = useCallback(
    (criterionId: string, choice: 'mine' | 'theirs') => {
      const current = states[criterionId]?.current;
      if (current) {
        setServer((prev) => new Map(prev).set(criterionId, current));
        serverRef.current = new Map(serverRef.current).set(criterionId, current);
      }
      if (choice === 'mine' && current) {
        const draft = draftsRef.current[criterionId];
        if (draft) updateDrafts((d) => ({ ...d, [criterionId]: { ...draft, base: current.version } }));
      }
      if (choice === 'theirs') {
        updateDrafts((d) => {
          const { [criterionId]: _dropped, ...rest } = d;
          return rest;
        });
        setState(criterionId, { status: 'saved' });
      } else {
        void flush(criterionId);
      }
    },
    [flush, setState, states, updateDrafts],
  );

  // Resume drafts left from an earlier visit (reload, crash, offline), dropping
  // those the server already has.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !enabled) return;
    resumed.current = true;
    const stale = alreadySaved(draftsRef.current, serverRef.current);
    if (stale.length) {
      updateDrafts((d) => {
        const next = { ...d };
        for (const id of stale) delete next[id];
        return next;
      });
    }
    for (const id of Object.keys(draftsRef.current)) void flush(id);
  }, [enabled, flush, updateDrafts]);

  useEffect(() => {
    const online = () => retryAll();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [retryAll]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  /** What the assessor sees for a criterion: the draft, else the saved answer. */
  const effective = useCallback(
    (criterionId: string): AnswerContent => {
      // A closed worksheet shows what the server has (drafts wait, unsent).
      const d = enabled ? drafts[criterionId] : undefined;
      if (d) return { value: d.value, note: d.note };
      const s = server.get(criterionId);
      return { value: s?.value ?? null, note: s?.note ?? null };
    },
    [drafts, enabled, server],
  );

  const summary = useMemo(() => {
    const list = Object.entries(drafts).map(([id]) => states[id]?.status ?? 'pending');
    return {
      unsaved: Object.keys(drafts).length,
      saving: list.filter((s) => s === 'saving' || s === 'pending').length,
      failed: list.filter((s) => s === 'failed').length,
      conflicts: list.filter((s) => s === 'conflict').length,
      invalid: list.filter((s) => s === 'invalid').length,
    };
  }, [drafts, states]);

  const values = useMemo(() => {
    const map = new Map<string, string | null>();
    for (const [id, s] of server) map.set(id, s.value);
    if (enabled) for (const [id, d] of Object.entries(drafts)) map.set(id, d.value);
    return map;
  }, [drafts, enabled, server]);

  return { effective, change, retryAll, resolveConflict, states, summary, values, flush };
}
