import { describe, expect, it } from 'vitest';
import { sumDecimals } from './budget.ts';
import { buildGridRows, locate, type Plan } from './gridRows.ts';

type Activity = Plan['activities'][number];
type Action = Activity['actions'][number];
type Step = Action['steps'][number];

const area = (id: string, name: string) => ({ __typename: 'Area' as const, id, kind: 'CHANGE_MANAGEMENT' as const, name, sortOrder: 1 });
const step = (id: string, sortOrder: number, months: number[], realizations: Step['realizations'] = []): Step => ({
  id,
  actionId: 'x',
  realizations,
  name: `Step ${id}`,
  output: null,
  successCriteria: null,
  responsibleText: null,
  responsibleAgency: null,
  months,
  sortOrder,
  version: 1,
});
const action = (id: string, sortOrder: number, steps: Step[]): Action => ({
  id,
  code: null,
  name: `Action ${id}`,
  output: `Output ${id}`,
  responsibleText: 'Bag. Organisasi Setda',
  responsibleAgency: null,
  budget: null,
  years: [],
  successCriteria: null,
  sortOrder,
  version: 1,
  activityId: 'y',
  steps,
});
const activity = (id: string, sortOrder: number, areaRef: ReturnType<typeof area> | null, actions: Action[]): Activity => ({
  id,
  code: null,
  name: `Activity ${id}`,
  budget: null,
  programId: null,
  sortOrder,
  version: 1,
  area: areaRef,
  indicator: null,
  actions,
});

describe('buildGridRows', () => {
  const a1 = area('area-1', 'Manajemen Perubahan');
  const a2 = area('area-2', 'Deregulasi Kebijakan');
  const plan = {
    programs: [],
    activities: [
      activity('act-2', 2, a1, [action('ac-3', 1, [])]),
      activity('act-1', 1, a1, [
        action('ac-1', 1, [step('s-1', 1, [1, 2, 3]), step('s-2', 2, [12])]),
        action('ac-2', 2, [step('s-3', 1, [])]),
      ]),
      activity('act-3', 3, a2, []),
    ],
  };

  it('makes a header row per area group and one row per step, in sort order, with rows for parents without children', () => {
    const rows = buildGridRows(plan);
    expect(rows.map((r) => r.id)).toEqual(['group:area:area-1', 's-1', 's-2', 's-3', 'action:ac-3', 'group:area:area-2', 'activity:act-3']);
    expect(rows.map((r) => r.kind)).toEqual(['group', 'step', 'step', 'step', 'action', 'group', 'activity']);
    expect(rows[0]?.groupSteps.map((s) => s.id)).toEqual(['s-1', 's-2', 's-3']);
  });

  it('numbers the area groups and marks where each run starts', () => {
    const rows = buildGridRows(plan).filter((r) => r.kind !== 'group');
    expect(rows.map((r) => r.groupNo)).toEqual([1, 1, 1, 1, 2]);
    expect(rows.map((r) => r.startsGroup)).toEqual([true, false, false, false, true]);
    expect(rows.map((r) => r.startsActivity)).toEqual([true, false, false, true, true]);
    expect(rows.map((r) => r.startsAction)).toEqual([true, false, true, true, false]);
  });

  it('folds a collapsed group and a collapsed action', () => {
    const rows = buildGridRows(plan, { collapsed: new Set(['area:area-1', 'action:ac-9']) });
    expect(rows.map((r) => r.id)).toEqual(['group:area:area-1', 'group:area:area-2', 'activity:act-3']);
    expect(rows[0]?.collapsed).toBe(true);
    const folded = buildGridRows(plan, { collapsed: new Set(['action:ac-1']) });
    expect(folded.map((r) => r.id).slice(0, 3)).toEqual(['group:area:area-1', 'action:ac-1', 's-3']);
  });

  it('filters by month, text, area and status, hiding empty groups', () => {
    expect(buildGridRows(plan, { filters: { month: 12 } }).map((r) => r.id)).toEqual(['group:area:area-1', 's-2']);
    expect(buildGridRows(plan, { filters: { q: 'step S-3' } }).map((r) => r.id)).toEqual(['group:area:area-1', 's-3']);
    expect(buildGridRows(plan, { filters: { area: 'area-2' } })).toEqual([]);
    expect(buildGridRows(plan, { filters: { status: 'unscheduled' }, reportingMonth: 6 }).map((r) => r.id)).toEqual([
      'group:area:area-1',
      's-3',
    ]);
    expect(buildGridRows(plan, { filters: { status: 'overdue' }, reportingMonth: 6 }).map((r) => r.id)).toEqual([
      'group:area:area-1',
      's-1',
    ]);
    const baseline = new Map([
      ['s-1', [1, 2, 3]],
      ['s-2', [11]],
    ]);
    expect(buildGridRows(plan, { filters: { status: 'changed' }, baseline }).map((r) => r.id)).toEqual(['group:area:area-1', 's-2', 's-3']);
  });

  it('locates a step or an action for a focus link', () => {
    expect(locate(plan, 's-2')).toEqual({ groupKey: 'area:area-1', actionId: 'ac-1', stepId: 's-2' });
    expect(locate(plan, 'ac-3')).toEqual({ groupKey: 'area:area-1', actionId: 'ac-3', stepId: null });
    expect(locate(plan, 'nope')).toBeNull();
  });

  // Its speed is measured by `pnpm bench:grid` (a timed test fails on a busy machine, not on slow code).
  it('builds the rows of 5,000 steps, one per step in order after the group row', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => step(`s${i}`, i, [((i % 12) + 1) as number]));
    const big = { programs: [], activities: [activity('a', 1, a1, [action('x', 1, steps)])] };
    const rows = buildGridRows(big);
    expect(rows).toHaveLength(5001);
    expect(rows.at(-1)?.step?.id).toBe('s4999');
  });
});

describe('sumDecimals', () => {
  it('adds decimal strings exactly', () => {
    expect(sumDecimals(['1018175000.00', '2500.5', null])).toBe('1018177500.50');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals([null, undefined])).toBeNull();
  });
});
