import { useQuery } from '@apollo/client/react';
import { defaultReportingMonth, PROGRESS_RULE, STEP_STATUSES } from '@rb/domain';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatCount, formatRupiah, monthNames } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { AgenciesQuery } from '../../session/graphql/agencies.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { WorkPlanQuery } from '../graphql/workPlan.ts';
import { type AgencyOption, type ConflictNotice, usePlanEditor } from '../hooks/usePlanEditor.ts';
import { activityBudget, sumDecimals } from '../utils/budget.ts';
import type { GridFilters, GridRow, Plan } from '../utils/gridRows.ts';
import { planProgress } from '../utils/progress.ts';
import { ConfirmDialog, MoveDialog, NameDialog, RealizationDialog, RowMenuDialog } from './EditorDialogs.tsx';
import { PerformanceAgreementGrid } from './PerformanceAgreementGrid.tsx';
import { PlanChecks } from './PlanChecks.tsx';
import { ObjectYear } from '../../session/components/ObjectYear.tsx';
import { PkEditor } from './PkEditor.tsx';
import { PlanSettings } from './PlanSettings.tsx';
import { type GridMode, type RowCommand, WorkPlanGrid } from './WorkPlanGrid.tsx';
import './workPlanGrid.css';

/** One plan: its details, the editor toolbar and the grid. */
export function WorkPlanDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const result = useQuery(WorkPlanQuery, { variables: { id } });
  const agencies = useQuery(AgenciesQuery);
  usePageTitle(result.data?.workPlan?.title ?? t('workPlans.title'));
  return (
    <>
      <p className="back-link">
        <Link to={govPath('work-plans')}>← {t('workPlans.backToList')}</Link>
      </p>
      <QueryState result={result} isEmpty={(data) => !data.workPlan} empty={t('workPlans.notFound')}>
        {(data) => (data.workPlan ? <PlanView plan={data.workPlan} agencies={agencies.data?.agencies ?? NO_AGENCIES} /> : null)}
      </QueryState>
    </>
  );
}

const NO_AGENCIES: AgencyOption[] = [];

type Dialogs =
  | { kind: 'menu'; row: GridRow }
  | { kind: 'addStep'; actionId: string; index: number }
  | { kind: 'addAction'; activityId: string; index: number }
  | { kind: 'delete'; what: 'step' | 'action'; row: GridRow }
  | { kind: 'move'; what: 'step' | 'action'; row: GridRow }
  | { kind: 'realize'; stepId: string; month: number }
  | { kind: 'approve' };

function useFilters() {
  const [params, setParams] = useSearchParams();
  const num = (key: string) => {
    const v = Number(params.get(key));
    return Number.isInteger(v) && v >= 1 && v <= 12 ? v : null;
  };
  const status = params.get('status');
  const filters: GridFilters = useMemo(
    () => ({
      area: params.get('area'),
      agency: params.get('resp'),
      month: num('month'),
      status: status && ([...STEP_STATUSES, 'changed'] as string[]).includes(status) ? (status as GridFilters['status']) : null,
      q: params.get('q'),
    }),
    [params],
  );
  const set = useCallback(
    (key: string, value: string | null) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
          next.delete('focus');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { filters, params, set };
}

function PlanView({ plan: current, agencies }: { plan: Plan; agencies: readonly AgencyOption[] }) {
  // The grid follows saved changes at low priority so a click is never kept waiting behind a whole-plan update.
  const plan = useDeferredValue(current);
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'id';
  const months = monthNames(i18n.language);
  const { filters, params, set } = useFilters();
  const editor = usePlanEditor({ planId: plan.id, agencies });
  const canEdit = plan.canEdit;
  const mode: GridMode = params.get('mode') === 'realization' ? 'realization' : 'schedule';
  const reportingMonth = Number(params.get('rm')) || defaultReportingMonth(plan.year, new Date());
  const showBaseline = params.get('baseline') === '1' && plan.baseline !== null;
  // A row to focus after an edit (new, moved or the neighbour of a deleted one); else the ?focus= link.
  const [focusRequest, setFocusRequest] = useState<{ id: string; seq: number } | null>(null);
  const setCreatedId = (id: string | null) => setFocusRequest((prev) => (id ? { id, seq: (prev?.seq ?? 0) + 1 } : prev));
  const focusId = focusRequest?.id ?? params.get('focus');
  const focusSeq = focusRequest?.seq ?? 0;
  const [dialog, setDialog] = useState<Dialogs | null>(null);
  const [status, setStatus] = useState('');
  const [undoDelete, setUndoDelete] = useState<string | null>(null);

  const progress = useMemo(() => planProgress(plan, reportingMonth), [plan, reportingMonth]);
  const baseline = useMemo(() => (plan.baseline ? new Map(plan.baseline.steps.map((s) => [s.stepId, s.months])) : null), [plan.baseline]);
  const areas = useMemo(() => {
    const seen = new Map<string, string>();
    for (const a of plan.activities) if (a.area) seen.set(a.area.id, a.area.name);
    return [...seen];
  }, [plan.activities]);
  const totalBudget = plan.kind === 'PERFORMANCE_AGREEMENT' ? sumDecimals(plan.activities.map(activityBudget)) : null;

  const findStep = (stepId: string) => {
    for (const activity of plan.activities)
      for (const action of activity.actions) for (const s of action.steps) if (s.id === stepId) return s;
    return null;
  };

  const moveBy = async (what: 'step' | 'action', row: GridRow, delta: -1 | 1) => {
    if (what === 'step' && row.step && row.action) {
      const index = row.action.steps.findIndex((s) => s.id === row.step?.id);
      const to = index + delta;
      if (to < 0 || to >= row.action.steps.length) return;
      await editor.moveStep(row.step.id, row.action.id, to);
      setStatus(t('editor.moved'));
      setCreatedId(row.step.id);
    } else if (what === 'action' && row.action) {
      const index = row.activity.actions.findIndex((a) => a.id === row.action?.id);
      const to = index + delta;
      if (to < 0 || to >= row.activity.actions.length) return;
      await editor.moveAction(row.action.id, row.activity.id, to, { parentId: row.activity.id, index });
      setStatus(t('editor.moved'));
      setCreatedId(row.action.id);
    }
  };

  const onCommand = (command: RowCommand) => {
    const { row } = command;
    switch (command.kind) {
      case 'menu':
        setDialog({ kind: 'menu', row });
        return;
      case 'addStep':
        if (row.action) {
          const index = row.step ? row.action.steps.findIndex((s) => s.id === row.step?.id) + 1 : row.action.steps.length;
          setDialog({ kind: 'addStep', actionId: row.action.id, index });
        }
        return;
      case 'delete':
        if (row.step || row.action) setDialog({ kind: 'delete', what: row.step ? 'step' : 'action', row });
        return;
      case 'moveUp':
      case 'moveDown':
        void moveBy(command.what ?? (row.step ? 'step' : 'action'), row, command.kind === 'moveUp' ? -1 : 1).catch(() => {});
        return;
      case 'realize':
        if (row.step && command.month) setDialog({ kind: 'realize', stepId: row.step.id, month: command.month });
        return;
    }
  };

  const closeDialog = () => setDialog(null);
  const realizeStep = dialog?.kind === 'realize' ? findStep(dialog.stepId) : null;

  return (
    <>
      <ObjectYear year={plan.year} objectId={plan.id} />
      <PageHeader title={plan.title}>
        <dl className="meta-list" aria-label={t('workPlans.details')}>
          <div>
            <dt>{t('workPlans.columns.kind')}</dt>
            <dd>{t(`enums.workPlanKind.${plan.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('workPlans.columns.year')}</dt>
            <dd>{plan.year}</dd>
          </div>
          <div>
            <dt>{t('workPlans.columns.status')}</dt>
            <dd>
              <span className={`badge badge-${plan.status.toLowerCase()}`}>{t(`enums.workPlanStatus.${plan.status}`)}</span>
            </dd>
          </div>
          {plan.agency ? (
            <div>
              <dt>{t('workPlans.agency')}</dt>
              <dd>{plan.agency.name}</dd>
            </div>
          ) : null}
          {plan.regulationRef ? (
            <div>
              <dt>{t('workPlans.regulation')}</dt>
              <dd>{plan.regulationRef}</dd>
            </div>
          ) : null}
          {plan.kind !== 'PERFORMANCE_AGREEMENT' ? (
            <div>
              <dt>{t('workPlans.steps')}</dt>
              <dd>{formatCount(plan.stepCount)}</dd>
            </div>
          ) : null}
          {totalBudget ? (
            <div>
              <dt>{t('workPlans.totalBudget')}</dt>
              <dd className="nowrap">{formatRupiah(totalBudget)}</dd>
            </div>
          ) : null}
        </dl>
        <PlanChecks planId={plan.id} revision={current} />
        {canEdit ? <PlanSettings plan={plan} onStatus={setStatus} /> : null}
      </PageHeader>
      {plan.kind === 'PERFORMANCE_AGREEMENT' ? (
        <>
          <p className="editor-status" role="status">
            {status}
          </p>
          {canEdit ? <PkEditor plan={plan} onStatus={setStatus} /> : null}
          {plan.activities.length === 0 ? (
            canEdit ? null : (
              <EmptyState>{t('workPlans.emptyPlan')}</EmptyState>
            )
          ) : (
            <>
              <h2 className="h3">{t('pkEditor.documentView')}</h2>
              <PerformanceAgreementGrid plan={plan} />
            </>
          )}
        </>
      ) : plan.activities.length === 0 ? (
        <>
          <p className="editor-status" role="status">
            {status}
          </p>
          <EmptyState>{canEdit ? t('planSettings.emptyPlanEdit') : t('workPlans.emptyPlan')}</EmptyState>
        </>
      ) : (
        <>
          <section className="editor-toolbar" aria-label={t('editor.filters')}>
            <div className="toolbar-field">
              <label htmlFor="wp-area">{t('editor.filter.area')}</label>
              <select id="wp-area" className="select" value={filters.area ?? ''} onChange={(e) => set('area', e.target.value)}>
                <option value="">{t('editor.filter.all')}</option>
                {areas.map(([areaId, name]) => (
                  <option key={areaId} value={areaId}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="toolbar-field">
              <label htmlFor="wp-agency">{t('editor.filter.agency')}</label>
              <select id="wp-agency" className="select" value={filters.agency ?? ''} onChange={(e) => set('resp', e.target.value)}>
                <option value="">{t('editor.filter.all')}</option>
                {agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.shortName ?? a.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="toolbar-field">
              <label htmlFor="wp-month">{t('editor.filter.month')}</label>
              <select id="wp-month" className="select" value={filters.month ?? ''} onChange={(e) => set('month', e.target.value)}>
                <option value="">{t('editor.filter.all')}</option>
                {months.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
            <div className="toolbar-field">
              <label htmlFor="wp-status">{t('editor.filter.status')}</label>
              <select id="wp-status" className="select" value={filters.status ?? ''} onChange={(e) => set('status', e.target.value)}>
                <option value="">{t('editor.filter.all')}</option>
                {STEP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`editor.status.${s}`)}
                  </option>
                ))}
                {plan.baseline ? <option value="changed">{t('editor.status.changed')}</option> : null}
              </select>
            </div>
            <label>
              {t('editor.filter.search')}
              <input
                type="search"
                defaultValue={filters.q ?? ''}
                onChange={(e) => set('q', e.target.value)}
                placeholder={t('editor.filter.searchPlaceholder')}
              />
            </label>
            <div className="toolbar-field">
              <label htmlFor="wp-reportingMonth">{t('editor.reportingMonth')}</label>
              <select id="wp-reportingMonth" className="select" value={reportingMonth} onChange={(e) => set('rm', e.target.value)}>
                {months.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m} {plan.year}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <span className="sr-only" id="mode-label">
                {t('editor.mode')}
              </span>
              {/* biome-ignore lint/a11y/useSemanticElements: a segmented toggle of two pressed buttons */}
              <div className="segmented" role="group" aria-labelledby="mode-label">
                <button type="button" aria-pressed={mode === 'schedule'} onClick={() => set('mode', null)}>
                  {t('editor.modeSchedule')}
                </button>
                <button type="button" aria-pressed={mode === 'realization'} onClick={() => set('mode', 'realization')}>
                  {t('editor.modeRealization')}
                </button>
              </div>
            </div>
            {plan.baseline ? (
              <label className="checkbox-inline">
                <span>{t('editor.compareBaseline')}</span>
                <input type="checkbox" checked={showBaseline} onChange={(e) => set('baseline', e.target.checked ? '1' : null)} />
              </label>
            ) : null}
            {canEdit ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => void editor.undo()}
                  disabled={!editor.canUndo}
                  aria-keyshortcuts="Control+Z"
                >
                  {t('editor.undo')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => void editor.redo()}
                  disabled={!editor.canRedo}
                  aria-keyshortcuts="Control+Shift+Z"
                >
                  {t('editor.redo')}
                </button>
              </div>
            ) : null}
            {plan.canApprove ? (
              <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'approve' })}>
                {plan.status === 'APPROVED' ? t('editor.reapprove') : t('editor.approve')}
              </button>
            ) : canEdit ? (
              <span className="muted">{t('editor.approvedByLeadership')}</span>
            ) : null}
          </section>
          <p className="plan-summary" aria-live="polite">
            <span>
              {t('editor.planProgress')}:{' '}
              <strong>{progress.plan.progressPct === null ? '–' : `${String(progress.plan.progressPct).replace('.', ',')}%`}</strong>
            </span>
            <span>
              {t('editor.plannedRealized', {
                planned: progress.plan.planned,
                realized: String(progress.plan.realized).replace('.', ','),
                month: months[reportingMonth - 1],
                year: plan.year,
              })}
            </span>
            <span className={progress.overdueSteps > 0 ? 'summary-overdue' : undefined}>
              {t('editor.overdueSteps', { count: progress.overdueSteps })}
            </span>
            {plan.baseline ? (
              <span>
                {t('editor.baselineOf', { date: new Date(plan.baseline.createdAt).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB') })}
              </span>
            ) : null}
          </p>
          <details className="progress-help">
            <summary>{t('editor.help')}</summary>
            <p>{PROGRESS_RULE[lang]}</p>
            <p>{t('editor.keyboardHelp')}</p>
          </details>
          <Legend showBaseline={showBaseline} />
          {editor.conflict ? <ConflictBanner notice={editor.conflict} onClose={editor.dismissConflict} /> : null}
          <p className="editor-status" role="status">
            {status}
            {undoDelete ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setUndoDelete(null);
                  void editor.undo().then(() => setStatus(t('editor.restored')));
                }}
              >
                {t('editor.undo')}
              </button>
            ) : null}
          </p>
          {canEdit ? null : <p className="note note-compact">{t('editor.readOnly')}</p>}
          <WorkPlanGrid
            plan={plan}
            editor={editor}
            canEdit={canEdit}
            filters={filters}
            mode={mode}
            reportingMonth={reportingMonth}
            progress={progress}
            baseline={baseline}
            showBaseline={showBaseline}
            agencies={agencies}
            focusId={focusId}
            focusSeq={focusSeq}
            onCommand={onCommand}
            onStatus={setStatus}
          />
        </>
      )}

      {dialog?.kind === 'menu' ? (
        <RowMenuDialog
          row={dialog.row}
          canEdit={canEdit}
          onClose={closeDialog}
          onAddStep={(position) => {
            const row = dialog.row;
            if (!row.action) return;
            const at = row.step ? row.action.steps.findIndex((s) => s.id === row.step?.id) : row.action.steps.length - 1;
            setDialog({ kind: 'addStep', actionId: row.action.id, index: position === 'above' ? Math.max(at, 0) : at + 1 });
          }}
          onAddAction={() => {
            const row = dialog.row;
            const at = row.action ? row.activity.actions.findIndex((a) => a.id === row.action?.id) + 1 : row.activity.actions.length;
            setDialog({ kind: 'addAction', activityId: row.activity.id, index: at });
          }}
          onDelete={(what) => setDialog({ kind: 'delete', what, row: dialog.row })}
          onMove={(what) => setDialog({ kind: 'move', what, row: dialog.row })}
          onMoveBy={(what, delta) => {
            closeDialog();
            void moveBy(what, dialog.row, delta).catch(() => {});
          }}
          onRealize={(month) => dialog.row.step && setDialog({ kind: 'realize', stepId: dialog.row.step.id, month })}
        />
      ) : null}
      {dialog?.kind === 'addStep' ? (
        <NameDialog
          title={t('editor.newStep')}
          label={t('editor.stepName')}
          onClose={closeDialog}
          onSubmit={async (name) => {
            const step = await editor.createStep(dialog.actionId, { name, index: dialog.index });
            closeDialog();
            if (step) setCreatedId(step.id);
            setStatus(t('editor.stepAdded', { name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'addAction' ? (
        <NameDialog
          title={t('editor.newAction')}
          label={t('editor.actionName')}
          onClose={closeDialog}
          onSubmit={async (name) => {
            const action = await editor.createAction(dialog.activityId, { name, index: dialog.index });
            closeDialog();
            if (action) setCreatedId(action.id);
            setStatus(t('editor.actionAdded', { name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={dialog.what === 'step' ? t('editor.menu.deleteStep') : t('editor.menu.deleteAction')}
          message={
            dialog.what === 'step'
              ? t('editor.confirmDeleteStep', { name: dialog.row.step?.name ?? '' })
              : t('editor.confirmDeleteAction', { name: dialog.row.action?.name ?? '', count: dialog.row.action?.steps.length ?? 0 })
          }
          confirm={t('editor.delete')}
          onClose={closeDialog}
          onConfirm={async () => {
            const { row } = dialog;
            // Keyboard focus goes to the neighbouring row.
            let neighbour: string | null = null;
            if (dialog.what === 'step' && row.step && row.action) {
              const steps = row.action.steps;
              const at = steps.findIndex((s) => s.id === row.step?.id);
              neighbour = steps[at + 1]?.id ?? steps[at - 1]?.id ?? row.action.id;
              await editor.deleteStep(row.step.id);
            } else if (row.action) {
              const actions = row.activity.actions;
              const at = actions.findIndex((a) => a.id === row.action?.id);
              neighbour = actions[at + 1]?.id ?? actions[at - 1]?.id ?? null;
              await editor.deleteAction(row.action.id);
            }
            closeDialog();
            setCreatedId(neighbour);
            setStatus(t('editor.deleted'));
            setUndoDelete('1');
          }}
        />
      ) : null}
      {dialog?.kind === 'move' ? (
        <MoveDialog
          plan={plan}
          what={dialog.what}
          currentParentId={dialog.what === 'step' ? (dialog.row.action?.id ?? '') : dialog.row.activity.id}
          onClose={closeDialog}
          onSubmit={async (parentId) => {
            if (dialog.what === 'step' && dialog.row.step) {
              const target = plan.activities.flatMap((a) => a.actions).find((a) => a.id === parentId);
              await editor.moveStep(dialog.row.step.id, parentId, target?.steps.length ?? 0);
            } else if (dialog.row.action) {
              const target = plan.activities.find((a) => a.id === parentId);
              const from = {
                parentId: dialog.row.activity.id,
                index: dialog.row.activity.actions.findIndex((a) => a.id === dialog.row.action?.id),
              };
              await editor.moveAction(dialog.row.action.id, parentId, target?.actions.length ?? 0, from);
            }
            closeDialog();
            setStatus(t('editor.moved'));
          }}
        />
      ) : null}
      {dialog?.kind === 'realize' && realizeStep ? (
        <RealizationDialog
          step={realizeStep}
          month={dialog.month}
          canEdit={canEdit}
          onClose={closeDialog}
          onSave={async (input, existing) => {
            await editor.setRealization(realizeStep, dialog.month, input, existing);
            closeDialog();
            setStatus(t('editor.realizationSaved'));
          }}
          onClear={async (existing) => {
            await editor.clearRealization(realizeStep.id, dialog.month, existing.version);
            closeDialog();
            setStatus(t('editor.realizationCleared'));
          }}
        />
      ) : null}
      {dialog?.kind === 'approve' ? (
        <ConfirmDialog
          title={t('editor.approve')}
          message={approveMessage(plan, t)}
          confirm={t('editor.approve')}
          onClose={closeDialog}
          onConfirm={async () => {
            await editor.approve(plan.version, null);
            closeDialog();
            setStatus(t('editor.approved'));
          }}
        />
      ) : null}
    </>
  );
}

/** The approval question, with what is still open in the plan (steps without months or without a responsible). */
function approveMessage(plan: Plan, t: TFunction): string {
  const steps = plan.activities.flatMap((a) => a.actions.flatMap((x) => x.steps));
  const unscheduled = steps.filter((s) => s.months.length === 0).length;
  const noResponsible = steps.filter((s) => !s.responsibleAgency && !s.responsibleText?.trim()).length;
  const open = [
    unscheduled ? t('editor.openUnscheduled', { count: unscheduled }) : null,
    noResponsible ? t('editor.openNoResponsible', { count: noResponsible }) : null,
  ].filter(Boolean);
  return open.length ? `${t('editor.stillOpen', { what: open.join('; ') })} ${t('editor.confirmApprove')}` : t('editor.confirmApprove');
}

function Legend({ showBaseline }: { showBaseline: boolean }) {
  const { t } = useTranslation();
  const item = (className: string, mark: string, label: string) => (
    <span>
      <span className={`month-cell ${className}`} aria-hidden="true">
        {mark}
      </span>{' '}
      {label}
    </span>
  );
  return (
    <p className="grid-legend">
      {item('scheduled', '√', t('editor.legend.scheduled'))}
      {item('scheduled real-done', '✓', t('editor.realization.DONE'))}
      {item('scheduled real-partial', '◐', t('editor.realization.PARTIAL'))}
      {item('scheduled real-not_done', '✗', t('editor.realization.NOT_DONE'))}
      {item('scheduled overdue', '√', t('editor.overdue'))}
      {showBaseline ? item('scheduled added', '√', t('editor.baselineAdded')) : null}
      {showBaseline ? item('removed', '○', t('editor.baselineRemoved')) : null}
    </p>
  );
}

function ConflictBanner({ notice, onClose }: { notice: ConflictNotice; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const months = monthNames(i18n.language);
  const current = notice.current;
  const rows: [string, string][] = [];
  if (current) {
    if (typeof current.name === 'string') rows.push([t('editor.field.name'), current.name]);
    if (Array.isArray(current.months))
      rows.push([t('editor.field.months'), (current.months as number[]).map((m) => months[m - 1]).join(', ') || '–']);
    if (typeof current.status === 'string') rows.push([t('editor.field.status'), t(`editor.realization.${current.status as 'DONE'}`)]);
    if (typeof current.output === 'string') rows.push([t('editor.field.output'), current.output]);
    if (typeof current.version === 'number') rows.push([t('editor.field.version'), String(current.version)]);
  }
  return (
    <div className="conflict-banner" role="alert">
      <strong>{t('editor.conflictTitle', { name: notice.name })}</strong>
      <p>{t('editor.conflictBody')}</p>
      {rows.length > 0 ? (
        <dl aria-label={t('editor.currentValue')}>
          {rows.map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <button type="button" className="button" onClick={onClose}>
        {t('editor.conflictDismiss')}
      </button>
    </div>
  );
}
