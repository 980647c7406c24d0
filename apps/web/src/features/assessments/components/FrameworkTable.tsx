import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworksQuery as FrameworksData } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatCount } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { FrameworksQuery } from '../graphql/assessments.ts';

type Framework = FrameworksData['frameworks'][number];
const column = createColumnHelper<Framework>();

export function FrameworkTable() {
  const { t } = useTranslation();
  const result = useQuery(FrameworksQuery);
  const govPath = useGovPath();
  const columns = useMemo(
    (): ColumnDef<Framework, any>[] => [
      column.accessor('name', {
        header: t('assessments.columns.name'),
        cell: (info) => <Link to={govPath(`assessments/frameworks/${info.row.original.id}`)}>{info.getValue<string>()}</Link>,
        meta: { rowHeader: true, width: '30%' },
      }),
      column.accessor('code', { header: t('assessments.columns.code'), meta: { width: '8rem' } }),
      column.accessor((row) => row.model ?? '', {
        id: 'model',
        header: t('evaluation.model'),
        cell: (info) => {
          const f = info.row.original;
          const years =
            f.validFrom || f.validTo ? ` · ${t('evaluation.validYears', { from: f.validFrom ?? '…', to: f.validTo ?? '…' })}` : '';
          return `${f.model ?? '–'}${years}`;
        },
        meta: { width: '14rem' },
      }),
      column.accessor((row) => row.regulation ?? '', { id: 'regulation', header: t('assessments.columns.regulation') }),
      column.accessor('revision', { header: t('assessments.columns.revision'), meta: { width: '6rem', numeric: true } }),
      column.accessor('criterionCount', {
        header: t('assessments.columns.criteria'),
        cell: (info) => formatCount(info.getValue<number>()),
        meta: { width: '8rem', numeric: true },
      }),
      column.accessor('status', {
        header: t('assessments.columns.status'),
        cell: (info) => (
          <>
            {t(`assessments.frameworkStatus.${info.getValue<'DRAFT' | 'PUBLISHED' | 'RETIRED'>()}`)}
            {info.row.original.national ? ` · ${t('assessments.framework.national')}` : ''}
            {info.row.original.inUse ? ` · ${t('assessments.framework.inUse')}` : ''}
          </>
        ),
        meta: { width: '12rem' },
      }),
    ],
    [t, govPath],
  );
  return (
    <QueryState result={result} isEmpty={(data) => data.frameworks.length === 0} empty={t('assessments.frameworksEmpty')}>
      {(data) => (
        <DataTable data={data.frameworks} columns={columns} caption={t('assessments.frameworksCaption')} getRowId={(row) => row.id} />
      )}
    </QueryState>
  );
}
