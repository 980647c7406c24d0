// The columns of the work-plan month grid, in the official documents' order:
// No, Area, Indicator, (Program), Activity, (Budget), Action, Output,
// Responsible, Step, Success criteria, then Jan–Des. Which optional columns
// appear depends on what the plan has; which cells can be edited depends on
// the column (the parents' columns above the action are read-only here).
import type { TFunction } from 'i18next';
import type { WorkPlanKind } from '../../../gql/graphql.ts';
import type { GridRow, Plan } from '../utils/gridRows.ts';

export type ColumnKind =
  | 'no'
  | 'area'
  | 'indicator'
  | 'program'
  | 'activity'
  | 'budget'
  | 'action'
  | 'output'
  | 'responsible'
  | 'step'
  | 'successCriteria'
  | 'month';

export interface GridColumn {
  id: string;
  kind: ColumnKind;
  header: string;
  /** Width in em of the grid's font. */
  width: number;
  month?: number;
  /** Left offset (em) for the columns that stay in place while scrolling sideways. */
  stickyLeft?: number;
}

export interface GridColumnOptions {
  t: TFunction;
  kind: WorkPlanKind;
  months: readonly string[];
  show: { area: boolean; indicator: boolean; program: boolean; budget: boolean; successCriteria: boolean };
}

/** Which optional columns the plan has content for. */
export function optionalColumns(plan: Plan) {
  const activities = plan.activities;
  const actions = activities.flatMap((activity) => activity.actions);
  const steps = actions.flatMap((action) => action.steps);
  return {
    area: activities.some((a) => a.area),
    indicator: activities.some((a) => a.indicator),
    program: plan.programs.length > 0,
    budget: activities.some((a) => a.budget != null),
    successCriteria:
      plan.kind !== 'PERFORMANCE_AGREEMENT' || actions.some((a) => a.successCriteria) || steps.some((s) => s.successCriteria),
  };
}

export function buildGridColumns({ t, kind, months, show }: GridColumnOptions): GridColumn[] {
  // The area is the group header row above its steps (like the documents' merged cell), not a column.
  const columns: GridColumn[] = [{ id: 'no', kind: 'no', header: t('grid.columns.no'), width: 2.5 }];
  if (show.indicator) columns.push({ id: 'indicator', kind: 'indicator', header: t('grid.columns.indicator'), width: 7.5 });
  if (show.program) columns.push({ id: 'program', kind: 'program', header: t('grid.columns.program'), width: 9 });
  columns.push({ id: 'activity', kind: 'activity', header: t('grid.columns.activity'), width: 8.5 });
  if (show.budget) columns.push({ id: 'budget', kind: 'budget', header: t('grid.columns.budget'), width: 9 });
  columns.push(
    {
      id: 'action',
      kind: 'action',
      header: kind === 'PERFORMANCE_AGREEMENT' ? t('grid.columns.subActivity') : t('grid.columns.action'),
      width: 10,
    },
    { id: 'output', kind: 'output', header: t('grid.columns.output'), width: 7.5 },
    { id: 'responsible', kind: 'responsible', header: t('grid.columns.responsible'), width: 8 },
    { id: 'step', kind: 'step', header: t('grid.columns.step'), width: 12 },
  );
  if (show.successCriteria)
    columns.push({ id: 'successCriteria', kind: 'successCriteria', header: t('grid.columns.successCriteria'), width: 8 });
  months.forEach((name, index) => {
    columns.push({ id: `m${index + 1}`, kind: 'month', header: name, width: 2.3, month: index + 1 });
  });
  // The row tools and No stay in place when scrolling sideways.
  const first = columns[0];
  if (first) first.stickyLeft = TOOLS_WIDTH;
  return columns;
}

/** Width of the row-tools column (drag handle and menu), em. */
export const TOOLS_WIDTH = 3.2;

/** Whether a cell of this column can be edited on this row. */
export function isEditable(column: GridColumn, row: GridRow): boolean {
  if (row.kind === 'group' || row.kind === 'activity') return false;
  switch (column.kind) {
    case 'action':
      return row.action !== null;
    case 'output':
    case 'responsible':
    case 'successCriteria':
      return row.step !== null || (row.kind === 'action' && row.action !== null);
    case 'step':
    case 'month':
      return row.step !== null;
    default:
      return false;
  }
}

export function agencyLabel(
  agency: { name: string; shortName?: string | null } | null | undefined,
  text: string | null | undefined,
): string {
  return agency?.shortName ?? agency?.name ?? text ?? '';
}

/** The text a cell shows / starts editing with. */
export function cellText(column: GridColumn, row: GridRow): string {
  const { step, action, activity } = row;
  switch (column.kind) {
    case 'no':
      return String(row.groupNo);
    case 'area':
      return activity.area?.name ?? '';
    case 'indicator':
      return activity.indicator?.name ?? '';
    case 'program':
      return row.program?.name ?? '';
    case 'activity':
      return activity.name;
    case 'action':
      return action?.name ?? '';
    case 'output':
      return (step ? step.output : action?.output) ?? '';
    case 'responsible':
      return step
        ? agencyLabel(step.responsibleAgency, step.responsibleText)
        : agencyLabel(action?.responsibleAgency, action?.responsibleText);
    case 'step':
      return step?.name ?? '';
    case 'successCriteria':
      return (step ? step.successCriteria : action?.successCriteria) ?? '';
    default:
      return '';
  }
}
