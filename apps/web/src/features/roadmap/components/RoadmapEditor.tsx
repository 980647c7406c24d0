// One road map as the documents show it, edited in place: the goals table
// (goal → indicator, unit, baseline, a target per year) and per area of change
// its success indicators and its activities → actions with the years they run
// (a checkbox per year), output, responsible agency and efforts.
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoadmapActionFragment, RoadmapIndicatorFragment, RoadmapItemKind, RoadmapViewQuery } from '../../../gql/graphql.ts';
import { hasErrorCode } from '../../../ui/errors.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { RoadmapChecks } from './RoadmapChecks.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { RoadmapQuery } from '../graphql/roadmap.ts';
import { type RoadmapEditor as Editor, useRoadmapEditor } from '../hooks/useRoadmapEditor.ts';
import { agencyLabel, valueText } from '../utils/values.ts';
import { EditableText } from './EditableText.tsx';
import { type FieldSpec, FieldsDialog, optionalOf, textOf, yearsOf } from './FieldsDialog.tsx';
import { IndicatorDialog } from './IndicatorForm.tsx';
import { RemoveDialog } from './RemoveDialog.tsx';
import { roadmapFields, useCanEditRoadmap } from './RoadmapList.tsx';
import './roadmap.css';

type Roadmap = NonNullable<RoadmapViewQuery['roadmap']>;
type Agency = RoadmapViewQuery['agencies'][number];
type DialogState =
  | { kind: 'roadmap' }
  | { kind: 'archive' }
  | { kind: 'goal' }
  | { kind: 'indicator'; goalId?: string; areaId?: string; parent: string }
  | { kind: 'editIndicator'; indicator: RoadmapIndicatorFragment }
  | { kind: 'activity'; areaId: string; area: string }
  | { kind: 'action'; activityId: string; activity: string }
  | { kind: 'effort'; actionId: string; action: string }
  | { kind: 'remove'; item: RoadmapItemKind; id: string; version: number; name: string }
  | null;

interface Ctx {
  roadmap: Roadmap;
  editor: Editor;
  canEdit: boolean;
  agencies: readonly Agency[];
  refetch: () => unknown;
  /** Runs a write that is not a cell (checkbox, picker, move) and shows its failure with a retry. */
  run: (fn: () => Promise<unknown>) => Promise<void>;
  open: (d: DialogState) => void;
}

export function RoadmapEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const result = useQuery(RoadmapQuery, { variables: { id } });
  const title = result.data?.roadmap?.title;
  usePageTitle(title ?? t('roadmaps.title'));
  return (
    <QueryState result={result}>
      {(data) =>
        data.roadmap ? <Loaded data={data} roadmap={data.roadmap} refetch={() => result.refetch()} /> : <p>{t('notFound.title')}</p>
      }
    </QueryState>
  );
}

function Loaded({ data, roadmap, refetch }: { data: RoadmapViewQuery; roadmap: Roadmap; refetch: () => unknown }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const editor = useRoadmapEditor(roadmap.id);
  const canEdit = useCanEditRoadmap() && !roadmap.archivedAt;
  const [dialog, setDialog] = useState<DialogState>(null);
  const [failure, setFailure] = useState<{ message: string; retry: () => void } | null>(null);
  const agencies = data.agencies.filter((a) => !a.archivedAt);
  const run = useCallback(
    async (fn: () => Promise<unknown>) => {
      setFailure(null);
      try {
        await fn();
      } catch (error) {
        if (hasErrorCode(error, 'CONFLICT')) await refetch();
        setFailure({ message: errorMessage(error), retry: () => void run(fn) });
      }
    },
    [errorMessage, refetch],
  );
  const ctx: Ctx = { roadmap, editor, canEdit, agencies, refetch, run, open: setDialog };
  const close = () => setDialog(null);

  return (
    <div className="page page-wide roadmap-page">
      <p className="back-link">
        <Link to={govPath('roadmap')}>← {t('roadmaps.back')}</Link>
      </p>
      <PageHeader
        title={roadmap.title}
        intro={[t('roadmaps.period', { start: roadmap.startYear, end: roadmap.endYear }), roadmap.regulationRef]
          .filter(Boolean)
          .join(' · ')}
        actions={
          canEdit ? (
            <>
              <button type="button" className="button" onClick={() => setDialog({ kind: 'roadmap' })}>
                {t('roadmaps.editRoadmap')}
              </button>
              <button type="button" className="button" onClick={() => setDialog({ kind: 'archive' })}>
                {t('roadmaps.archiveRoadmap')}
              </button>
            </>
          ) : null
        }
      />
      <RoadmapChecks roadmapId={roadmap.id} revision={roadmap} />
      {roadmap.archivedAt ? <p className="notice">{t('roadmaps.archivedNotice')}</p> : null}
      {!canEdit && !roadmap.archivedAt ? <p className="notice">{t('roadmaps.readOnly')}</p> : null}
      {canEdit ? <p className="muted">{t('roadmaps.editHint')}</p> : null}
      {failure ? (
        <div className="form-error roadmap-failure" role="alert">
          {failure.message}{' '}
          <button type="button" className="button button-small" onClick={failure.retry}>
            {t('roadmaps.cell.retry')}
          </button>
          <button type="button" className="button button-small" onClick={() => setFailure(null)}>
            {t('roadmaps.close')}
          </button>
        </div>
      ) : null}
      <GoalsTable ctx={ctx} />
      <AreasSection ctx={ctx} />
      {dialog ? <Dialogs ctx={ctx} dialog={dialog} close={close} /> : null}
    </div>
  );
}

function MoveButtons({
  ctx,
  kind,
  id,
  version,
  index,
  count,
  name,
}: {
  ctx: Ctx;
  kind: RoadmapItemKind;
  id: string;
  version: number;
  index: number;
  count: number;
  name: string;
}) {
  const { t } = useTranslation();
  if (!ctx.canEdit) return null;
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={t('roadmaps.moveUp', { name })}
        title={t('roadmaps.moveUp', { name })}
        disabled={index === 0}
        onClick={() => void ctx.run(() => ctx.editor.move({ kind, id, version, index: index - 1 }))}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('roadmaps.moveDown', { name })}
        title={t('roadmaps.moveDown', { name })}
        disabled={index >= count - 1}
        onClick={() => void ctx.run(() => ctx.editor.move({ kind, id, version, index: index + 1 }))}
      >
        ↓
      </button>
    </>
  );
}

function RemoveButton({ ctx, kind, id, version, name }: { ctx: Ctx; kind: RoadmapItemKind; id: string; version: number; name: string }) {
  const { t } = useTranslation();
  if (!ctx.canEdit) return null;
  return (
    <button
      type="button"
      className="icon-button icon-button-danger"
      aria-label={t('roadmaps.removeLabel', { name })}
      title={t('roadmaps.removeLabel', { name })}
      onClick={() => ctx.open({ kind: 'remove', item: kind, id, version, name })}
    >
      ✕
    </button>
  );
}

/** The indicator cells: name, unit, baseline (value and year), one target per year, and its buttons. */
function IndicatorCells({ ctx, indicator, index, count }: { ctx: Ctx; indicator: RoadmapIndicatorFragment; index: number; count: number }) {
  const { t } = useTranslation();
  const { roadmap, editor, canEdit } = ctx;
  const name = indicator.name;
  const baseline = indicator.baseline;
  return (
    <>
      <td>
        <EditableText
          value={name}
          label={t('roadmaps.nameOf', { what: name })}
          disabled={!canEdit}
          multiline
          onConflict={ctx.refetch}
          onSave={(text) => editor.updateIndicator({ id: indicator.id, version: indicator.version, name: text })}
        />
      </td>
      <td>
        <EditableText
          value={indicator.unit ?? ''}
          label={t('roadmaps.unitOf', { name })}
          disabled={!canEdit}
          size={9}
          onConflict={ctx.refetch}
          onSave={(text) => editor.updateIndicator({ id: indicator.id, version: indicator.version, unit: text })}
        />
      </td>
      <td className="num">
        <EditableText
          value={valueText(baseline, indicator)}
          label={t('roadmaps.baselineOf', { name })}
          disabled={!canEdit}
          size={6}
          className="num"
          onConflict={ctx.refetch}
          onSave={(text) =>
            editor.setPlan({
              indicatorId: indicator.id,
              baseline: { year: baseline?.year ?? roadmap.startYear - 1, text, version: baseline?.version ?? null },
            })
          }
        />
        {baseline || canEdit ? (
          <EditableText
            value={baseline ? String(baseline.year) : ''}
            label={t('roadmaps.baselineYearOf', { name })}
            disabled={!canEdit || !baseline}
            size={4}
            className="num cell-year"
            onConflict={ctx.refetch}
            onSave={(text) =>
              editor.setPlan({
                indicatorId: indicator.id,
                baseline: { year: Number(text), text: valueText(baseline, indicator), version: baseline?.version ?? null },
              })
            }
          />
        ) : null}
      </td>
      {roadmap.years.map((year) => {
        const target = indicator.targets.find((v) => v.year === year);
        return (
          <td key={year} className="num">
            <EditableText
              value={valueText(target, indicator)}
              label={t('roadmaps.targetOf', { year, name })}
              disabled={!canEdit}
              size={6}
              className="num"
              onConflict={ctx.refetch}
              onSave={(text) => editor.setPlan({ indicatorId: indicator.id, targets: [{ year, text, version: target?.version ?? null }] })}
            />
          </td>
        );
      })}
      <td>
        <div className="row-buttons">
          {canEdit ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('roadmaps.editLabel', { name })}
              title={t('roadmaps.editLabel', { name })}
              onClick={() => ctx.open({ kind: 'editIndicator', indicator })}
            >
              ✎
            </button>
          ) : null}
          <MoveButtons ctx={ctx} kind="INDICATOR" id={indicator.id} version={indicator.version} index={index} count={count} name={name} />
          <RemoveButton ctx={ctx} kind="INDICATOR" id={indicator.id} version={indicator.version} name={name} />
        </div>
      </td>
    </>
  );
}

function IndicatorHead({ ctx, first }: { ctx: Ctx; first?: string[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {(first ?? []).map((h) => (
          <th key={h} scope="col" className="col-goal">
            {h}
          </th>
        ))}
        <th scope="col" className="col-indicator">
          {t('roadmaps.col.indicator')}
        </th>
        <th scope="col" className="col-unit">
          {t('roadmaps.col.unit')}
        </th>
        <th scope="col" className="num col-value">
          {t('roadmaps.col.baseline')}
        </th>
        {ctx.roadmap.years.map((y) => (
          <th key={y} scope="col" className="num col-value">
            {t('roadmaps.col.target', { year: y })}
          </th>
        ))}
        <th scope="col" className="col-buttons">
          <span className="sr-only">{t('roadmaps.col.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}

function GoalsTable({ ctx }: { ctx: Ctx }) {
  const { t } = useTranslation();
  const { roadmap, editor, canEdit } = ctx;
  return (
    <section className="section roadmap-section" aria-labelledby="goals-title">
      <div className="section-head">
        <h2 id="goals-title">{t('roadmaps.goalsTitle')}</h2>
        {canEdit ? (
          <button type="button" className="button" onClick={() => ctx.open({ kind: 'goal' })}>
            {t('roadmaps.addGoal')}
          </button>
        ) : null}
      </div>
      {roadmap.goals.length === 0 ? (
        <p className="state state-empty">{t('roadmaps.goalsEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table roadmap-table">
            <caption className="sr-only">{t('roadmaps.goalsCaption')}</caption>
            <IndicatorHead ctx={ctx} first={[t('roadmaps.col.goal')]} />
            <tbody>
              {roadmap.goals.map((goal, gi) => {
                const rows = Math.max(goal.indicators.length, 1);
                const label = goal.code ? `${goal.code}. ${goal.statement}` : goal.statement;
                const goalCell = (
                  <th scope="rowgroup" rowSpan={rows} className="goal-cell">
                    {goal.code ? <span className="goal-code">{goal.code}</span> : null}
                    <EditableText
                      value={goal.statement}
                      label={t('roadmaps.statementOf', { code: goal.code ?? gi + 1 })}
                      disabled={!canEdit}
                      multiline
                      onConflict={ctx.refetch}
                      onSave={(text) => editor.updateGoal({ id: goal.id, version: goal.version, statement: text })}
                    />
                    {canEdit ? (
                      <div className="row-buttons">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => ctx.open({ kind: 'indicator', goalId: goal.id, parent: label })}
                        >
                          {t('roadmaps.addIndicator')}
                        </button>
                        <MoveButtons
                          ctx={ctx}
                          kind="GOAL"
                          id={goal.id}
                          version={goal.version}
                          index={gi}
                          count={roadmap.goals.length}
                          name={label}
                        />
                        <RemoveButton ctx={ctx} kind="GOAL" id={goal.id} version={goal.version} name={label} />
                      </div>
                    ) : null}
                  </th>
                );
                if (goal.indicators.length === 0) {
                  return (
                    <tr key={goal.id}>
                      {goalCell}
                      <td colSpan={roadmap.years.length + 4} className="muted">
                        {t('roadmaps.noIndicators')}
                      </td>
                    </tr>
                  );
                }
                return goal.indicators.map((ind, ii) => (
                  <tr key={ind.id}>
                    {ii === 0 ? goalCell : null}
                    <IndicatorCells ctx={ctx} indicator={ind} index={ii} count={goal.indicators.length} />
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AreasSection({ ctx }: { ctx: Ctx }) {
  const { t } = useTranslation();
  return (
    <section className="section roadmap-section" aria-labelledby="areas-title">
      <h2 id="areas-title">{t('roadmaps.areasTitle')}</h2>
      <p className="muted">{t('roadmaps.areasIntro')}</p>
      {ctx.roadmap.areas.map((a, i) => (
        <AreaBlock key={a.area.id} ctx={ctx} area={a} number={i + 1} />
      ))}
    </section>
  );
}

function AreaBlock({ ctx, area, number }: { ctx: Ctx; area: Roadmap['areas'][number]; number: number }) {
  const { t } = useTranslation();
  const { roadmap, editor, canEdit } = ctx;
  const headingId = `area-${area.area.id}`;
  const empty = area.indicators.length === 0 && area.activities.length === 0;
  return (
    <section className="area-block" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>
          {number}. {area.area.name}
        </h3>
        {canEdit ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => ctx.open({ kind: 'indicator', areaId: area.area.id, parent: area.area.name })}
            >
              {t('roadmaps.addIndicator')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => ctx.open({ kind: 'activity', areaId: area.area.id, area: area.area.name })}
            >
              {t('roadmaps.addActivity')}
            </button>
          </div>
        ) : null}
      </div>
      {empty ? <p className="muted">{t('roadmaps.areaEmpty')}</p> : null}
      {area.indicators.length ? (
        <div className="table-scroll">
          <table className="data-table roadmap-table">
            <caption className="table-caption">{`${t('roadmaps.areaIndicators')} — ${area.area.name}`}</caption>
            <IndicatorHead ctx={ctx} />
            <tbody>
              {area.indicators.map((ind, i) => (
                <tr key={ind.id}>
                  <IndicatorCells ctx={ctx} indicator={ind} index={i} count={area.indicators.length} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {area.activities.length ? (
        <div className="table-scroll">
          <table className="data-table roadmap-table action-table">
            <caption className="table-caption">{`${t('roadmaps.areaActivities')} — ${area.area.name}`}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-code">
                  {t('roadmaps.col.code')}
                </th>
                <th scope="col" className="col-indicator">
                  {t('roadmaps.col.activityAction')}
                </th>
                {roadmap.years.map((y) => (
                  <th key={y} scope="col" className="col-year">
                    {y}
                  </th>
                ))}
                <th scope="col" className="col-output">
                  {t('roadmaps.col.output')}
                </th>
                <th scope="col" className="col-agency">
                  {t('roadmaps.col.agency')}
                </th>
                <th scope="col" className="col-buttons">
                  <span className="sr-only">{t('roadmaps.col.actions')}</span>
                </th>
              </tr>
            </thead>
            {area.activities.map((activity, ai) => (
              <tbody key={activity.id} className="activity-group">
                <tr className="activity-row">
                  <td>
                    <EditableText
                      value={activity.code ?? ''}
                      label={t('roadmaps.nameOf', { what: `${t('roadmaps.col.code')} ${activity.name}` })}
                      disabled={!canEdit}
                      size={4}
                      onConflict={ctx.refetch}
                      onSave={(text) => editor.updateActivity({ id: activity.id, version: activity.version, code: text })}
                    />
                  </td>
                  <th scope="rowgroup" colSpan={roadmap.years.length + 3}>
                    <EditableText
                      value={activity.name}
                      label={t('roadmaps.nameOf', { what: activity.name })}
                      disabled={!canEdit}
                      onConflict={ctx.refetch}
                      onSave={(text) => editor.updateActivity({ id: activity.id, version: activity.version, name: text })}
                    />
                  </th>
                  <td>
                    <div className="row-buttons">
                      {canEdit ? (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => ctx.open({ kind: 'action', activityId: activity.id, activity: activity.name })}
                        >
                          {t('roadmaps.addAction')}
                        </button>
                      ) : null}
                      <MoveButtons
                        ctx={ctx}
                        kind="ACTIVITY"
                        id={activity.id}
                        version={activity.version}
                        index={ai}
                        count={area.activities.length}
                        name={activity.name}
                      />
                      <RemoveButton ctx={ctx} kind="ACTIVITY" id={activity.id} version={activity.version} name={activity.name} />
                    </div>
                  </td>
                </tr>
                {activity.roadmapActions.map((action, i) => (
                  <ActionRow key={action.id} ctx={ctx} action={action} index={i} count={activity.roadmapActions.length} />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      ) : null}
    </section>
  );
}

function ActionRow({ ctx, action, index, count }: { ctx: Ctx; action: RoadmapActionFragment; index: number; count: number }) {
  const { t } = useTranslation();
  const { roadmap, editor, canEdit, agencies } = ctx;
  const name = action.name;
  const agencyId = action.responsibleAgency?.id ?? '';
  const options = agencies.some((a) => a.id === agencyId) || !action.responsibleAgency ? agencies : [...agencies, action.responsibleAgency];
  return (
    <tr className="action-row">
      <td>
        <EditableText
          value={action.code ?? ''}
          label={t('roadmaps.nameOf', { what: `${t('roadmaps.col.code')} ${name}` })}
          disabled={!canEdit}
          size={4}
          onConflict={ctx.refetch}
          onSave={(text) => editor.updateAction({ id: action.id, version: action.version, code: text })}
        />
      </td>
      <td>
        <EditableText
          value={name}
          label={t('roadmaps.nameOf', { what: name })}
          disabled={!canEdit}
          multiline
          onConflict={ctx.refetch}
          onSave={(text) => editor.updateAction({ id: action.id, version: action.version, name: text })}
        />
        {action.efforts.length ? (
          <ul className="effort-list" aria-label={`${t('roadmaps.efforts')} — ${name}`}>
            {action.efforts.map((e) => (
              <li key={e.id}>
                {e.agency ? <strong>{agencyLabel(e.agency)}: </strong> : null}
                <EditableText
                  value={e.description}
                  label={`${t('roadmaps.effortDescription')} ${agencyLabel(e.agency)}`}
                  disabled={!canEdit}
                  onConflict={ctx.refetch}
                  onSave={(text) => editor.updateEffort({ id: e.id, version: e.version, description: text })}
                />
                <RemoveButton ctx={ctx} kind="EFFORT" id={e.id} version={e.version} name={e.description} />
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      {roadmap.years.map((year) => {
        const on = action.years.includes(year);
        return (
          <td key={year} className="year-cell">
            {canEdit ? (
              <input
                type="checkbox"
                checked={on}
                aria-label={t('roadmaps.runsIn', { name, year })}
                onChange={() =>
                  void ctx.run(() =>
                    editor.updateAction({
                      id: action.id,
                      version: action.version,
                      years: on ? action.years.filter((y) => y !== year) : [...action.years, year].sort((a, b) => a - b),
                    }),
                  )
                }
              />
            ) : on ? (
              <span role="img" aria-label={t('roadmaps.runsIn', { name, year })}>
                V
              </span>
            ) : null}
          </td>
        );
      })}
      <td>
        <EditableText
          value={action.output ?? ''}
          label={t('roadmaps.outputOf', { name })}
          disabled={!canEdit}
          multiline
          onConflict={ctx.refetch}
          onSave={(text) => editor.updateAction({ id: action.id, version: action.version, output: text })}
        />
      </td>
      <td>
        {canEdit ? (
          <select
            className="select cell-select"
            aria-label={t('roadmaps.agencyOf', { name })}
            value={agencyId}
            onChange={(e) =>
              void ctx.run(() =>
                editor.updateAction({ id: action.id, version: action.version, responsibleAgencyId: e.target.value || null }),
              )
            }
          >
            <option value="">{t('roadmaps.noAgency')}</option>
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {agencyLabel(a)}
              </option>
            ))}
          </select>
        ) : (
          agencyLabel(action.responsibleAgency)
        )}
        {action.responsibleText ? <div className="cell-secondary">{action.responsibleText}</div> : null}
      </td>
      <td>
        <div className="row-buttons">
          {canEdit ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => ctx.open({ kind: 'effort', actionId: action.id, action: name })}
            >
              {t('roadmaps.addEffort')}
            </button>
          ) : null}
          <MoveButtons ctx={ctx} kind="ACTION" id={action.id} version={action.version} index={index} count={count} name={name} />
          <RemoveButton ctx={ctx} kind="ACTION" id={action.id} version={action.version} name={name} />
        </div>
      </td>
    </tr>
  );
}

function Dialogs({ ctx, dialog, close }: { ctx: Ctx; dialog: NonNullable<DialogState>; close: () => void }) {
  const { t } = useTranslation();
  const { roadmap, editor, agencies } = ctx;
  const agencyOptions = [{ value: '', label: t('roadmaps.noAgency') }, ...agencies.map((a) => ({ value: a.id, label: a.name }))];
  switch (dialog.kind) {
    case 'roadmap':
      return (
        <FieldsDialog
          title={t('roadmaps.editRoadmap')}
          fields={roadmapFields(t)}
          initial={{
            title: roadmap.title,
            startYear: String(roadmap.startYear),
            endYear: String(roadmap.endYear),
            regulationRef: roadmap.regulationRef ?? '',
          }}
          onClose={close}
          onSubmit={async (v) => {
            await editor.updateRoadmap({
              id: roadmap.id,
              version: roadmap.version,
              title: textOf(v.title),
              startYear: Number(v.startYear),
              endYear: Number(v.endYear),
              regulationRef: optionalOf(v.regulationRef),
            });
            close();
          }}
        />
      );
    case 'archive':
      return (
        <FieldsDialog
          title={t('roadmaps.archiveTitle')}
          fields={[]}
          intro={t('roadmaps.archiveBody')}
          submitLabel={t('roadmaps.archiveRoadmap')}
          onClose={close}
          onSubmit={async () => {
            await editor.archiveRoadmap(roadmap.id, roadmap.version);
            close();
          }}
        />
      );
    case 'goal':
      return (
        <FieldsDialog
          title={t('roadmaps.goalTitle')}
          fields={[
            { name: 'code', label: t('roadmaps.goalCode'), kind: 'text' },
            { name: 'statement', label: t('roadmaps.goalStatement'), kind: 'textarea', required: true },
          ]}
          onClose={close}
          onSubmit={async (v) => {
            await editor.createGoal({ roadmapId: roadmap.id, code: optionalOf(v.code), statement: textOf(v.statement) });
            close();
          }}
        />
      );
    case 'indicator':
      return (
        <IndicatorDialog
          title={t('roadmaps.indicatorTitle')}
          subtitle={t('roadmaps.indicatorFor', { parent: dialog.parent })}
          years={roadmap.years}
          withPlan
          onClose={close}
          onSubmit={async (def, plan) => {
            await editor.createIndicator({
              roadmapId: roadmap.id,
              goalId: dialog.goalId ?? null,
              areaId: dialog.areaId ?? null,
              ...def,
              baseline: plan.baseline,
              targets: plan.targets,
            });
            close();
          }}
        />
      );
    case 'editIndicator': {
      const ind = dialog.indicator;
      return (
        <IndicatorDialog
          title={t('roadmaps.indicatorEditTitle')}
          initial={{
            code: ind.code ?? '',
            name: ind.name,
            unit: ind.unit ?? '',
            valueType: ind.valueType,
            scaleMin: ind.scaleMin ?? '',
            scaleMax: ind.scaleMax ?? '',
            categories: ind.categories.join(', '),
            categoryAchievement: ind.categoryAchievement,
            direction: ind.direction,
          }}
          onClose={close}
          onSubmit={async (def) => {
            await editor.updateIndicator({ id: ind.id, version: ind.version, ...def });
            close();
          }}
        />
      );
    }
    case 'activity':
      return (
        <FieldsDialog
          title={`${t('roadmaps.activityTitle')} — ${dialog.area}`}
          fields={[
            { name: 'code', label: t('roadmaps.goalCode'), kind: 'text' },
            { name: 'name', label: t('roadmaps.activityName'), kind: 'textarea', required: true },
          ]}
          onClose={close}
          onSubmit={async (v) => {
            await editor.createActivity({ roadmapId: roadmap.id, areaId: dialog.areaId, code: optionalOf(v.code), name: textOf(v.name) });
            close();
          }}
        />
      );
    case 'action': {
      const fields: FieldSpec[] = [
        { name: 'code', label: t('roadmaps.goalCode'), kind: 'text' },
        { name: 'name', label: t('roadmaps.actionName'), kind: 'textarea', required: true },
        { name: 'years', label: t('roadmaps.actionYears'), kind: 'years', years: roadmap.years },
        { name: 'output', label: t('roadmaps.actionOutput'), kind: 'text' },
        { name: 'responsibleAgencyId', label: t('roadmaps.actionAgency'), kind: 'select', options: agencyOptions },
        { name: 'responsibleText', label: t('roadmaps.actionResponsibleText'), kind: 'text' },
      ];
      return (
        <FieldsDialog
          title={`${t('roadmaps.actionTitle')} — ${dialog.activity}`}
          fields={fields}
          onClose={close}
          onSubmit={async (v) => {
            await editor.createAction({
              activityId: dialog.activityId,
              code: optionalOf(v.code),
              name: textOf(v.name),
              years: yearsOf(v.years),
              output: optionalOf(v.output),
              responsibleAgencyId: optionalOf(v.responsibleAgencyId),
              responsibleText: optionalOf(v.responsibleText),
            });
            close();
          }}
        />
      );
    }
    case 'effort':
      return (
        <FieldsDialog
          title={`${t('roadmaps.effortTitle')} — ${dialog.action}`}
          fields={[
            { name: 'agencyId', label: t('roadmaps.effortAgency'), kind: 'select', options: agencyOptions },
            { name: 'description', label: t('roadmaps.effortDescription'), kind: 'textarea', required: true },
          ]}
          onClose={close}
          onSubmit={async (v) => {
            await editor.addEffort({ actionId: dialog.actionId, agencyId: optionalOf(v.agencyId), description: textOf(v.description) });
            close();
          }}
        />
      );
    case 'remove':
      return (
        <RemoveDialog
          kind={dialog.item}
          id={dialog.id}
          name={dialog.name}
          onClose={close}
          onConfirm={() => editor.remove({ kind: dialog.item, id: dialog.id, version: dialog.version })}
        />
      );
  }
}
