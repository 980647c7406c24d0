// Planned vs realized counts and progress % per action, area group and plan
// at a reporting month, with the domain's rule (PROGRESS_RULE).
import { type ScheduleProgress, type StepStatus, scheduleProgress, stepStatus } from '@rb/domain';

export type { ScheduleProgress, StepStatus };
export { stepStatus };

interface ProgressStep {
  id: string;
  months: readonly number[];
  realizations: readonly { month: number; status: 'DONE' | 'PARTIAL' | 'NOT_DONE' }[];
}
interface ProgressPlan {
  activities: readonly {
    id: string;
    area?: { id: string } | null;
    actions: readonly { id: string; steps: readonly ProgressStep[] }[];
  }[];
}

export interface PlanProgress {
  plan: ScheduleProgress;
  byAction: Map<string, ScheduleProgress>;
  /** By area group key (`area:<id>` or `activity:<id>`). */
  byGroup: Map<string, ScheduleProgress>;
  /** Steps overdue at the reporting month. */
  overdueSteps: number;
}

export function planProgress(plan: ProgressPlan, reportingMonth: number): PlanProgress {
  const byAction = new Map<string, ScheduleProgress>();
  const groupSteps = new Map<string, ProgressStep[]>();
  const all: ProgressStep[] = [];
  let overdueSteps = 0;
  for (const activity of plan.activities) {
    const key = activity.area ? `area:${activity.area.id}` : `activity:${activity.id}`;
    const list = groupSteps.get(key) ?? [];
    groupSteps.set(key, list);
    for (const action of activity.actions) {
      byAction.set(action.id, scheduleProgress(action.steps, reportingMonth));
      list.push(...action.steps);
      all.push(...action.steps);
      for (const step of action.steps) if (stepStatus(step, reportingMonth) === 'overdue') overdueSteps++;
    }
  }
  const byGroup = new Map([...groupSteps].map(([key, steps]) => [key, scheduleProgress(steps, reportingMonth)]));
  return { plan: scheduleProgress(all, reportingMonth), byAction, byGroup, overdueSteps };
}
