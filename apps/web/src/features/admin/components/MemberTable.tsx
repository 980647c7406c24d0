import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersQuery as MembersData, Role } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { MembersQuery } from '../graphql/admin.ts';

type Member = MembersData['members'][number];
const column = createColumnHelper<Member>();

export function MemberTable() {
  const { t } = useTranslation();
  const result = useQuery(MembersQuery);
  const columns = useMemo(
    (): ColumnDef<Member, any>[] => [
      column.accessor('name', { header: t('admin.columns.name'), meta: { rowHeader: true, width: '22%' }, enableSorting: true }),
      column.accessor('email', { header: t('admin.columns.email'), meta: { width: '25%' }, enableSorting: true }),
      column.accessor('roles', {
        header: t('admin.columns.roles'),
        cell: (info) => (
          <span className="badge-list">
            {info.getValue<Role[]>().map((role) => (
              <span key={role} className="badge">
                {t(`enums.role.${role}`)}
              </span>
            ))}
          </span>
        ),
      }),
      column.accessor((row) => row.agency?.name ?? '', { id: 'agency', header: t('admin.columns.agency'), enableSorting: true }),
    ],
    [t],
  );
  return (
    <QueryState result={result} isEmpty={(data) => data.members.length === 0} empty={t('admin.membersEmpty')}>
      {(data) => (
        <DataTable
          data={data.members}
          columns={columns}
          caption={t('admin.membersCaption')}
          getRowId={(row) => row.id}
          initialSorting={[{ id: 'name', desc: false }]}
        />
      )}
    </QueryState>
  );
}
