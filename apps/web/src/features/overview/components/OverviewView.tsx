import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorScope } from '../../../gql/graphql.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { formatCount } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { OverviewQuery } from '../graphql/overview.ts';

function SummaryCard({
  title,
  count,
  hint,
  to,
  linkLabel,
  children,
}: {
  title: string;
  count: number;
  hint: string;
  to: string;
  linkLabel: string;
  children?: ReactNode;
}) {
  const headingId = `card-${to.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section className="card summary-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      <p className="summary-count">{formatCount(count)}</p>
      <p className="muted">{hint}</p>
      {children}
      <p className="card-link">
        <Link to={to}>{linkLabel}</Link>
      </p>
    </section>
  );
}

/** Counts of the government's reform content, with links to each part. */
export function OverviewView() {
  const { t } = useTranslation();
  const { year } = useSession();
  const govPath = useGovPath();
  const result = useQuery(OverviewQuery);

  return (
    <QueryState result={result}>
      {(data) => {
        const plansOfYear = data.workPlans.filter((plan) => plan.year === year);
        const assessmentsOfYear = data.assessments.filter((assessment) => assessment.year === year);
        return (
          <>
            <div className="card-grid">
              <SummaryCard
                title={t('overview.roadmaps')}
                count={data.roadmaps.length}
                hint={t('overview.roadmapsHint')}
                to={govPath('indicators', { view: 'roadmap' })}
                linkLabel={t('overview.open', { section: t('overview.roadmaps') })}
              >
                {data.roadmaps.length > 0 ? (
                  <ul className="compact-list">
                    {data.roadmaps.map((roadmap) => (
                      <li key={roadmap.id}>
                        {roadmap.title}{' '}
                        <span className="muted">({t('overview.roadmapPeriod', { start: roadmap.startYear, end: roadmap.endYear })})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </SummaryCard>
              <SummaryCard
                title={t('overview.indicators')}
                count={data.indicators.length}
                hint={t('overview.indicatorsHint')}
                to={govPath('indicators')}
                linkLabel={t('overview.open', { section: t('overview.indicators') })}
              >
                <ScopeCounts scopes={data.indicators.map((indicator) => indicator.scope)} />
              </SummaryCard>
              <SummaryCard
                title={t('overview.workPlans')}
                count={data.workPlans.length}
                hint={t('overview.workPlansHint')}
                to={govPath('work-plans')}
                linkLabel={t('overview.open', { section: t('overview.workPlans') })}
              >
                <p>{t('overview.workPlansYear', { count: plansOfYear.length, year })}</p>
              </SummaryCard>
              <SummaryCard
                title={t('overview.trees')}
                count={data.performanceTrees.length}
                hint={t('overview.treesHint')}
                to={govPath('tree')}
                linkLabel={t('overview.open', { section: t('overview.trees') })}
              />
              <SummaryCard
                title={t('overview.assessments')}
                count={data.assessments.length}
                hint={t('overview.assessmentsHint')}
                to={govPath('assessments')}
                linkLabel={t('overview.open', { section: t('overview.assessments') })}
              >
                <p>{t('overview.frameworksCount', { count: data.frameworks.length })}</p>
                {assessmentsOfYear.length > 0 ? (
                  <ul className="compact-list">
                    {assessmentsOfYear.map((assessment) => (
                      <li key={assessment.id}>
                        {assessment.title} <span className="muted">({t(`enums.assessmentStatus.${assessment.status}`)})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </SummaryCard>
            </div>

            <section className="section" aria-labelledby="overview-plans">
              <h2 id="overview-plans">{t('overview.plansOfYear', { year })}</h2>
              {plansOfYear.length === 0 ? (
                <p className="muted">{t('overview.noPlansOfYear', { year })}</p>
              ) : (
                <ul className="link-list">
                  {plansOfYear.map((plan) => (
                    <li key={plan.id}>
                      <Link to={govPath(`work-plans/${plan.id}`)}>{plan.title}</Link>{' '}
                      <span className="muted">
                        · {t(`enums.workPlanKind.${plan.kind}`)} · {t('common.steps', { count: plan.stepCount })} ·{' '}
                        {t(`enums.workPlanStatus.${plan.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        );
      }}
    </QueryState>
  );
}

function ScopeCounts({ scopes }: { scopes: readonly IndicatorScope[] }) {
  const { t } = useTranslation();
  const counts = new Map<IndicatorScope, number>();
  for (const scope of scopes) counts.set(scope, (counts.get(scope) ?? 0) + 1);
  if (counts.size === 0) return null;
  return (
    <ul className="compact-list">
      {[...counts.entries()].map(([scope, count]) => (
        <li key={scope}>
          {t(`enums.scope.${scope}`)}: {formatCount(count)}
        </li>
      ))}
    </ul>
  );
}
