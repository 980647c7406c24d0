// Flattens a plan (activity → action → step) into the rows of the month grid,
// one row per step, as the official documents print it. Cells of a parent
// (area, indicator, activity, action) are shown on the first row of their run
// — like merged cells — and carried on every row for screen readers and for
// the editor to come.
import type { WorkPlanQuery } from '../../../gql/graphql.ts';

export type Plan = NonNullable<WorkPlanQuery['workPlan']>;
export type PlanActivity = Plan['activities'][number];
export type PlanAction = PlanActivity['actions'][number];
export type PlanStep = PlanAction['steps'][number];
export type PlanProgram = Plan['programs'][number];

export type GridRowKind = 'step' | 'action' | 'activity';

export interface GridRow {
  /** Stable row id: the step id, or `action:<id>` / `activity:<id>` for parents without children. */
  id: string;
  kind: GridRowKind;
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
  /** Scheduled months 1–12 of the step. */
  months: ReadonlySet<number>;
}

const NO_MONTHS: ReadonlySet<number> = new Set();

const bySortOrder = <T extends { sortOrder: number }>(items: readonly T[]) => [...items].sort((a, b) => a.sortOrder - b.sortOrder);

export function buildGridRows(plan: Pick<Plan, 'activities' | 'programs'>): GridRow[] {
  const programs = new Map(plan.programs.map((program) => [program.id, program]));
  const rows: GridRow[] = [];
  let groupNo = 0;
  let previousGroupKey: string | null = null;
  let previousIndicatorKey: string | null = null;
  let previousProgramKey: string | null = null;

  // The API returns activities in document order; sortOrder is a tiebreaker-safe re-sort.
  for (const activity of bySortOrder(plan.activities)) {
    const groupKey = activity.area ? `area:${activity.area.id}` : `activity:${activity.id}`;
    const startsGroup = groupKey !== previousGroupKey;
    if (startsGroup) {
      groupNo += 1;
      previousIndicatorKey = null;
    }
    previousGroupKey = groupKey;
    const indicatorKey = activity.indicator ? `indicator:${activity.indicator.id}` : `none:${activity.id}`;
    const startsIndicator = indicatorKey !== previousIndicatorKey;
    previousIndicatorKey = indicatorKey;
    const program = activity.programId ? (programs.get(activity.programId) ?? null) : null;
    const programKey = program ? program.id : `none:${activity.id}`;
    const startsProgram = programKey !== previousProgramKey;
    previousProgramKey = programKey;

    const base = { groupNo, activity, program };
    let firstOfActivity = true;
    const take = () => {
      const flags = {
        startsGroup: startsGroup && firstOfActivity,
        startsIndicator: startsIndicator && firstOfActivity,
        startsProgram: startsProgram && firstOfActivity,
        startsActivity: firstOfActivity,
      };
      firstOfActivity = false;
      return flags;
    };

    const actions = bySortOrder(activity.actions);
    if (actions.length === 0) {
      rows.push({
        ...base,
        ...take(),
        id: `activity:${activity.id}`,
        kind: 'activity',
        startsAction: false,
        action: null,
        step: null,
        months: NO_MONTHS,
      });
      continue;
    }
    for (const action of actions) {
      const steps = bySortOrder(action.steps);
      if (steps.length === 0) {
        rows.push({
          ...base,
          ...take(),
          id: `action:${action.id}`,
          kind: 'action',
          startsAction: true,
          action,
          step: null,
          months: NO_MONTHS,
        });
        continue;
      }
      steps.forEach((step, index) => {
        rows.push({
          ...base,
          ...take(),
          id: step.id,
          kind: 'step',
          startsAction: index === 0,
          action,
          step,
          months: new Set(step.months),
        });
      });
    }
  }
  return rows;
}
