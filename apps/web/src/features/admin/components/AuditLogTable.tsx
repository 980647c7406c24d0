import { useQuery } from '@apollo/client/react';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditLogQuery as AuditLogData } from '../../../gql/graphql.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryState } from '../../../ui/QueryState.tsx';
import { AuditLogQuery } from '../graphql/admin.ts';

type AuditEntry = AuditLogData['auditLog'][number];
const column = createColumnHelper<AuditEntry>();

export const AUDIT_LOG_LIMIT = 50;

export function AuditLogTable() {
  const { t, i18n } = useTranslation();
  const result = useQuery(AuditLogQuery, { variables: { limit: AUDIT_LOG_LIMIT } });
  const columns = useMemo(
    (): ColumnDef<AuditEntry, any>[] => [
      column.accessor('createdAt', {
        header: t('admin.columns.when'),
        cell: (info) => <span className="nowrap">{formatDateTime(info.getValue<string>(), i18n.language)}</span>,
        meta: { width: '11rem' },
      }),
      column.accessor((row) => row.userName ?? '', {
        id: 'user',
        header: t('admin.columns.user'),
        cell: (info) => info.getValue<string>() || <span className="muted">{t('admin.system')}</span>,
        meta: { width: '14rem' },
      }),
      column.accessor('action', {
        header: t('admin.columns.action'),
        cell: (info) => t(`enums.auditAction.${info.getValue<AuditAction>()}`),
        meta: { width: '10rem' },
      }),
      column.accessor('entity', { header: t('admin.columns.entity'), meta: { width: '10rem' } }),
      column.accessor('entityId', { header: t('admin.columns.entityId'), meta: { className: 'cell-id' } }),
    ],
    [t, i18n.language],
  );
  return (
    <QueryState result={result} isEmpty={(data) => data.auditLog.length === 0} empty={t('admin.auditEmpty')}>
      {(data) => (
        <DataTable data={data.auditLog} columns={columns} caption={t('admin.auditCaption')} getRowId={(row) => row.id} maxHeight="32rem" />
      )}
    </QueryState>
  );
}
