// The entry page: choose a road map or a year, then type or paste values in
// the grid; the selected cell's note, source and history are beside it.
// Administrators also set the status thresholds and close periods here.
import { useQuery } from '@apollo/client/react';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { IndicatorFilter, IndicatorScope } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { ChecksPanel } from '../../checks/components/ChecksPanel.tsx';
import { IndicatorChecksQuery, RoadmapChecksQuery } from '../../checks/graphql/checks.ts';
import { findingsByCell } from '../../checks/utils/findings.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { IndicatorEntryQuery } from '../graphql/entry.ts';
import { useSetIndicatorValues } from '../hooks/useSetIndicatorValues.ts';
import { type EntryPeriod, isPeriodLocked, roadmapPeriods, yearPeriods } from '../utils/entry.ts';
import { QUARTER_LABELS } from '../utils/series.ts';
import { type CellRef, EntryGrid, type EntryIndicator, editableText, optimisticChange, valueAt } from './EntryGrid.tsx';
import { PeriodLocksPanel, ThresholdsPanel } from './EntrySettings.tsx';

const SCOPES: IndicatorScope[] = ['GOAL', 'AREA', 'PERFORMANCE_AGREEMENT', 'ACTIVITY', 'TREE', 'OTHER'];

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Rows in document order: by scope, then by code ("S1-2" before "S1-10"), indicators without a code last. */
function sortForEntry(indicators: EntryIndicator[]): EntryIndicator[] {
  const byCode = (a: EntryIndicator, b: EntryIndicator) => {
    if (a.code === null || b.code === null) return a.code === b.code ? 0 : a.code === null ? 1 : -1;
    return collator.compare(a.code, b.code);
  };
  return [...indicators].sort((a, b) => SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) || byCode(a, b));
}

export function EntryView() {
  const { t } = useTranslation();
  const { year, isAdmin } = useSession();
  const [params, setParams] = useSearchParams();
  const mode = params.get('mode') === 'year' ? 'year' : 'roadmap'; // no road map → the year view (below)
  const scopeParam = params.get('scope');
  const scope = SCOPES.find((s) => s === scopeParam) ?? null;
  const roadmapParam = params.get('roadmap');
  const filter: IndicatorFilter = scope ? { scope } : {};
  const result = useQuery(IndicatorEntryQuery, { variables: { filter } });
  const { save } = useSetIndicatorValues({ onConflict: () => result.refetch() });
  const [active, setActive] = useState<CellRef | null>(null);
  // The plan checks of what the grid shows: the road map's, or the year's values.
  const checkedRoadmap = mode === 'roadmap' ? (roadmapParam ?? result.data?.roadmaps[0]?.id ?? null) : null;
  const roadmapChecks = useQuery(RoadmapChecksQuery, { variables: { roadmapId: checkedRoadmap ?? '' }, skip: !checkedRoadmap });
  const yearChecks = useQuery(IndicatorChecksQuery, { variables: { year, scope }, skip: !!checkedRoadmap || !result.data });
  const report = checkedRoadmap ? roadmapChecks.data?.roadmapChecks : yearChecks.data?.indicatorChecks;
  const flags = useMemo(() => findingsByCell(report?.findings ?? []), [report]);
  const ids = { mode: useId(), roadmap: useId(), scope: useId() };

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const groupLabel = useCallback(
    (group: string) => {
      if (group === 'baseline') return t('indicatorData.kind.BASELINE');
      if (group.startsWith('q')) return `${QUARTER_LABELS[Number(group.slice(1))]} ${year}`;
      return group;
    },
    [t, year],
  );

  return (
    <QueryState result={result}>
      {(data) => {
        const roadmap = data.roadmaps.find((r) => r.id === roadmapParam) ?? data.roadmaps[0] ?? null;
        const byRoadmap = mode === 'roadmap' && roadmap !== null;
        const rows: EntryIndicator[] = sortForEntry(
          byRoadmap ? data.indicators.filter((i) => i.roadmapId === roadmap.id) : data.indicators,
        );
        let periods: EntryPeriod[];
        if (byRoadmap) {
          // The road map's years, and any other year its indicators have values for (Tabel 2.1: 2019).
          const years = new Set<number>();
          for (let y = roadmap.startYear; y <= roadmap.endYear; y += 1) years.add(y);
          for (const i of rows) for (const v of i.values) if (v.kind !== 'BASELINE' && v.quarter === 0 && v.month === 0) years.add(v.year);
          const sorted = [...years].sort((a, b) => a - b);
          periods = roadmapPeriods(sorted[0] ?? roadmap.startYear, sorted[sorted.length - 1] ?? roadmap.endYear, roadmap.startYear - 2);
        } else {
          periods = yearPeriods(year);
        }
        const cellIndicator = active ? rows[active.row] : undefined;
        const cellPeriod = active ? periods[active.col] : undefined;
        return (
          <>
            <div className="toolbar">
              {data.roadmaps.length > 0 ? (
                <div className="field field-inline">
                  <label htmlFor={ids.mode}>{t('indicatorData.entry.mode')}</label>
                  <select
                    id={ids.mode}
                    className="select"
                    value={mode}
                    onChange={(e) => setParam('mode', e.target.value === 'year' ? 'year' : null)}
                  >
                    <option value="roadmap">{t('indicatorData.entry.modeRoadmap')}</option>
                    <option value="year">{t('indicatorData.entry.modeYear', { year })}</option>
                  </select>
                </div>
              ) : null}
              {byRoadmap && data.roadmaps.length > 0 ? (
                <div className="field field-inline">
                  <label htmlFor={ids.roadmap}>{t('indicatorData.entry.roadmap')}</label>
                  <select
                    id={ids.roadmap}
                    className="select"
                    value={roadmap?.id ?? ''}
                    onChange={(e) => setParam('roadmap', e.target.value)}
                  >
                    {data.roadmaps.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <div className="field field-inline">
                <label htmlFor={ids.scope}>{t('indicators.scopeFilter')}</label>
                <select id={ids.scope} className="select" value={scope ?? ''} onChange={(e) => setParam('scope', e.target.value || null)}>
                  <option value="">{t('indicators.allScopes')}</option>
                  {SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {t(`enums.scope.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="muted entry-help">{t('indicatorData.entry.help')}</p>
            <ChecksPanel
              report={report}
              linkFor={() => null}
              onOpen={(f) => {
                const row = rows.findIndex((r) => r.id === f.target.indicatorId);
                const col = periods.findIndex(
                  (p) => p.kind === f.target.kind && p.year === f.target.year && p.quarter === f.target.quarter,
                );
                if (row < 0) return;
                const cell = { row, col: Math.max(0, col) };
                setActive(cell);
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>(`[data-row="${cell.row}"][data-col="${cell.col}"]`)?.focus(),
                );
              }}
            />
            {rows.length === 0 ? (
              <p className="state state-empty">{t('indicatorData.entry.none')}</p>
            ) : (
              <div className="entry-layout">
                <EntryGrid
                  indicators={rows}
                  periods={periods}
                  locks={data.periodLocks}
                  caption={t('indicatorData.entry.caption')}
                  groupLabel={groupLabel}
                  active={active}
                  onActiveChange={setActive}
                  save={save}
                  flags={flags}
                />
                {cellIndicator && cellPeriod ? (
                  <CellDetails
                    indicator={cellIndicator}
                    period={cellPeriod}
                    locked={isPeriodLocked(data.periodLocks, cellPeriod)}
                    label={
                      cellPeriod.kind === 'BASELINE'
                        ? `${t('indicatorData.kind.BASELINE')} ${cellPeriod.year}`
                        : `${t(`indicatorData.kind.${cellPeriod.kind}`)} ${groupLabel(cellPeriod.group)}`
                    }
                    save={save}
                  />
                ) : (
                  <aside className="entry-details card">
                    <p className="muted">{t('indicatorData.entry.pickCell')}</p>
                  </aside>
                )}
              </div>
            )}
            {isAdmin ? (
              <div className="entry-admin">
                <ThresholdsPanel />
                <PeriodLocksPanel locks={data.periodLocks} />
              </div>
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}

function CellDetails({
  indicator,
  period,
  locked,
  label,
  save,
}: {
  indicator: EntryIndicator;
  period: EntryPeriod;
  locked: boolean;
  label: string;
  save: ReturnType<typeof useSetIndicatorValues>['save'];
}) {
  const { t, i18n } = useTranslation();
  const value = valueAt(indicator, period);
  const noteId = useId();
  const sourceId = useId();
  const storedNote = value?.note ?? '';
  const storedSource = value?.source ?? '';
  const [note, setNote] = useState(storedNote);
  const [source, setSource] = useState(storedSource);
  const [state, setState] = useState<{ saving: boolean; message?: string; error?: boolean }>({ saving: false });
  // Another cell: its note and source. The same cell's value changed (a reload, a save elsewhere):
  // the new note and source, unless this form's own save is in flight. Its optimistic value and,
  // when refused, the rollback leave the typed text in place, so a failed save can be retried.
  const cell = `${indicator.id}|${period.key}`;
  const stored = `${cell}|${storedNote}|${storedSource}`;
  const [shown, setShown] = useState({ cell, stored });
  if (shown.cell !== cell) {
    setShown({ cell, stored });
    setNote(storedNote);
    setSource(storedSource);
    setState({ saving: false });
  } else if (shown.stored !== stored) {
    setShown({ cell, stored });
    if (!state.saving) {
      setNote(storedNote);
      setSource(storedSource);
    }
  }
  const canEdit = indicator.canEdit && !locked && !!value;
  const dirty = useMemo(() => note !== (value?.note ?? '') || source !== (value?.source ?? ''), [note, source, value]);

  return (
    <aside className="entry-details card" aria-label={t('indicatorData.entry.details')}>
      <h2 className="card-title">{indicator.name}</h2>
      <p className="muted">{label}</p>
      <dl className="detail-meta">
        <dt>{t('indicatorData.entry.value')}</dt>
        <dd>{value ? editableText(value, indicator) : t('indicatorData.entry.empty')}</dd>
        {value?.enteredBy ? (
          <>
            <dt>{t('indicatorData.entry.enteredBy')}</dt>
            <dd>
              {value.enteredBy}, {formatDateTime(value.updatedAt, i18n.language)}
            </dd>
          </>
        ) : null}
        {indicator.valueType === 'CATEGORY' ? (
          <>
            <dt>{t('indicatorData.entry.categories')}</dt>
            <dd>{indicator.categories.join(' > ')}</dd>
          </>
        ) : null}
      </dl>
      {locked ? <p className="notice">{t('indicatorData.entry.lockedTitle')}</p> : null}
      {!indicator.canEdit ? <p className="muted">{t('indicatorData.entry.readOnlyHint')}</p> : null}
      {value ? (
        <form
          className="form"
          onSubmit={async (e) => {
            e.preventDefault();
            setState({ saving: true });
            const input = {
              indicatorId: indicator.id,
              kind: period.kind,
              year: period.year,
              quarter: period.quarter,
              text: editableText(value, indicator),
              note,
              source,
              version: value.version,
            };
            // Shown at once (the grid's note mark, this form); rolled back if the server refuses.
            const result = await save([input], [optimisticChange(indicator, input)]);
            if (result.ok) {
              // As stored (trimmed), so the form is not left "changed".
              setNote(note.trim());
              setSource(source.trim());
            }
            setState(
              result.ok
                ? { saving: false, message: t('indicatorData.entry.detailsSaved') }
                : { saving: false, message: result.message, error: true },
            );
          }}
        >
          <div className="field">
            <label htmlFor={noteId}>{t('indicatorData.entry.note')}</label>
            <textarea id={noteId} rows={2} value={note} disabled={!canEdit} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={sourceId}>{t('indicatorData.entry.source')}</label>
            <input id={sourceId} value={source} disabled={!canEdit} onChange={(e) => setSource(e.target.value)} />
          </div>
          {canEdit ? (
            <button type="submit" className="button button-primary" disabled={!dirty || state.saving}>
              {state.saving ? t('indicatorData.saving') : t('indicatorData.entry.saveDetails')}
            </button>
          ) : null}
          <p role="status" className={state.error ? 'form-error' : 'muted'}>
            {state.message ?? ''}
          </p>
        </form>
      ) : (
        <p className="muted">{t('indicatorData.entry.noValueYet')}</p>
      )}
    </aside>
  );
}
