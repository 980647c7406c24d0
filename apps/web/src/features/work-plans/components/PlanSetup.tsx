// Starting a year's plan: the create actions of the plans list ("Belum ada
// Rencana Kerja 2027 — Buat dari Road Map · Salin dari 2026 · Kosong", plus
// the PK action plan), each offered only when possible (else disabled with
// the reason), and the dialog that creates it. From a road map and as a copy,
// the dialog first shows what will be created and what is left out, and the
// planner confirms.
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PlanPreviewFieldsFragment, PlanSetupOptionsQuery as PlanSetupOptionsData } from '../../../gql/graphql.ts';
import { apiErrorInfo, graphQLErrorsOf } from '../../../ui/errors.ts';
import { formatCount } from '../../../ui/format.ts';
import { LoadingState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { AgenciesQuery } from '../../session/graphql/agencies.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import {
  CopyWorkPlanMutation,
  CopyWorkPlanPreviewQuery,
  CreateWorkPlanFromRoadmapMutation,
  CreateWorkPlanMutation,
  PlanFromRoadmapPreviewQuery,
  PlanSetupOptionsQuery,
} from '../graphql/setup.ts';
import { Dialog } from './EditorDialogs.tsx';
import './planSetup.css';

type Options = PlanSetupOptionsData['planSetupOptions'];
type Mode = 'ROADMAP' | 'COPY' | 'EMPTY' | 'PK';

const REFETCH = ['WorkPlans', 'YearOptions', 'PlanSetupOptions'];

/** Whether the viewer may create and edit plans (planner or administrator). */
export function useCanPlan() {
  const { roles } = useSession();
  return roles.includes('PLANNER') || roles.includes('ADMIN');
}

/** The create actions for `year`; `hasPlans` switches the heading from the empty state to "another plan". */
export function PlanSetupPanel({ year, hasPlans }: { year: number; hasPlans: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const result = useQuery(PlanSetupOptionsQuery, { variables: { year } });
  const [mode, setMode] = useState<Mode | null>(null);
  const options = result.data?.planSetupOptions;
  if (!options) return result.loading ? <LoadingState /> : null;

  const covering = options.roadmaps.filter((r) => r.coversYear);
  const withActions = covering.filter((r) => r.actionsInYear > 0);
  const roadmapReason =
    options.roadmaps.length === 0
      ? t('setupPlan.noRoadmap')
      : covering.length === 0
        ? t('setupPlan.roadmapNotCovering', {
            year,
            periods: options.roadmaps.map((r) => `${r.startYear}–${r.endYear}`).join(', '),
          })
        : withActions.length === 0
          ? t('setupPlan.roadmapNoActions', { year })
          : null;
  const copySources = options.copySources.filter((p) => p.kind === 'WORK_PLAN');
  const latest = copySources[0];
  const copyReason = latest ? null : t('setupPlan.noEarlierPlan');

  const action = (m: Mode, label: string, reason: string | null, primary = false) => (
    <div className="plan-setup-action">
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        disabled={reason !== null}
        aria-describedby={reason ? `${id}-${m}-reason` : undefined}
        onClick={() => setMode(m)}
      >
        {label}
      </button>
      {reason ? (
        <span id={`${id}-${m}-reason`} className="plan-setup-reason">
          {reason}
        </span>
      ) : null}
    </div>
  );

  return (
    <section className={hasPlans ? 'plan-setup plan-setup-more' : 'plan-setup'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{hasPlans ? t('setupPlan.titleMore', { year }) : t('setupPlan.titleEmpty', { year })}</h2>
      {hasPlans ? null : <p>{t('setupPlan.intro')}</p>}
      <div className="plan-setup-actions">
        {action('ROADMAP', t('setupPlan.fromRoadmap'), roadmapReason, !roadmapReason)}
        {action(
          'COPY',
          latest ? t('setupPlan.copyFrom', { year: latest.year }) : t('setupPlan.copy'),
          copyReason,
          !!roadmapReason && !copyReason,
        )}
        {action('EMPTY', t('setupPlan.empty'), null)}
        {action('PK', t('setupPlan.performanceAgreement'), null)}
      </div>
      {mode ? <CreatePlanDialog mode={mode} year={year} options={options} onClose={() => setMode(null)} /> : null}
    </section>
  );
}

function defaultTitle(mode: Mode, year: number) {
  return mode === 'PK' ? `Rencana Aksi Perjanjian Kinerja Tahun ${year}` : `Rencana Kerja Reformasi Birokrasi Tahun ${year}`;
}

function CreatePlanDialog({ mode, year, options, onClose }: { mode: Mode; year: number; options: Options; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const agencies = useQuery(AgenciesQuery).data?.agencies ?? [];
  const roadmaps = options.roadmaps.filter((r) => r.coversYear && r.actionsInYear > 0);
  const sources = options.copySources.filter((p) => p.kind === 'WORK_PLAN');
  const [sourceId, setSourceId] = useState(mode === 'ROADMAP' ? (roadmaps[0]?.id ?? '') : mode === 'COPY' ? (sources[0]?.id ?? '') : '');
  const [agencyId, setAgencyId] = useState(mode === 'COPY' ? (sources[0]?.agency?.id ?? '') : '');
  const [title, setTitle] = useState<string | null>(null);
  const [regulationRef, setRegulationRef] = useState('');
  const [error, setError] = useState<{ message: string; field?: string; existingPlanId?: string } | null>(null);
  const agencyVar = agencyId || null;

  const roadmapPreview = useQuery(PlanFromRoadmapPreviewQuery, {
    variables: { roadmapId: sourceId, year, agencyId: agencyVar },
    skip: mode !== 'ROADMAP' || !sourceId,
    fetchPolicy: 'network-only',
  });
  const copyPreview = useQuery(CopyWorkPlanPreviewQuery, {
    variables: { sourceId, year, agencyId: agencyVar },
    skip: mode !== 'COPY' || !sourceId,
    fetchPolicy: 'network-only',
  });
  const previewResult = mode === 'ROADMAP' ? roadmapPreview : copyPreview;
  const preview: PlanPreviewFieldsFragment | undefined =
    mode === 'ROADMAP' ? roadmapPreview.data?.planFromRoadmapPreview : mode === 'COPY' ? copyPreview.data?.copyWorkPlanPreview : undefined;
  const needsPreview = mode === 'ROADMAP' || mode === 'COPY';
  const shownTitle = title ?? preview?.title ?? (needsPreview ? '' : defaultTitle(mode, year));

  const [createEmpty, creatingEmpty] = useMutation(CreateWorkPlanMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [createFromRoadmap, creatingFromRoadmap] = useMutation(CreateWorkPlanFromRoadmapMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [copy, copying] = useMutation(CopyWorkPlanMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const busy = creatingEmpty.loading || creatingFromRoadmap.loading || copying.loading;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const common = { year, title: shownTitle, agencyId: agencyVar, regulationRef: regulationRef || null };
    try {
      let plan: { id: string; year: number } | undefined;
      if (mode === 'ROADMAP')
        plan = (await createFromRoadmap({ variables: { input: { ...common, roadmapId: sourceId } } })).data?.createWorkPlanFromRoadmap;
      else if (mode === 'COPY') plan = (await copy({ variables: { input: { ...common, sourceId } } })).data?.copyWorkPlan;
      else
        plan = (await createEmpty({ variables: { input: { ...common, kind: mode === 'PK' ? 'PERFORMANCE_AGREEMENT' : 'WORK_PLAN' } } }))
          .data?.createWorkPlan;
      if (plan) navigate(govPath(`work-plans/${plan.id}`, { year: String(plan.year) }));
    } catch (err) {
      const info = apiErrorInfo(err);
      const extensions = graphQLErrorsOf(err)[0]?.extensions;
      setError({
        message: errorMessage(err),
        ...(info.field ? { field: info.field } : {}),
        ...(typeof extensions?.existingPlanId === 'string' ? { existingPlanId: extensions.existingPlanId } : {}),
      });
    }
  };

  const titles: Record<Mode, string> = {
    ROADMAP: t('setupPlan.dialogRoadmap', { year }),
    COPY: t('setupPlan.dialogCopy', { year }),
    EMPTY: t('setupPlan.dialogEmpty', { year }),
    PK: t('setupPlan.dialogPk', { year }),
  };
  const existing = preview?.existing;
  const fieldError = (field: string) =>
    error?.field === field ? (
      <span id={`plan-${field}-error`} className="field-error">
        {error.message}
      </span>
    ) : null;

  return (
    <Dialog title={titles[mode]} onClose={onClose} wide={needsPreview}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {mode === 'ROADMAP' ? (
          <div className="field">
            <label htmlFor="plan-source">{t('setupPlan.roadmap')}</label>
            <select id="plan-source" className="select" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
              {roadmaps.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title.includes(String(r.startYear)) ? r.title : `${r.title} (${r.startYear}–${r.endYear})`} ·{' '}
                  {t('setupPlan.actionsInYear', { count: r.actionsInYear, year })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {mode === 'COPY' ? (
          <div className="field">
            <label htmlFor="plan-source">{t('setupPlan.source')}</label>
            <select
              id="plan-source"
              className="select"
              value={sourceId}
              onChange={(e) => {
                setSourceId(e.target.value);
                setAgencyId(sources.find((s) => s.id === e.target.value)?.agency?.id ?? '');
                setTitle(null);
              }}
            >
              {sources.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.year} · {p.title}
                  {p.agency ? ` · ${p.agency.shortName ?? p.agency.name}` : ''}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="plan-title">{t('setupPlan.planTitle')}</label>
          <input
            id="plan-title"
            type="text"
            value={shownTitle}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={error?.field === 'title' ? true : undefined}
            aria-describedby={error?.field === 'title' ? 'plan-title-error' : undefined}
          />
          {fieldError('title')}
        </div>
        <div className="field">
          <label htmlFor="plan-agency">{t('setupPlan.owner')}</label>
          <select
            id="plan-agency"
            className="select"
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            aria-invalid={error?.field === 'agencyId' ? true : undefined}
            aria-describedby={error?.field === 'agencyId' ? 'plan-agencyId-error' : undefined}
          >
            <option value="">{t('setupPlan.ownerGovernment')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {fieldError('agencyId')}
        </div>
        <div className="field">
          <label htmlFor="plan-regulation">{t('setupPlan.regulationRef')}</label>
          <input id="plan-regulation" type="text" value={regulationRef} onChange={(e) => setRegulationRef(e.target.value)} />
        </div>
        {needsPreview ? (
          <section className="plan-preview" aria-labelledby="plan-preview-title" aria-busy={previewResult.loading}>
            <h3 id="plan-preview-title">{t('setupPlan.preview')}</h3>
            {previewResult.loading ? <LoadingState /> : null}
            {previewResult.error ? (
              <p className="form-error" role="alert">
                {errorMessage(previewResult.error)}
              </p>
            ) : null}
            {preview ? <PreviewView preview={preview} mode={mode} /> : null}
          </section>
        ) : null}
        {existing ? (
          <p className="form-error" role="alert">
            {t('setupPlan.exists', { title: existing.title })}{' '}
            <Link to={govPath(`work-plans/${existing.id}`, { year: String(year) })}>{t('setupPlan.openExisting')}</Link>
          </p>
        ) : null}
        {error && error.field !== 'title' && error.field !== 'agencyId' ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        {error?.existingPlanId ? (
          <p>
            <Link to={govPath(`work-plans/${error.existingPlanId}`, { year: String(year) })}>{t('setupPlan.openExisting')}</Link>
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy || (needsPreview && (!preview || !!existing))}>
            {needsPreview && preview ? t('setupPlan.confirmCreate', { count: preview.actionCount }) : t('setupPlan.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const ACTIONS_SHOWN = 40;

function PreviewView({ preview, mode }: { preview: PlanPreviewFieldsFragment; mode: Mode }) {
  const { t } = useTranslation();
  const leftOutYears = (years: readonly number[]) => (years.length ? years.join(', ') : '–');
  return (
    <>
      <p className="plan-preview-counts">
        {t('setupPlan.willCreate', {
          activities: formatCount(preview.activityCount),
          actions: formatCount(preview.actionCount),
          steps: formatCount(preview.stepCount),
        })}
        {preview.programCount > 0 ? ` ${t('setupPlan.willCreatePrograms', { count: preview.programCount })}` : ''}
      </p>
      {mode === 'ROADMAP' ? <p className="note note-compact">{t('setupPlan.roadmapStepsNote')}</p> : null}
      {preview.areas.map((group) => {
        const rows = group.activities.flatMap((a) => a.actions.map((action) => ({ activity: a.name, action })));
        return (
          <div key={group.area?.id ?? 'none'} className="plan-preview-area">
            <h4>
              {group.area?.name ?? t('setupPlan.noArea')}{' '}
              <span className="muted">· {t('setupPlan.areaCounts', { activities: group.activityCount, actions: group.actionCount })}</span>
            </h4>
            <table className="data-table plan-preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('grid.columns.activity')}</th>
                  <th scope="col">{t('setupPlan.action')}</th>
                  <th scope="col">{t('editor.field.output')}</th>
                  <th scope="col">{t('setupPlan.responsible')}</th>
                  {mode === 'COPY' ? (
                    <th scope="col" className="num">
                      {t('workPlans.steps')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, ACTIONS_SHOWN).map((r, i) => (
                  <tr key={i}>
                    <td>{r.activity}</td>
                    <th scope="row">{r.action.name}</th>
                    <td>{r.action.output ?? '–'}</td>
                    <td>{r.action.responsible ?? '–'}</td>
                    {mode === 'COPY' ? <td className="num">{formatCount(r.action.stepCount)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
            {rows.length > ACTIONS_SHOWN ? <p className="muted">{t('setupPlan.andMore', { count: rows.length - ACTIONS_SHOWN })}</p> : null}
          </div>
        );
      })}
      {preview.leftOut.length > 0 ? (
        <details className="plan-preview-left-out" open={preview.leftOut.length <= 10}>
          <summary>{t('setupPlan.leftOut', { count: preview.leftOut.length })}</summary>
          <ul>
            {preview.leftOut.map((l, i) => (
              <li key={i}>
                <strong>{l.name}</strong> —{' '}
                {l.reason === 'NOT_THIS_YEAR'
                  ? t('setupPlan.notThisYear', { year: preview.year, years: leftOutYears(l.years) })
                  : t('setupPlan.archived')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {mode === 'COPY' ? (
        <p className="note note-compact">
          {t('setupPlan.notCopied', { realizations: preview.realizationsNotCopied, baselines: preview.baselinesNotCopied })}
          {preview.approvalNotCopied ? ` ${t('setupPlan.approvalNotCopied')}` : ''}
        </p>
      ) : null}
    </>
  );
}
