// A generic read-only table on TanStack Table: semantic <table>, caption,
// sticky header, optional sorting with aria-sort. Imports no feature.
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type RowData,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class for the body cells and the header cell. */
    className?: string;
    /** Right-aligned, tabular figures. */
    numeric?: boolean;
    /** A CSS width for the column (e.g. "8rem"). */
    width?: string;
    /** Render the body cell as a row header (<th scope="row">). */
    rowHeader?: boolean;
  }
}

export interface DataTableProps<TData> {
  data: TData[];
  columns: ColumnDef<TData, any>[];
  caption: ReactNode;
  /** Show the caption (else it is for screen readers only). */
  captionVisible?: boolean;
  getRowId: (row: TData) => string;
  /** Initial sorting (columns opt in with `enableSorting`). */
  initialSorting?: SortingState;
  /** Extra class for the <table>. */
  className?: string;
  /** Max height of the scroll area (the header stays visible). */
  maxHeight?: string;
  /** data-testid on the wrapper, for tests. */
  testId?: string;
  /** A class per row. */
  rowClassName?: (row: TData) => string | undefined;
}

export function DataTable<TData>({
  data,
  columns,
  caption,
  captionVisible = false,
  getRowId,
  initialSorting = [],
  className,
  maxHeight,
  testId,
  rowClassName,
}: DataTableProps<TData>) {
  const { t } = useTranslation();
  const captionId = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSorting: false,
    enableSortingRemoval: false,
  });

  const tableElement = (
    <>
      <table className={['data-table', className].filter(Boolean).join(' ')}>
        <caption id={captionId} className={captionVisible ? 'table-caption' : 'sr-only'}>
          {caption}
        </caption>
        <colgroup>
          {table.getVisibleLeafColumns().map((column) => (
            <col key={column.id} style={column.columnDef.meta?.width ? { width: column.columnDef.meta.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan}
                    className={[meta?.className, meta?.numeric ? 'num' : undefined].filter(Boolean).join(' ') || undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                  >
                    {canSort ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {content}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row.original)}>
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                const cellClass = [meta?.className, meta?.numeric ? 'num' : undefined].filter(Boolean).join(' ') || undefined;
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" className={cellClass}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={cellClass}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data.length === 0 ? <p className="table-empty">{t('states.emptyTitle')}</p> : null}
    </>
  );

  // A table with its own vertical scrolling is a named region that keyboard
  // users can focus to scroll; other tables just flow with the page.
  if (maxHeight) {
    return (
      <section
        className="table-scroll"
        aria-labelledby={captionId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        style={{ maxHeight }}
        data-testid={testId}
      >
        {tableElement}
      </section>
    );
  }
  return (
    <div className="table-scroll" data-testid={testId}>
      {tableElement}
    </div>
  );
}
