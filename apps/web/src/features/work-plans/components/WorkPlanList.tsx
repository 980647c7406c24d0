import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkPlanKind, WorkPlansQuery as WorkPlansData, WorkPlanStatus } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatCount } from '../../../ui/format.ts';
import { OtherYears } from '../../../ui/OtherYears.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { useSelectedAgency } from '../../session/hooks/useSelectedAgency.ts';
import { WorkPlansQuery } from '../graphql/workPlans.ts';
import { PlanSetupPanel, useCanPlan } from './PlanSetup.tsx';

type WorkPlanSummary = WorkPlansData['workPlans'][number];
const column = createColumnHelper<WorkPlanSummary>();

/** The plans of the selected year, with links to the other years' plans. */
export function WorkPlanList() {
  const { t } = useTranslation();
  const { year } = useSession();
  const govPath = useGovPath();
  const agencyId = useSelectedAgency();
  const canPlan = useCanPlan();
  const result = useQuery(WorkPlansQuery, { variables: { agencyId } });

  const columns = useMemo(
    (): ColumnDef<WorkPlanSummary, any>[] => [
      column.accessor('title', {
        header: t('workPlans.columns.title'),
        cell: (info) => <Link to={govPath(`work-plans/${info.row.original.id}`)}>{info.getValue<string>()}</Link>,
        meta: { rowHeader: true, width: '40%' },
        enableSorting: true,
      }),
      column.accessor('year', { header: t('workPlans.columns.year'), meta: { width: '5rem' }, enableSorting: true }),
      column.accessor('kind', {
        header: t('workPlans.columns.kind'),
        cell: (info) => t(`enums.workPlanKind.${info.getValue<WorkPlanKind>()}`),
        meta: { width: '12rem' },
        enableSorting: true,
      }),
      column.accessor('status', {
        header: t('workPlans.columns.status'),
        cell: (info) => {
          const status = info.getValue<WorkPlanStatus>();
          return <span className={`badge badge-${status.toLowerCase()}`}>{t(`enums.workPlanStatus.${status}`)}</span>;
        },
        meta: { width: '8rem' },
      }),
      column.accessor('stepCount', {
        header: t('workPlans.columns.steps'),
        cell: (info) => formatCount(info.getValue<number>()),
        meta: { width: '8rem', numeric: true },
        enableSorting: true,
      }),
      column.accessor((row) => row.agency?.shortName ?? row.agency?.name ?? '', {
        id: 'agency',
        header: t('workPlans.columns.agency'),
        meta: { width: '12rem' },
      }),
    ],
    [t, govPath],
  );

  return (
    <QueryState result={result}>
      {(data) => {
        const plans = data.workPlans.filter((plan) => plan.year === year);
        const years = data.workPlans.map((plan) => plan.year);
        return (
          <>
            {plans.length === 0 ? (
              canPlan ? (
                <PlanSetupPanel year={year} hasPlans={false} />
              ) : (
                <EmptyState>{t('workPlans.emptyYear', { year })}</EmptyState>
              )
            ) : (
              <>
                <DataTable data={plans} columns={columns} caption={t('workPlans.tableCaption', { year })} getRowId={(row) => row.id} />
                {canPlan ? <PlanSetupPanel year={year} hasPlans /> : null}
              </>
            )}
            <OtherYears years={years} current={year} />
          </>
        );
      }}
    </QueryState>
  );
}
