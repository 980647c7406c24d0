// Drill-down from one goal: its indicators, then the areas of change of the
// road map with their success indicators, then the work-plan actions that
// drive each of them (linked to the planner's grid with ?focus=).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalDrillQuery } from '../../../gql/graphql.ts';
import { formatCount, formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { GoalDrillQuery as DrillDocument } from '../graphql/dashboard.ts';
import { QUARTER_LABELS } from '../utils/series.ts';
import { PeriodSelect, usePeriodParam, useSeriesSpan } from './DashboardView.tsx';
import { IndicatorTile, type TileLabels } from './IndicatorTile.tsx';
import { useDelegatedNavigation, useTileLabels } from '../hooks/useTileLabels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './indicators.css';

type Area = GoalDrillQuery['areas'][number];

export function GoalDrillView({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const { year } = useSession();
  const govPath = useGovPath();
  const { quarter, setQuarter, roadmapParam } = usePeriodParam();
  const span = useSeriesSpan();
  const labels = useTileLabels();
  const onNavigate = useDelegatedNavigation();
  const result = useQuery(DrillDocument, { variables: { year, quarter, roadmapId: roadmapParam, ...span }, fetchPolicy: 'no-cache' });
  return (
    <QueryState result={result}>
      {(data) => {
        const roadmap = data.roadmaps.find((r) => r.goals.some((g) => g.id === goalId));
        const goal = roadmap?.goals.find((g) => g.id === goalId);
        if (!roadmap || !goal) return <p className="state state-empty">{t('indicatorData.drill.notFound')}</p>;
        const areas = data.areas.filter((a) => a.indicators.length > 0);
        const period = quarter ? `${QUARTER_LABELS[quarter]} ${year}` : String(year);
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks of the plain links inside (keyboard activates links natively)
          // biome-ignore lint/a11y/useKeyWithClickEvents: see above
          <div onClick={onNavigate}>
            <nav aria-label={t('indicatorData.drill.breadcrumb')} className="back-link">
              <Link to={govPath('indicators/dashboard', quarter ? { quarter: String(quarter) } : {})}>
                {t('indicatorData.dashboard.title')}
              </Link>{' '}
              › <span aria-current="page">{goal.code ? `${t('roadmap.goalWithCode', { code: goal.code })}` : t('roadmap.goal')}</span>
            </nav>
            <PageHeader title={goal.statement} intro={`${roadmap.title} · ${t('indicatorData.dashboard.period')}: ${period}`} />
            <div className="toolbar">
              <PeriodSelect quarter={quarter} setQuarter={setQuarter} />
              <StatusBadge status={goal.status} achievement={goal.achievement} />
            </div>
            <section aria-labelledby="drill-indicators">
              <h2 id="drill-indicators">{t('indicatorData.drill.goalIndicators')}</h2>
              <ul className="tiles">
                {goal.indicators.map((i) => (
                  <IndicatorTile
                    key={i.id}
                    indicator={i}
                    href={govPath(`indicators/${i.id}`)}
                    year={year}
                    fromYear={roadmap.startYear}
                    toYear={roadmap.endYear}
                    labels={labels}
                  />
                ))}
              </ul>
            </section>
            <section aria-labelledby="drill-areas">
              <h2 id="drill-areas">{t('indicatorData.drill.areas')}</h2>
              <p className="muted">{t('indicatorData.drill.areasIntro')}</p>
              {areas.map((area) => (
                <AreaDrill key={area.id} area={area} year={year} fromYear={roadmap.startYear} toYear={roadmap.endYear} labels={labels} />
              ))}
            </section>
            <p className="muted">
              {t('indicatorData.thresholds.current', {
                onTrack: formatNumber(data.statusThresholds.onTrackMin),
                atRisk: formatNumber(data.statusThresholds.atRiskMin),
              })}
            </p>
          </div>
        );
      }}
    </QueryState>
  );
}

function AreaDrill({
  area,
  year,
  fromYear,
  toYear,
  labels,
}: {
  area: Area;
  year: number;
  fromYear: number;
  toYear: number;
  labels: TileLabels;
}) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const actionCount = area.indicators.reduce(
    (n, i) => n + i.drivenBy.filter((a) => a.workPlanId).reduce((m, a) => m + a.actions.length, 0),
    0,
  );
  return (
    <details className="card area-drill">
      <summary>
        <span className="area-drill-name">{area.name}</span> <StatusBadge status={area.status} achievement={area.achievement} />{' '}
        <span className="muted">
          {t('indicatorData.drill.counts', { indicators: formatCount(area.indicators.length), actions: formatCount(actionCount) })}
        </span>
      </summary>
      {area.indicators.map((indicator) => {
        const activities = indicator.drivenBy.filter((a) => a.workPlanId);
        return (
          <div key={indicator.id} className="area-drill-indicator">
            <ul className="tiles tiles-single">
              <IndicatorTile
                indicator={indicator}
                href={govPath(`indicators/${indicator.id}`)}
                year={year}
                fromYear={fromYear}
                toYear={toYear}
                labels={labels}
              />
            </ul>
            <div className="area-drill-actions">
              <h4>{t('indicatorData.drill.actions')}</h4>
              {activities.length === 0 ? (
                <p className="muted">{t('indicatorData.drill.noActions')}</p>
              ) : (
                activities.map((activity) => (
                  <div key={activity.id}>
                    <p className="area-drill-activity">
                      {activity.name} <span className="muted">· {activity.workPlanTitle}</span>
                    </p>
                    <ul className="link-list">
                      {activity.actions.map((action) => (
                        <li key={action.id}>
                          <Link to={govPath(`work-plans/${activity.workPlanId}`, { focus: action.id })}>{action.name}</Link>
                          {action.responsibleAgency || action.responsibleText ? (
                            <span className="muted">
                              {' '}
                              · {action.responsibleAgency?.shortName ?? action.responsibleAgency?.name ?? action.responsibleText}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          </div>
        );
      })}
    </details>
  );
}
