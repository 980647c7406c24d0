// The road-map dashboard: status counts, goals with their indicators as small
// multiples, and the areas of change with theirs. One request; the small
// multiples are plain SVG so hundreds of indicators render at once.
// Benchmark marks (ARCHITECTURE.md): rb:dashboard-data, rb:dashboard-rendered.
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { IndicatorDashboardQuery, IndicatorStatus } from '../../../gql/graphql.ts';
import { formatCount, formatNumber } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { IndicatorDashboardQuery as DashboardDocument } from '../graphql/dashboard.ts';
import { markOnce, useMarkAfterPaint } from '../hooks/usePerformanceMark.ts';
import { QUARTER_LABELS } from '../utils/series.ts';
import { IndicatorTile, type TileLabels } from './IndicatorTile.tsx';
import { useDelegatedNavigation, useTileLabels } from '../hooks/useTileLabels.ts';
import { STATUS_SYMBOL, StatusBadge } from './StatusBadge.tsx';
import './indicators.css';

const STATUSES: IndicatorStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** The span of years small multiples cover: the years the session offers (road maps, plans), at most 30. */
export function useSeriesSpan() {
  const { year, years } = useSession();
  const toYear = Math.max(year, ...years);
  const fromYear = Math.max(Math.min(year, ...years), toYear - 29);
  return { fromYear, toYear };
}

export function usePeriodParam() {
  const [params, setParams] = useSearchParams();
  const q = Number(params.get('quarter'));
  const quarter = Number.isInteger(q) && q >= 1 && q <= 4 ? q : null;
  const setQuarter = (next: number | null) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (next) n.set('quarter', String(next));
      else n.delete('quarter');
      return n;
    });
  return { quarter, setQuarter, roadmapParam: params.get('roadmap'), setParams };
}

export function PeriodSelect({ quarter, setQuarter }: { quarter: number | null; setQuarter: (q: number | null) => void }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('indicatorData.dashboard.period')}</label>
      <select id={id} className="select" value={quarter ?? 0} onChange={(e) => setQuarter(Number(e.target.value) || null)}>
        <option value={0}>{t('indicatorData.dashboard.wholeYear', { year })}</option>
        {[1, 2, 3, 4].map((q) => (
          <option key={q} value={q}>
            {QUARTER_LABELS[q]} {year}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DashboardView() {
  const { t } = useTranslation();
  const { year } = useSession();
  const { quarter, setQuarter, roadmapParam, setParams } = usePeriodParam();
  const span = useSeriesSpan();
  const result = useQuery(DashboardDocument, {
    variables: { year, quarter, roadmapId: roadmapParam, ...span, agreements: !roadmapParam },
    // Hundreds of indicators × years of values: kept out of the normalized cache, read fresh each visit.
    fetchPolicy: 'no-cache',
  });
  // The result has arrived (marked during the render that first sees it, before any chart renders).
  if (result.data) markOnce('rb:dashboard-data');
  const roadmapSelectId = useId();
  return (
    <QueryState
      result={result}
      isEmpty={(d) =>
        d.roadmaps.length === 0 && d.areas.every((a) => a.indicators.length === 0) && (d.agreementIndicators ?? []).length === 0
      }
      empty={t('indicatorData.dashboard.empty')}
    >
      {(data) => (
        <>
          <div className="toolbar">
            {data.roadmaps.length > 1 ? (
              <div className="field field-inline">
                <label htmlFor={roadmapSelectId}>{t('indicatorData.entry.roadmap')}</label>
                <select
                  id={roadmapSelectId}
                  className="select"
                  value={roadmapParam ?? data.roadmaps[0]?.id}
                  onChange={(e) =>
                    setParams((p) => {
                      const n = new URLSearchParams(p);
                      n.set('roadmap', e.target.value);
                      return n;
                    })
                  }
                >
                  {data.roadmaps.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <PeriodSelect quarter={quarter} setQuarter={setQuarter} />
          </div>
          <DashboardBody data={data} year={year} quarter={quarter} roadmapId={roadmapParam} />
        </>
      )}
    </QueryState>
  );
}

function DashboardBody({
  data,
  year,
  quarter,
  roadmapId,
}: {
  data: IndicatorDashboardQuery;
  year: number;
  quarter: number | null;
  roadmapId: string | null;
}) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const roadmap = data.roadmaps.find((r) => r.id === roadmapId) ?? data.roadmaps[0] ?? null;
  const areas = data.areas.filter((a) => a.indicators.length > 0);
  useMarkAfterPaint('rb:dashboard-rendered', true);
  const labels = useTileLabels();
  const onNavigate = useDelegatedNavigation();

  const counts = new Map<IndicatorStatus, number>(STATUSES.map((s) => [s, 0]));
  const seen = new Set<string>();
  const all = [
    ...(roadmap ? roadmap.goals.flatMap((g) => g.indicators) : (data.agreementIndicators ?? [])),
    ...areas.flatMap((a) => a.indicators),
  ];
  for (const i of all) {
    if (seen.has(i.id)) continue;
    seen.add(i.id);
    counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  }
  const fromYear = roadmap?.startYear ?? year;
  const toYear = roadmap?.endYear ?? year;
  const period = quarter ? `${QUARTER_LABELS[quarter]} ${year}` : String(year);
  const extra = { ...(quarter ? { quarter: String(quarter) } : {}), ...(roadmap ? { roadmap: roadmap.id } : {}) };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the plain links inside (keyboard activates links natively)
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div onClick={onNavigate}>
      {roadmap ? (
        <p className="muted">
          {roadmap.title} · {t('roadmap.period', { start: roadmap.startYear, end: roadmap.endYear })}
        </p>
      ) : null}
      <section aria-labelledby="status-counts-title" className="status-summary">
        <h2 id="status-counts-title" className="sr-only">
          {t('indicatorData.dashboard.countsTitle', { period })}
        </h2>
        <ul className="status-counts" aria-label={t('indicatorData.dashboard.countsTitle', { period })}>
          {STATUSES.map((s) => (
            <li key={s} className={`status-count status-${s.toLowerCase().replace('_', '-')}`}>
              <span className="status-count-number">{formatCount(counts.get(s) ?? 0)}</span>
              <span>
                <span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {t(`indicatorData.status.${s}`)}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">
          {t('indicatorData.thresholds.current', {
            onTrack: formatNumber(data.statusThresholds.onTrackMin),
            atRisk: formatNumber(data.statusThresholds.atRiskMin),
          })}{' '}
          {t('indicatorData.dashboard.period')}: {period}.
        </p>
      </section>

      {roadmap ? (
        <section aria-labelledby="goals-title">
          <h2 id="goals-title">{t('indicatorData.dashboard.goals')}</h2>
          {roadmap.goals.map((goal) => (
            <article key={goal.id} className="card goal-card" aria-labelledby={`goal-${goal.id}`}>
              <header className="goal-card-header">
                <h3 id={`goal-${goal.id}`} className="goal-title">
                  {goal.code ? <span className="goal-code">{goal.code}</span> : null} {goal.statement}
                </h3>
                <StatusBadge status={goal.status} achievement={goal.achievement} />
                <Link
                  className="button"
                  to={govPath(`indicators/dashboard/goals/${goal.id}`, extra)}
                  aria-label={`${t('indicatorData.dashboard.drill')}: ${goal.statement}`}
                >
                  {t('indicatorData.dashboard.drill')}
                </Link>
              </header>
              <ul className="tiles">
                {goal.indicators.map((i) => (
                  <IndicatorTile
                    key={i.id}
                    indicator={i}
                    href={govPath(`indicators/${i.id}`)}
                    year={year}
                    fromYear={fromYear}
                    toYear={toYear}
                    labels={labels}
                  />
                ))}
              </ul>
            </article>
          ))}
        </section>
      ) : null}

      {!roadmap ? <AgreementGoals data={data} year={year} labels={labels} /> : null}

      {areas.length > 0 ? (
        <section aria-labelledby="areas-title">
          <h2 id="areas-title">{t('indicatorData.dashboard.areas')}</h2>
          {areas.map((area) => (
            <article key={area.id} className="card goal-card" aria-labelledby={`area-${area.id}`}>
              <header className="goal-card-header">
                <h3 id={`area-${area.id}`} className="goal-title">
                  {area.name}
                </h3>
                <StatusBadge status={area.status} achievement={area.achievement} />
              </header>
              <ul className="tiles">
                {area.indicators.map((i) => (
                  <IndicatorTile
                    key={i.id}
                    indicator={i}
                    href={govPath(`indicators/${i.id}`)}
                    year={year}
                    fromYear={fromYear}
                    toYear={toYear}
                    labels={labels}
                  />
                ))}
              </ul>
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}

/**
 * Without a road map (e.g. an agency's performance agreement only): the
 * strategic targets of the performance agreements with their indicators,
 * by quarter when a quarter is chosen.
 */
function AgreementGoals({ data, year, labels }: { data: IndicatorDashboardQuery; year: number; labels: TileLabels }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const goals = new Map<
    string,
    { code: string | null; statement: string; indicators: NonNullable<IndicatorDashboardQuery['agreementIndicators']> }
  >();
  for (const i of data.agreementIndicators ?? []) {
    const key = i.goal?.id ?? '';
    const entry = goals.get(key) ?? {
      code: i.goal?.code ?? null,
      statement: i.goal?.statement ?? t('indicatorData.dashboard.otherAgreement'),
      indicators: [],
    };
    entry.indicators.push(i);
    goals.set(key, entry);
  }
  if (goals.size === 0) return null;
  // Strategic targets in code order (S1, S2, …); indicators of no target (programs) last.
  const collator = new Intl.Collator('id', { numeric: true });
  const ordered = [...goals.entries()].sort(
    ([a, x], [b, y]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || collator.compare(x.code ?? '', y.code ?? ''),
  );
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t('indicatorData.dashboard.agreementGoals')}</h2>
      {ordered.map(([id, goal]) => (
        <article key={id || 'none'} className="card goal-card" aria-labelledby={`pk-${id || 'none'}`}>
          <header className="goal-card-header">
            <h3 id={`pk-${id || 'none'}`} className="goal-title">
              {goal.code ? <span className="goal-code">{goal.code}</span> : null} {goal.statement}
            </h3>
          </header>
          <ul className="tiles">
            {goal.indicators.map((i) => (
              <IndicatorTile
                key={i.id}
                indicator={i}
                href={govPath(`indicators/${i.id}`)}
                year={year}
                fromYear={year}
                toYear={year}
                labels={labels}
              />
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
