// Flattens a plan (area → indicator → activity → action → step) into the rows
// of the month grid: one header row per area group (collapsible), then one
// row per step as the official documents print it. Cells of a parent (area,
// indicator, activity, action) are shown on the first row of their run — like
// merged cells — and carried on every row for screen readers and the editor.
// Filters (area, responsible agency, month, status, text) hide steps; groups
// without a visible step disappear.
import type { WorkPlanQuery } from '../../../gql/graphql.ts';
import { type StepStatus, stepStatus } from './progress.ts';

export type Plan = NonNullable<WorkPlanQuery['workPlan']>;
export type PlanActivity = Plan['activities'][number];
export type PlanAction = PlanActivity['actions'][number];
export type PlanStep = PlanAction['steps'][number];
export type PlanProgram = Plan['programs'][number];

export type GridRowKind = 'group' | 'step' | 'action' | 'activity';

export interface GridRow {
  /** Stable row id: the step id, or `action:<id>` / `activity:<id>` / `group:<key>`. */
  id: string;
  kind: GridRowKind;
  /** The collapsible area group (`area:<id>`, or `activity:<id>` without an area). */
  groupKey: string;
  /** 1-based number of the area (or, without areas, the activity) the row belongs to. */
  groupNo: number;
  /** First row of its area group: shows No and Area. */
  startsGroup: boolean;
  /** First row of a run of activities with the same indicator. */
  startsIndicator: boolean;
  /** First row of a program run (performance agreement plans). */
  startsProgram: boolean;
  startsActivity: boolean;
  startsAction: boolean;
  activity: PlanActivity;
  action: PlanAction | null;
  step: PlanStep | null;
  program: PlanProgram | null;
  /** Group rows: whether the group is collapsed; action rows: whether the action's steps are folded. */
  collapsed: boolean;
  /** Group rows: the steps of the group (after filters). */
  groupSteps: readonly PlanStep[];
}

export interface GridFilters {
  area?: string | null;
  /** Responsible agency (of the step, else of its action). */
  agency?: string | null;
  month?: number | null;
  status?: StepStatus | 'changed' | null;
  q?: string | null;
}

export interface GridRowOptions {
  filters?: GridFilters;
  /** Collapsed group keys and `action:<id>` keys. */
  collapsed?: ReadonlySet<string>;
  reportingMonth?: number;
  /** Baseline months by step id (for the "changed" status filter). */
  baseline?: ReadonlyMap<string, readonly number[]> | null;
}

const bySortOrder = <T extends { sortOrder: number }>(items: readonly T[]) => [...items].sort((a, b) => a.sortOrder - b.sortOrder);

function sameMonths(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** Whether a step passes the filters. */
export function stepMatches(step: PlanStep, action: PlanAction, activity: PlanActivity, opts: GridRowOptions): boolean {
  const f = opts.filters;
  if (!f) return true;
  if (f.area && activity.area?.id !== f.area) return false;
  if (f.agency && (step.responsibleAgency?.id ?? action.responsibleAgency?.id) !== f.agency) return false;
  if (f.month && !step.months.includes(f.month)) return false;
  if (f.status) {
    if (f.status === 'changed') {
      const base = opts.baseline?.get(step.id);
      if (base && sameMonths(base, step.months)) return false;
      if (!base && !opts.baseline) return false;
    } else if (stepStatus(step, opts.reportingMonth ?? 12) !== f.status) return false;
  }
  if (f.q) {
    const q = f.q.toLocaleLowerCase('id');
    const texts = [
      step.name,
      step.output,
      step.successCriteria,
      step.responsibleText,
      step.responsibleAgency?.name,
      step.responsibleAgency?.shortName,
      action.name,
      action.output,
      action.responsibleText,
      activity.name,
      activity.area?.name,
      activity.indicator?.name,
    ];
    if (!texts.some((t) => t?.toLocaleLowerCase('id').includes(q))) return false;
  }
  return true;
}

function hasFilters(f: GridFilters | undefined) {
  return Boolean(f && (f.area || f.agency || f.month || f.status || f.q));
}

export function buildGridRows(plan: Pick<Plan, 'activities' | 'programs'>, opts: GridRowOptions = {}): GridRow[] {
  const programs = new Map(plan.programs.map((program) => [program.id, program]));
  const collapsed = opts.collapsed ?? new Set<string>();
  const filtering = hasFilters(opts.filters);
  const rows: GridRow[] = [];
  let groupNo = 0;
  let previousGroupKey: string | null = null;
  let previousIndicatorKey: string | null = null;
  let previousProgramKey: string | null = null;
  let groupRow: GridRow | null = null;
  let groupSteps: PlanStep[] = [];

  const closeGroup = () => {
    if (groupRow) {
      groupRow.groupSteps = groupSteps;
      if (filtering && groupSteps.length === 0) {
        // Drop the group and its rows: nothing in it matches.
        const at = rows.indexOf(groupRow);
        rows.length = at;
        groupNo -= 1;
      }
    }
  };

  for (const activity of bySortOrder(plan.activities)) {
    const groupKey = activity.area ? `area:${activity.area.id}` : `activity:${activity.id}`;
    const startsGroup = groupKey !== previousGroupKey;
    if (startsGroup) {
      closeGroup();
      groupNo += 1;
      previousIndicatorKey = null;
      groupSteps = [];
      groupRow = {
        id: `group:${groupKey}`,
        kind: 'group',
        groupKey,
        groupNo,
        startsGroup: true,
        startsIndicator: false,
        startsProgram: false,
        startsActivity: false,
        startsAction: false,
        activity,
        action: null,
        step: null,
        program: null,
        collapsed: collapsed.has(groupKey),
        groupSteps: [],
      };
      rows.push(groupRow);
    }
    previousGroupKey = groupKey;
    const groupCollapsed = collapsed.has(groupKey);
    const indicatorKey = activity.indicator ? `indicator:${activity.indicator.id}` : `none:${activity.id}`;
    const startsIndicator = indicatorKey !== previousIndicatorKey;
    previousIndicatorKey = indicatorKey;
    const program = activity.programId ? (programs.get(activity.programId) ?? null) : null;
    const programKey = program ? program.id : `none:${activity.id}`;
    const startsProgram = programKey !== previousProgramKey;
    previousProgramKey = programKey;

    const base = { groupKey, groupNo, activity, program, groupSteps: [] as PlanStep[] };
    let firstOfActivity = true;
    let firstOfGroup = startsGroup;
    const take = () => {
      const flags = {
        startsGroup: firstOfGroup,
        startsIndicator: startsIndicator && firstOfActivity,
        startsProgram: startsProgram && firstOfActivity,
        startsActivity: firstOfActivity,
      };
      firstOfActivity = false;
      firstOfGroup = false;
      return flags;
    };
    const push = (row: GridRow) => {
      if (!groupCollapsed) rows.push(row);
    };

    const actions = bySortOrder(activity.actions);
    if (actions.length === 0) {
      if (filtering) continue;
      push({
        ...base,
        ...take(),
        id: `activity:${activity.id}`,
        kind: 'activity',
        startsAction: false,
        action: null,
        step: null,
        collapsed: false,
      });
      continue;
    }
    for (const action of actions) {
      const steps = bySortOrder(action.steps).filter((step) => stepMatches(step, action, activity, opts));
      groupSteps.push(...steps);
      const actionCollapsed = collapsed.has(`action:${action.id}`);
      if (steps.length === 0 || actionCollapsed) {
        if (filtering && steps.length === 0) continue;
        push({
          ...base,
          ...take(),
          id: `action:${action.id}`,
          kind: 'action',
          startsAction: true,
          action,
          step: null,
          collapsed: actionCollapsed,
        });
        continue;
      }
      steps.forEach((step, index) => {
        push({ ...base, ...take(), id: step.id, kind: 'step', startsAction: index === 0, action, step, collapsed: false });
      });
    }
  }
  closeGroup();
  return rows;
}

/** Where a step or action sits: its area group and action, to expand and scroll to it. */
export function locate(plan: Pick<Plan, 'activities'>, id: string): { groupKey: string; actionId: string; stepId: string | null } | null {
  for (const activity of plan.activities) {
    const groupKey = activity.area ? `area:${activity.area.id}` : `activity:${activity.id}`;
    for (const action of activity.actions) {
      if (action.id === id) return { groupKey, actionId: action.id, stepId: null };
      for (const step of action.steps) if (step.id === id) return { groupKey, actionId: action.id, stepId: step.id };
    }
  }
  return null;
}
