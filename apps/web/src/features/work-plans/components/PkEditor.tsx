// Building a performance-agreement action plan (Rencana Aksi PK): programs,
// their activities (kegiatan) with the budget and the annual target of their
// indicator, and sub-activities with a budget and TW I–IV targets. Budgets
// and targets are typed the Indonesian way ("1.018.175.000,00", "43,84",
// "30 Orang", "n.a") and checked with the same rules as the API before
// saving. The document view (PerformanceAgreementGrid) shows the result with
// totals per program.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MESSAGES, parsePkTarget, parseRupiah } from '@rb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndicatorFragment } from '../../../gql/graphql.ts';
import { graphQLErrorsOf } from '../../../ui/errors.ts';
import { formatIndicatorValue, formatRupiah } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { PlanTargetsQuery } from '../graphql/workPlan.ts';
import {
  CreatePkActivityMutation,
  CreatePkSubActivityMutation,
  CreateProgramMutation,
  DeletePkActivityMutation,
  DeletePkSubActivityMutation,
  DeleteProgramMutation,
  SetPkTargetsMutation,
  UpdatePkActivityMutation,
  UpdatePkSubActivityMutation,
  UpdateProgramMutation,
} from '../graphql/setup.ts';
import { activityBudget, sumDecimals } from '../utils/budget.ts';
import type { Plan } from '../utils/gridRows.ts';
import { WarningsNotice } from '../../checks/components/WarningsNotice.tsx';
import { type Finding, warningsToConfirm } from '../../checks/utils/findings.ts';
import { ConfirmDialog, Dialog } from './EditorDialogs.tsx';
import './planSetup.css';

type Activity = Plan['activities'][number];
type SubActivity = Activity['actions'][number];
type Program = Plan['programs'][number];
type Indicator = PlanIndicatorFragment;

const REFETCH = { refetchQueries: ['WorkPlan', 'PlanTargets'], awaitRefetchQueries: true };
const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

type Open =
  | { kind: 'program'; program: Program | null }
  | { kind: 'activity'; programId: string; activity: Activity | null }
  | { kind: 'sub'; activityId: string; sub: SubActivity | null }
  | { kind: 'delete'; what: 'program' | 'activity' | 'sub'; id: string; version: number; name: string; count: number };

/** A target as the documents print it ("25%", "30 Orang"); '' when none. */
function targetDisplay(indicator: Indicator | undefined, year: number, quarter: number) {
  const value = indicator?.values.find((v) => v.kind === 'TARGET' && v.year === year && v.quarter === quarter && v.month === 0);
  if (!value || !indicator) return '';
  const text = formatIndicatorValue(value, indicator);
  const unit = indicator.unit?.trim();
  return unit && unit !== '%' && !text.toLowerCase().endsWith(unit.toLowerCase()) ? `${text} ${unit}` : text;
}

/** A target as it was typed, for the form. */
function targetText(indicator: Indicator | undefined, year: number, quarter: number) {
  const value = indicator?.values.find((v) => v.kind === 'TARGET' && v.year === year && v.quarter === quarter && v.month === 0);
  return value && indicator ? (value.textValue ?? formatIndicatorValue(value, indicator)) : '';
}

export function PkEditor({ plan, onStatus }: { plan: Plan; onStatus: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const targets = useQuery(PlanTargetsQuery, { variables: { id: plan.id } });
  const [open, setOpen] = useState<Open | null>(null);
  const byActivity = new Map<string, readonly Indicator[]>();
  const byAction = new Map<string, readonly Indicator[]>();
  for (const a of targets.data?.workPlan?.activities ?? []) {
    byActivity.set(a.id, a.indicators);
    for (const s of a.actions) byAction.set(s.id, s.indicators);
  }
  const close = () => setOpen(null);
  return (
    <section className="pk-editor" aria-labelledby={`${id}-title`}>
      <div className="pk-editor-head">
        <h2 id={`${id}-title`}>{t('pkEditor.title')}</h2>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'program', program: null })}>
          {t('pkEditor.addProgram')}
        </button>
      </div>
      {plan.programs.length === 0 ? <p className="note note-compact">{t('pkEditor.empty')}</p> : null}
      {plan.programs.map((program) => {
        const activities = plan.activities.filter((a) => a.programId === program.id);
        const total = sumDecimals(activities.map(activityBudget));
        return (
          <section key={program.id} className="pk-program" aria-label={t('pkEditor.programLabel', { name: program.name })}>
            <div className="pk-row pk-row-program">
              <h3>
                {t('grid.columns.program')}: {program.code ? `${program.code} ` : ''}
                {program.name}
              </h3>
              <span className="pk-total-inline">
                {t('pkEditor.programTotal')}: <strong>{total ? formatRupiah(total) : '–'}</strong>
              </span>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setOpen({ kind: 'activity', programId: program.id, activity: null })}
                >
                  {t('pkEditor.addActivity')}
                </button>
                <button type="button" className="button button-small" onClick={() => setOpen({ kind: 'program', program })}>
                  {t('pkEditor.edit')}
                  <span className="sr-only"> {program.name}</span>
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() =>
                    setOpen({
                      kind: 'delete',
                      what: 'program',
                      id: program.id,
                      version: program.version,
                      name: program.name,
                      count: activities.length,
                    })
                  }
                >
                  {t('pkEditor.delete')}
                  <span className="sr-only"> {program.name}</span>
                </button>
              </div>
            </div>
            {activities.length === 0 ? <p className="muted pk-indent">{t('pkEditor.noActivities')}</p> : null}
            <ul className="pk-list">
              {activities.map((activity) => {
                const indicator = byActivity.get(activity.id)?.[0];
                const budget = activityBudget(activity);
                return (
                  <li key={activity.id} className="pk-activity">
                    <div className="pk-row">
                      <div className="pk-row-main">
                        <strong>
                          {t('pkEditor.activity')}: {activity.code ? `${activity.code}. ` : ''}
                          {activity.name}
                        </strong>
                        <span>
                          {t('pkEditor.budgetShort')}: {budget ? formatRupiah(budget) : '–'}
                        </span>
                        {indicator ? (
                          <span>
                            {indicator.name}: {t('pk.annualTarget')} {targetDisplay(indicator, plan.year, 0) || '–'}
                          </span>
                        ) : null}
                      </div>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setOpen({ kind: 'sub', activityId: activity.id, sub: null })}
                        >
                          {t('pkEditor.addSub')}
                          <span className="sr-only"> {activity.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setOpen({ kind: 'activity', programId: program.id, activity })}
                        >
                          {t('pkEditor.edit')}
                          <span className="sr-only"> {activity.name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() =>
                            setOpen({
                              kind: 'delete',
                              what: 'activity',
                              id: activity.id,
                              version: activity.version,
                              name: activity.name,
                              count: activity.actions.length,
                            })
                          }
                        >
                          {t('pkEditor.delete')}
                          <span className="sr-only"> {activity.name}</span>
                        </button>
                      </div>
                    </div>
                    {activity.actions.length > 0 ? (
                      <ul className="pk-list pk-subs">
                        {activity.actions.map((sub) => {
                          const subIndicator = byAction.get(sub.id)?.[0];
                          return (
                            <li key={sub.id} className="pk-row">
                              <div className="pk-row-main">
                                <span>
                                  {t('pkEditor.sub')}: {sub.code ? `${sub.code}. ` : ''}
                                  {sub.name}
                                </span>
                                {sub.budget ? (
                                  <span>
                                    {t('pkEditor.budgetShort')}: {formatRupiah(sub.budget)}
                                  </span>
                                ) : null}
                                {subIndicator ? (
                                  <span>
                                    {subIndicator.name}:{' '}
                                    {QUARTERS.map((q, i) => `TW ${q} ${targetDisplay(subIndicator, plan.year, i + 1) || '–'}`).join(' · ')}
                                  </span>
                                ) : null}
                              </div>
                              <div className="button-row">
                                <button
                                  type="button"
                                  className="button button-small"
                                  onClick={() => setOpen({ kind: 'sub', activityId: activity.id, sub })}
                                >
                                  {t('pkEditor.edit')}
                                  <span className="sr-only"> {sub.name}</span>
                                </button>
                                <button
                                  type="button"
                                  className="button button-small button-danger"
                                  onClick={() =>
                                    setOpen({ kind: 'delete', what: 'sub', id: sub.id, version: sub.version, name: sub.name, count: 0 })
                                  }
                                >
                                  {t('pkEditor.delete')}
                                  <span className="sr-only"> {sub.name}</span>
                                </button>
                              </div>
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {open?.kind === 'program' ? <ProgramDialog planId={plan.id} program={open.program} onClose={close} onStatus={onStatus} /> : null}
      {open?.kind === 'activity' ? (
        <RowDialog
          kind="activity"
          parentId={open.programId}
          row={open.activity}
          indicator={open.activity ? byActivity.get(open.activity.id)?.[0] : undefined}
          year={plan.year}
          onClose={close}
          onStatus={onStatus}
        />
      ) : null}
      {open?.kind === 'sub' ? (
        <RowDialog
          kind="sub"
          parentId={open.activityId}
          row={open.sub}
          indicator={open.sub ? byAction.get(open.sub.id)?.[0] : undefined}
          year={plan.year}
          onClose={close}
          onStatus={onStatus}
        />
      ) : null}
      {open?.kind === 'delete' ? <DeleteRow open={open} onClose={close} onStatus={onStatus} /> : null}
    </section>
  );
}

function useFail() {
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  return {
    error,
    setError,
    fail: (err: unknown) => {
      const field = graphQLErrorsOf(err)[0]?.extensions?.field;
      setError({ message: errorMessage(err), ...(typeof field === 'string' ? { field } : {}) });
    },
  };
}

function Buttons({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('pkEditor.save')}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {t('editor.cancel')}
      </button>
    </div>
  );
}

function ProgramDialog({
  planId,
  program,
  onClose,
  onStatus,
}: {
  planId: string;
  program: Program | null;
  onClose: () => void;
  onStatus: (s: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(program?.code ?? '');
  const [name, setName] = useState(program?.name ?? '');
  const { error, setError, fail } = useFail();
  const [create, creating] = useMutation(CreateProgramMutation, REFETCH);
  const [update, updating] = useMutation(UpdateProgramMutation, REFETCH);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!name.trim()) return setError({ message: t('editor.nameRequired'), field: 'name' });
    try {
      if (program) await update({ variables: { input: { id: program.id, version: program.version, code, name } } });
      else await create({ variables: { input: { workPlanId: planId, code, name } } });
      onStatus(t('pkEditor.saved', { name }));
      onClose();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <Dialog title={program ? t('pkEditor.editProgram') : t('pkEditor.addProgram')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="pk-program-code" label={t('pkEditor.code')} value={code} onChange={setCode} />
        <TextField
          id="pk-program-name"
          label={t('pkEditor.programName')}
          value={name}
          onChange={setName}
          error={error?.field === 'name' ? error.message : undefined}
        />
        {error && error.field !== 'name' ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <Buttons busy={creating.loading || updating.loading} onClose={onClose} />
      </form>
    </Dialog>
  );
}

function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  inputMode?: 'decimal';
}) {
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        inputMode={inputMode}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** Add or edit an activity (annual target) or a sub-activity (TW I–IV targets), with its budget and indicator. */
function RowDialog({
  kind,
  parentId,
  row,
  indicator,
  year,
  onClose,
  onStatus,
}: {
  kind: 'activity' | 'sub';
  parentId: string;
  row: Activity | SubActivity | null;
  indicator: Indicator | undefined;
  year: number;
  onClose: () => void;
  onStatus: (s: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'id';
  const [code, setCode] = useState(row?.code ?? '');
  const [name, setName] = useState(row?.name ?? '');
  const [budget, setBudget] = useState(row?.budget ? formatRupiah(row.budget).replace(/^Rp\s*/, '') : '');
  const [indicatorName, setIndicatorName] = useState(indicator?.name ?? '');
  const [unit, setUnit] = useState(indicator?.unit ?? '');
  const [annual, setAnnual] = useState(targetText(indicator, year, 0));
  const [quarters, setQuarters] = useState(() => [1, 2, 3, 4].map((q) => targetText(indicator, year, q)));
  // The row once it is saved (a failed target save then updates it rather than making a second row).
  const [saved, setSaved] = useState<{ id: string; version: number } | null>(row ? { id: row.id, version: row.version } : null);
  const { error, setError, fail } = useFail();
  const [createActivity] = useMutation(CreatePkActivityMutation);
  const [updateActivity] = useMutation(UpdatePkActivityMutation);
  const [createSub] = useMutation(CreatePkSubActivityMutation);
  const [updateSub] = useMutation(UpdatePkSubActivityMutation);
  const [setTargets] = useMutation(SetPkTargetsMutation, REFETCH);
  const client = useApolloClient();
  const refetchPlan = () => client.refetchQueries({ include: ['WorkPlan', 'PlanTargets'] });
  const [busy, setBusy] = useState(false);
  // The plan checks' warnings on the targets, kept only when the user confirms.
  const [warnings, setWarnings] = useState<Finding[] | null>(null);

  const check = (): { message: string; field: string } | null => {
    if (!name.trim()) return { message: t('editor.nameRequired'), field: 'name' };
    if (budget.trim() && !parseRupiah(budget).ok) return { message: MESSAGES['plans.invalidBudget'][lang], field: 'budget' };
    const values = kind === 'activity' ? [['annual', annual] as const] : quarters.map((q, i) => [`quarters.${i}`, q] as const);
    for (const [field, raw] of values) {
      const parsed = parsePkTarget(raw, unit);
      if (parsed && !parsed.ok) return { message: parsed.message[lang], field };
    }
    const anyTarget = values.some(([, raw]) => raw.trim() !== '');
    if (anyTarget && !indicatorName.trim()) return { message: t('pkEditor.indicatorRequired'), field: 'indicator' };
    return null;
  };

  const submit = async (e: FormEvent | null, confirmWarnings = false) => {
    e?.preventDefault();
    setWarnings(null);
    const problem = check();
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      let current = saved;
      const fields = { code, name, budget };
      if (kind === 'activity') {
        current = current
          ? ((await updateActivity({ variables: { input: { id: current.id, version: current.version, ...fields } } })).data
              ?.updatePkActivity ?? null)
          : {
              ...((await createActivity({ variables: { input: { programId: parentId, ...fields } } })).data?.createPkActivity ?? {
                id: '',
              }),
              version: 1,
            };
      } else {
        current = current
          ? ((await updateSub({ variables: { input: { id: current.id, version: current.version, ...fields } } })).data
              ?.updatePkSubActivity ?? null)
          : {
              ...((await createSub({ variables: { input: { activityId: parentId, ...fields } } })).data?.createPkSubActivity ?? { id: '' }),
              version: 1,
            };
      }
      if (current) setSaved({ id: current.id, version: current.version });
      if (current && !indicatorName.trim()) await refetchPlan();
      if (current && indicatorName.trim()) {
        await setTargets({
          variables: {
            input: {
              ownerId: current.id,
              ...(indicator ? { indicatorId: indicator.id, version: indicator.version } : {}),
              name: indicatorName,
              unit,
              ...(kind === 'activity' ? { annual } : { quarters }),
              confirmWarnings,
            },
          },
        });
      }
      onStatus(t('pkEditor.saved', { name }));
      onClose();
    } catch (err) {
      const toConfirm = warningsToConfirm(err);
      if (toConfirm) setWarnings(toConfirm);
      else fail(err);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const title =
    kind === 'activity'
      ? row
        ? t('pkEditor.editActivity')
        : t('pkEditor.addActivity')
      : row
        ? t('pkEditor.editSub')
        : t('pkEditor.addSub');
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="pk-form-grid">
          <TextField id="pk-row-code" label={t('pkEditor.code')} value={code} onChange={setCode} />
          <TextField
            id="pk-row-name"
            label={kind === 'activity' ? t('pkEditor.activityName') : t('pkEditor.subName')}
            value={name}
            onChange={setName}
            error={fieldError('name')}
          />
        </div>
        <TextField
          id="pk-row-budget"
          label={t('pkEditor.budget')}
          value={budget}
          onChange={setBudget}
          inputMode="decimal"
          hint={t('pkEditor.budgetHint')}
          error={fieldError('budget')}
        />
        <fieldset>
          <legend>{kind === 'activity' ? t('pkEditor.activityIndicator') : t('pkEditor.subIndicator')}</legend>
          <TextField
            id="pk-row-indicator"
            label={t('pkEditor.indicatorName')}
            value={indicatorName}
            onChange={setIndicatorName}
            error={fieldError('indicator')}
          />
          <TextField id="pk-row-unit" label={t('pkEditor.unit')} value={unit} onChange={setUnit} hint={t('pkEditor.unitHint')} />
          {kind === 'activity' ? (
            <TextField id="pk-row-annual" label={t('pk.annualTarget')} value={annual} onChange={setAnnual} error={fieldError('annual')} />
          ) : (
            <div className="pk-quarters">
              {QUARTERS.map((q, i) => (
                <TextField
                  key={q}
                  id={`pk-row-q${i + 1}`}
                  label={t('pkEditor.quarterTarget', { quarter: q })}
                  value={quarters[i] ?? ''}
                  onChange={(v) => setQuarters((prev) => prev.map((x, j) => (j === i ? v : x)))}
                  error={fieldError(`quarters.${i}`)}
                />
              ))}
            </div>
          )}
        </fieldset>
        {error &&
        !['name', 'budget', 'indicator', 'annual', 'quarters.0', 'quarters.1', 'quarters.2', 'quarters.3'].includes(error.field ?? '') ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        {warnings ? <WarningsNotice findings={warnings} busy={busy} onKeep={() => void submit(null, true)} /> : null}
        <Buttons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}

function DeleteRow({
  open,
  onClose,
  onStatus,
}: {
  open: Extract<Open, { kind: 'delete' }>;
  onClose: () => void;
  onStatus: (s: string) => void;
}) {
  const { t } = useTranslation();
  const [delProgram] = useMutation(DeleteProgramMutation, REFETCH);
  const [delActivity] = useMutation(DeletePkActivityMutation, REFETCH);
  const [delSub] = useMutation(DeletePkSubActivityMutation, REFETCH);
  const message =
    open.what === 'program'
      ? t('pkEditor.confirmDeleteProgram', { name: open.name, count: open.count })
      : open.what === 'activity'
        ? t('pkEditor.confirmDeleteActivity', { name: open.name, count: open.count })
        : t('pkEditor.confirmDeleteSub', { name: open.name });
  return (
    <ConfirmDialog
      title={t('pkEditor.delete')}
      message={message}
      confirm={t('pkEditor.delete')}
      onClose={onClose}
      onConfirm={async () => {
        const variables = { id: open.id, version: open.version };
        if (open.what === 'program') await delProgram({ variables });
        else if (open.what === 'activity') await delActivity({ variables });
        else await delSub({ variables });
        onStatus(t('pkEditor.deleted', { name: open.name }));
        onClose();
      }}
    />
  );
}
