import { describe, expect, it } from 'vitest';
import { sumDecimals } from './budget.ts';
import { buildGridRows, type Plan } from './gridRows.ts';

type Activity = Plan['activities'][number];
type Action = Activity['actions'][number];
type Step = Action['steps'][number];

const area = (id: string, name: string) => ({ __typename: 'Area' as const, id, kind: 'CHANGE_MANAGEMENT' as const, name, sortOrder: 1 });
const step = (id: string, sortOrder: number, months: number[]): Step => ({
  id,
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
  years: [],
  successCriteria: null,
  sortOrder,
  version: 1,
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

  it('makes one row per step, in sort order, with rows for parents without children', () => {
    const rows = buildGridRows(plan);
    expect(rows.map((r) => r.id)).toEqual(['s-1', 's-2', 's-3', 'action:ac-3', 'activity:act-3']);
    expect(rows.map((r) => r.kind)).toEqual(['step', 'step', 'step', 'action', 'activity']);
  });

  it('numbers the area groups and marks where each run starts', () => {
    const rows = buildGridRows(plan);
    expect(rows.map((r) => r.groupNo)).toEqual([1, 1, 1, 1, 2]);
    expect(rows.map((r) => r.startsGroup)).toEqual([true, false, false, false, true]);
    expect(rows.map((r) => r.startsActivity)).toEqual([true, false, false, true, true]);
    expect(rows.map((r) => r.startsAction)).toEqual([true, false, true, true, false]);
  });

  it('keeps the scheduled months of each step', () => {
    const [first, second] = buildGridRows(plan);
    expect([...(first?.months ?? [])]).toEqual([1, 2, 3]);
    expect(second?.months.has(12)).toBe(true);
  });

  it('handles 5,000 steps quickly', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => step(`s${i}`, i, [((i % 12) + 1) as number]));
    const big = { programs: [], activities: [activity('a', 1, a1, [action('x', 1, steps)])] };
    const t0 = performance.now();
    const rows = buildGridRows(big);
    expect(rows).toHaveLength(5000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('sumDecimals', () => {
  it('adds decimal strings exactly', () => {
    expect(sumDecimals(['1018175000.00', '2500.5', null])).toBe('1018177500.50');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals([null, undefined])).toBeNull();
  });
});
