import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount, formatRupiah } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { WorkPlanQuery } from '../graphql/workPlan.ts';
import { sumDecimals } from '../utils/budget.ts';
import type { Plan } from '../utils/gridRows.ts';
import { WorkPlanGrid } from './WorkPlanGrid.tsx';

/** One plan: its details and the month grid. */
export function WorkPlanDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const result = useQuery(WorkPlanQuery, { variables: { id } });
  usePageTitle(result.data?.workPlan?.title ?? t('workPlans.title'));
  const back = (
    <p className="back-link">
      <Link to={govPath('work-plans')}>← {t('workPlans.backToList')}</Link>
    </p>
  );
  return (
    <>
      {back}
      <QueryState result={result} isEmpty={(data) => !data.workPlan} empty={t('workPlans.notFound')}>
        {(data) => (data.workPlan ? <PlanView plan={data.workPlan} /> : null)}
      </QueryState>
    </>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const totalBudget = plan.kind === 'PERFORMANCE_AGREEMENT' ? sumDecimals(plan.activities.map((a) => a.budget)) : null;
  return (
    <>
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
          <div>
            <dt>{t('workPlans.activities')}</dt>
            <dd>{formatCount(plan.activities.length)}</dd>
          </div>
          <div>
            <dt>{t('workPlans.steps')}</dt>
            <dd>{formatCount(plan.stepCount)}</dd>
          </div>
          {totalBudget ? (
            <div>
              <dt>{t('workPlans.totalBudget')}</dt>
              <dd className="nowrap">{formatRupiah(totalBudget)}</dd>
            </div>
          ) : null}
        </dl>
      </PageHeader>
      <p className="note note-compact">{t('workPlans.readOnlyNote')}</p>
      {plan.activities.length === 0 ? <EmptyState>{t('workPlans.emptyPlan')}</EmptyState> : <WorkPlanGrid plan={plan} />}
    </>
  );
}
