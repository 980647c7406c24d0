import { describe, expect, it } from 'vitest';
import { planProgress } from './progress.ts';

const step = (id: string, months: number[], realizations: { month: number; status: 'DONE' | 'PARTIAL' | 'NOT_DONE' }[] = []) => ({
  id,
  months,
  realizations,
});

describe('planProgress', () => {
  // Reporting month March. Area 1: action x (Jan DONE, Feb PARTIAL) and action y (Feb nothing → overdue);
  // a group without an area: action z scheduled in June only (nothing planned yet).
  const plan = {
    activities: [
      {
        id: 'act-1',
        area: { id: 'area-1' },
        actions: [
          {
            id: 'x',
            steps: [
              step(
                's1',
                [1, 2],
                [
                  { month: 1, status: 'DONE' },
                  { month: 2, status: 'PARTIAL' },
                ],
              ),
            ],
          },
          { id: 'y', steps: [step('s2', [2])] },
        ],
      },
      { id: 'act-2', area: null, actions: [{ id: 'z', steps: [step('s3', [6])] }] },
    ],
  };

  it('counts planned and realized step-months per action, area group and plan', () => {
    const p = planProgress(plan, 3);
    expect(p.byAction.get('x')).toMatchObject({ planned: 2, realized: 1.5, progressPct: 75 });
    expect(p.byAction.get('y')).toMatchObject({ planned: 1, realized: 0, overdue: 1, progressPct: 0 });
    expect(p.byAction.get('z')).toMatchObject({ planned: 0, progressPct: null });
    expect(p.byGroup.get('area:area-1')).toMatchObject({ planned: 3, realized: 1.5, progressPct: 50 });
    expect(p.byGroup.get('activity:act-2')?.planned).toBe(0);
    expect(p.plan).toMatchObject({ planned: 3, done: 1, partial: 1, overdue: 1, progressPct: 50 });
    expect(p.overdueSteps).toBe(1);
  });

  it('moves with the reporting month', () => {
    const p = planProgress(plan, 12);
    expect(p.plan.planned).toBe(4);
    expect(p.overdueSteps).toBe(2);
  });
});
