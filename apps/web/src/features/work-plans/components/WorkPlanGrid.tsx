// The work plan as the official month grid: one row per step, parents shown
// as merged cells, √ on scheduled months. Rows are virtualized
// (@tanstack/react-virtual): plans have hundreds to thousands of steps.
// Read-only for now; the editor will add cell editors and keyboard moves on
// top of the same row model (utils/gridRows.ts) and columns (gridColumns.tsx).
import { flexRender, getCoreRowModel, type Row, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthNames } from '../../../ui/format.ts';
import { buildGridRows, type GridRow, type Plan } from '../utils/gridRows.ts';
import { buildGridColumns, type GridColumn } from './gridColumns.tsx';

const ESTIMATED_ROW_HEIGHT = 48;

/** Which optional columns the plan has content for. */
function optionalColumns(plan: Plan) {
  const activities = plan.activities;
  const actions = activities.flatMap((activity) => activity.actions);
  const steps = actions.flatMap((action) => action.steps);
  const isAgreement = plan.kind === 'PERFORMANCE_AGREEMENT';
  return {
    area: !isAgreement || activities.some((a) => a.area),
    indicator: !isAgreement || activities.some((a) => a.indicator),
    program: plan.programs.length > 0,
    budget: isAgreement || activities.some((a) => a.budget != null),
    output: !isAgreement || actions.some((a) => a.output) || steps.some((s) => s.output),
    responsible:
      !isAgreement ||
      actions.some((a) => a.responsibleAgency || a.responsibleText) ||
      steps.some((s) => s.responsibleAgency || s.responsibleText),
    steps: !isAgreement || steps.length > 0,
    successCriteria: actions.some((a) => a.successCriteria) || steps.some((s) => s.successCriteria),
  };
}

export function WorkPlanGrid({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const rows = useMemo(() => buildGridRows(plan), [plan]);
  const months = monthNames(i18n.language);

  const columns = useMemo(() => buildGridColumns({ t, kind: plan.kind, months, show: optionalColumns(plan) }), [t, plan, months]);

  const table = useReactTable<GridRow>({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const update = () => setHeadHeight(head.getBoundingClientRect().height);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    overscan: 12,
    paddingStart: headHeight,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - headHeight : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = columns.length;
  // A fixed table layout needs a definite width: the sum of the columns (em).
  const tableWidthEm = columns.reduce((sum, column) => sum + Number.parseFloat(column.meta.width), 0);

  return (
    <section
      ref={scrollRef}
      className="grid-scroll"
      aria-label={t('grid.label', { title: plan.title })}
      // Keyboard users scroll the grid with the arrow keys once it has focus.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      data-testid="work-plan-grid"
    >
      <table className="data-table plan-grid" aria-rowcount={tableRows.length + 1} style={{ width: `${tableWidthEm}em` }}>
        <caption className="sr-only">
          {t('grid.label', { title: plan.title })} · {t('grid.rowCount', { count: tableRows.length })}
        </caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.meta.width }} />
          ))}
        </colgroup>
        <thead ref={headRef}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const meta = (header.column.columnDef as GridColumn).meta;
                return (
                  <th key={header.id} scope="col" className={meta.className}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr className="spacer">
              <td colSpan={columnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return <GridRowView key={row.id} row={row} index={item.index} measure={virtualizer.measureElement} />;
          })}
          {paddingBottom > 0 ? (
            <tr className="spacer">
              <td colSpan={columnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

const GridRowView = memo(function GridRowView({
  row,
  index,
  measure,
}: {
  row: Row<GridRow>;
  index: number;
  measure: (element: Element | null) => void;
}) {
  const { t } = useTranslation();
  const data = row.original;
  const className = [
    'grid-row',
    `grid-row-${data.kind}`,
    data.startsGroup ? 'starts-group' : data.startsActivity ? 'starts-activity' : data.startsAction ? 'starts-action' : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={className}>
      {row.getVisibleCells().map((cell) => {
        const meta = (cell.column.columnDef as GridColumn).meta;
        if (meta.month !== undefined) {
          const monthName = String(cell.column.columnDef.header);
          const scheduled = data.months.has(meta.month);
          return (
            <td
              key={cell.id}
              className={scheduled ? 'month scheduled' : 'month'}
              aria-label={t(scheduled ? 'grid.scheduled' : 'grid.notScheduled', { month: monthName })}
            >
              {scheduled ? <span aria-hidden="true">{t('grid.mark')}</span> : null}
            </td>
          );
        }
        return (
          <td key={cell.id} className={meta.className}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
});
