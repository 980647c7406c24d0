import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentStatus, AssessmentsQuery as AssessmentsData } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatDate } from '../../../ui/format.ts';
import { OtherYears } from '../../../ui/OtherYears.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { AssessmentsQuery } from '../graphql/assessments.ts';

type Assessment = AssessmentsData['assessments'][number];
const column = createColumnHelper<Assessment>();

export function AssessmentTable() {
  const { t, i18n } = useTranslation();
  const { year } = useSession();
  const result = useQuery(AssessmentsQuery);
  const govPath = useGovPath();
  const columns = useMemo(
    (): ColumnDef<Assessment, any>[] => [
      column.accessor('title', {
        header: t('assessments.columns.title'),
        cell: (info) => <Link to={govPath(`assessments/${info.row.original.id}`)}>{info.getValue<string>()}</Link>,
        meta: { rowHeader: true, width: '30%' },
      }),
      column.accessor('year', { header: t('assessments.columns.year'), meta: { width: '5rem' } }),
      column.accessor('status', {
        header: t('assessments.columns.status'),
        cell: (info) => {
          const status = info.getValue<AssessmentStatus>();
          return <span className={`badge badge-${status.toLowerCase()}`}>{t(`enums.assessmentStatus.${status}`)}</span>;
        },
        meta: { width: '9rem' },
      }),
      column.accessor((row) => row.agency?.shortName ?? row.agency?.name ?? '', { id: 'agency', header: t('assessments.columns.agency') }),
      column.accessor((row) => row.framework.name, { id: 'framework', header: t('assessments.columns.framework') }),
      column.accessor('deadline', {
        header: t('assessments.columns.deadline'),
        cell: (info) => {
          const deadline = info.getValue<string | null>();
          return deadline ? <span className="nowrap">{formatDate(deadline, i18n.language)}</span> : '–';
        },
        meta: { width: '10rem' },
      }),
    ],
    [t, i18n.language, govPath],
  );
  return (
    <QueryState result={result}>
      {(data) => {
        const assessments = data.assessments.filter((assessment) => assessment.year === year);
        return (
          <>
            {assessments.length === 0 ? (
              <EmptyState>{t('assessments.listEmptyYear', { year })}</EmptyState>
            ) : (
              <DataTable data={assessments} columns={columns} caption={t('assessments.listCaption', { year })} getRowId={(row) => row.id} />
            )}
            <OtherYears years={data.assessments.map((assessment) => assessment.year)} current={year} />
          </>
        );
      }}
    </QueryState>
  );
}
