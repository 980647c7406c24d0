// Column definitions of the work plan month grid (TanStack Table). Kept apart
// from the grid component so the editor to come can swap cell renderers
// (read-only text → editors) per column.
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { WorkPlanKind } from '../../../gql/graphql.ts';
import { formatRupiah } from '../../../ui/format.ts';
import type { GridRow } from '../utils/gridRows.ts';

/** A parent's value: visible on the first row of its run, for screen readers on the others. */
function Carried({ show, children }: { show: boolean; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return show ? children : <span className="sr-only">{children}</span>;
}

function agencyLabel(agency: { name: string; shortName: string | null } | null | undefined, text: string | null | undefined): string {
  return agency?.shortName ?? agency?.name ?? text ?? '';
}

export interface GridColumnOptions {
  t: TFunction;
  kind: WorkPlanKind;
  /** Month abbreviations, January first. */
  months: readonly string[];
  /** Optional columns, shown when the plan has something to show in them. */
  show: {
    area: boolean;
    indicator: boolean;
    program: boolean;
    budget: boolean;
    output: boolean;
    responsible: boolean;
    /** The step column and the twelve month columns. */
    steps: boolean;
    successCriteria: boolean;
  };
}

export interface GridColumnMeta {
  /** Width in em (the grid sums them for its fixed layout). */
  width: `${number}em`;
  className?: string;
  /** Month number 1–12 for the schedule columns. */
  month?: number;
}

export type GridColumn = ColumnDef<GridRow, unknown> & { meta: GridColumnMeta };

// Widths are in em of the grid's (smaller) font so the official column set
// and the twelve months fit a 1280 px screen.
export function buildGridColumns({ t, kind, months, show }: GridColumnOptions): GridColumn[] {
  const columns: GridColumn[] = [
    {
      id: 'no',
      header: t('grid.columns.no'),
      cell: ({ row }) => <Carried show={row.original.startsGroup}>{row.original.groupNo}</Carried>,
      meta: { width: '2em', className: 'cell-no' },
    },
  ];
  if (show.area) {
    columns.push({
      id: 'area',
      header: t('grid.columns.area'),
      cell: ({ row }) => <Carried show={row.original.startsGroup}>{row.original.activity.area?.name}</Carried>,
      meta: { width: '7em' },
    });
  }
  if (show.indicator) {
    columns.push({
      id: 'indicator',
      header: t('grid.columns.indicator'),
      cell: ({ row }) => <Carried show={row.original.startsIndicator}>{row.original.activity.indicator?.name}</Carried>,
      meta: { width: '8em' },
    });
  }
  if (show.program) {
    columns.push({
      id: 'program',
      header: t('grid.columns.program'),
      cell: ({ row }) => <Carried show={row.original.startsProgram}>{row.original.program?.name}</Carried>,
      meta: { width: '9em' },
    });
  }
  columns.push({
    id: 'activity',
    header: t('grid.columns.activity'),
    cell: ({ row }) => <Carried show={row.original.startsActivity}>{row.original.activity.name}</Carried>,
    meta: { width: '9.5em' },
  });
  if (show.budget) {
    columns.push({
      id: 'budget',
      header: t('grid.columns.budget'),
      cell: ({ row }) => {
        const budget = row.original.activity.budget;
        return <Carried show={row.original.startsActivity}>{budget ? formatRupiah(budget) : null}</Carried>;
      },
      meta: { width: '9.5em', className: 'num nowrap' },
    });
  }
  columns.push({
    id: 'action',
    header: kind === 'PERFORMANCE_AGREEMENT' ? t('grid.columns.subActivity') : t('grid.columns.action'),
    cell: ({ row }) => <Carried show={row.original.startsAction}>{row.original.action?.name}</Carried>,
    meta: { width: '9.5em' },
  });
  if (show.output) {
    columns.push({
      id: 'output',
      header: t('grid.columns.output'),
      cell: ({ row }) => {
        const { step, action, startsAction } = row.original;
        if (step?.output) return step.output;
        return <Carried show={startsAction}>{action?.output}</Carried>;
      },
      meta: { width: '7em' },
    });
  }
  if (show.responsible) {
    columns.push({
      id: 'responsible',
      header: t('grid.columns.responsible'),
      cell: ({ row }) => {
        const { step, action, startsAction } = row.original;
        const own = step ? agencyLabel(step.responsibleAgency, step.responsibleText) : '';
        if (own) return own;
        return <Carried show={startsAction}>{agencyLabel(action?.responsibleAgency, action?.responsibleText)}</Carried>;
      },
      meta: { width: '7em' },
    });
  }
  if (show.steps) {
    columns.push({
      id: 'step',
      header: t('grid.columns.step'),
      cell: ({ row }) => row.original.step?.name ?? null,
      meta: { width: '12em', className: 'cell-step' },
    });
  }
  if (show.successCriteria) {
    columns.push({
      id: 'successCriteria',
      header: t('grid.columns.successCriteria'),
      cell: ({ row }) => {
        const { step, action, startsAction } = row.original;
        if (step?.successCriteria) return step.successCriteria;
        return <Carried show={startsAction}>{action?.successCriteria}</Carried>;
      },
      meta: { width: '8em' },
    });
  }
  if (!show.steps) return columns;
  months.forEach((name, index) => {
    const month = index + 1;
    columns.push({
      id: `m${month}`,
      header: name,
      // Rendered by MonthCell (the cell needs its own aria-label).
      cell: () => null,
      meta: { width: '2em', className: 'month', month },
    });
  });
  return columns;
}
