import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PerformanceTreesQuery as TreesData } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatCount } from '../../../ui/format.ts';
import { OtherYears } from '../../../ui/OtherYears.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { PerformanceTreesQuery } from '../graphql/trees.ts';
import { StartTree, useCanPlan } from './StartTree.tsx';

type TreeSummary = TreesData['performanceTrees'][number];
const column = createColumnHelper<TreeSummary>();

export function PerformanceTreeList() {
  const { t } = useTranslation();
  const { year } = useSession();
  const canEdit = useCanPlan();
  const govPath = useGovPath();
  const result = useQuery(PerformanceTreesQuery);
  const columns = useMemo(
    (): ColumnDef<TreeSummary, any>[] => [
      column.accessor('title', {
        header: t('tree.columns.title'),
        cell: (info) => <Link to={govPath(`tree/${info.row.original.id}`)}>{info.getValue<string>()}</Link>,
        meta: { rowHeader: true, width: '45%' },
      }),
      column.accessor('year', { header: t('tree.columns.year'), meta: { width: '6rem' } }),
      column.accessor((row) => row.agency?.name ?? '', { id: 'agency', header: t('tree.columns.agency') }),
      column.accessor((row) => row.nodes.length, {
        id: 'nodes',
        header: t('tree.columns.nodes'),
        cell: (info) => formatCount(info.getValue<number>()),
        meta: { numeric: true, width: '8rem' },
      }),
    ],
    [t, govPath],
  );
  return (
    <QueryState result={result}>
      {(data) => {
        const trees = data.performanceTrees.filter((tree) => tree.year === year);
        return (
          <>
            {trees.length === 0 ? (
              <EmptyState>{t('tree.emptyYear', { year })}</EmptyState>
            ) : (
              <DataTable data={trees} columns={columns} caption={t('tree.tableCaption', { year })} getRowId={(row) => row.id} />
            )}
            {canEdit ? (
              <StartTree
                year={year}
                previous={data.performanceTrees.filter((tree) => tree.year < year).sort((a, b) => b.year - a.year)[0] ?? null}
              />
            ) : null}
            <OtherYears years={data.performanceTrees.map((tree) => tree.year)} current={year} />
          </>
        );
      }}
    </QueryState>
  );
}
