import { describe, expect, it } from 'vitest';
import { yearPeriods } from './entry.ts';
import { checkText, type EntryIndicator, editableText, inputFor, planPaste, valueAt } from './entryCells.ts';

const value = (kind: 'BASELINE' | 'TARGET' | 'REALIZATION', year: number, quarter: number, numericValue: string | null, extra = {}) => ({
  id: `${kind}-${year}-${quarter}`,
  kind,
  year,
  quarter,
  month: 0,
  numericValue,
  categoryValue: null,
  textValue: numericValue,
  notAvailable: false,
  note: null,
  source: null,
  version: 3,
  updatedAt: '2026-11-22T10:00:00.000Z',
  enteredBy: null,
  ...extra,
});

const indicator = (id: string, over: Partial<EntryIndicator> = {}): EntryIndicator =>
  ({
    id,
    code: id,
    name: `Indikator ${id}`,
    unit: '%',
    valueType: 'PERCENTAGE',
    categories: [],
    scaleMin: null,
    scaleMax: null,
    direction: 'HIGHER_IS_BETTER',
    scope: 'PERFORMANCE_AGREEMENT',
    roadmapId: null,
    canEdit: true,
    ownerAgency: null,
    goal: null,
    area: null,
    values: [],
    ...over,
  }) as EntryIndicator;

const periods = yearPeriods(2020); // B, T, R, T1, R1, T2, R2, T3, R3, T4, R4
const all = () => true;

describe('entry cells', () => {
  it('shows the latest baseline in the baseline column and keeps its year when edited', () => {
    const spbe = indicator('a', {
      valueType: 'SCORE',
      unit: 'Indeks',
      values: [value('BASELINE', 2014, 0, '2'), value('BASELINE', 2018, 0, '2.53')],
    });
    const baseline = periods[0]!;
    expect(editableText(valueAt(spbe, baseline), spbe)).toBe('2,53');
    expect(inputFor(spbe, baseline, '2,6')).toEqual({
      indicatorId: 'a',
      kind: 'BASELINE',
      year: 2018,
      quarter: 0,
      text: '2,6',
      version: 3,
    });
  });

  it('checks typed text the Indonesian way, in the UI language', () => {
    const level = indicator('b', { valueType: 'LEVEL', unit: 'Level 1-5', scaleMin: '1', scaleMax: '5' });
    expect(checkText(level, '3', false)).toBeNull();
    expect(checkText(level, 'n.a', false)).toBeNull();
    expect(checkText(level, '', false)).toBeNull(); // empty removes the value
    expect(checkText(level, '7', false)).toBe('Nilai harus antara 1 dan 5.');
    expect(checkText(level, '7', true)).toBe('The value must be between 1 and 5.');
  });
});

describe('planPaste', () => {
  const rows = [indicator('a', { values: [value('REALIZATION', 2020, 1, '20')] }), indicator('b'), indicator('c', { canEdit: false })];

  it('plans a block from the anchor, leaving out unchanged and empty cells', () => {
    // Anchor: row a, column "Realisasi TW I" (index 4); block 2 × 2.
    const plan = planPaste(
      [
        ['20%', '30%'],
        ['', '43,84'],
      ],
      { row: 0, col: 4 },
      rows,
      periods,
      all,
      false,
    );
    expect(plan).toEqual({
      ok: true,
      inputs: [
        { indicatorId: 'a', kind: 'TARGET', year: 2020, quarter: 2, text: '30%' },
        { indicatorId: 'b', kind: 'TARGET', year: 2020, quarter: 2, text: '43,84' },
      ],
      cells: [
        { row: 0, col: 5 },
        { row: 1, col: 5 },
      ],
    });
  });

  it('refuses the whole block for an invalid value, a read-only cell or a block beyond the table', () => {
    expect(planPaste([['96%'], ['tidak tahu']], { row: 0, col: 2 }, rows, periods, all, false)).toMatchObject({
      ok: false,
      reason: 'invalid',
      name: 'Indikator b',
      row: 1,
      col: 2,
    });
    const editable = (row: number) => rows[row]?.canEdit === true;
    expect(planPaste([['1'], ['2'], ['3']], { row: 0, col: 2 }, rows, periods, editable, false)).toEqual({
      ok: false,
      reason: 'readOnly',
      name: 'Indikator c',
    });
    expect(planPaste([['1', '2']], { row: 0, col: periods.length - 1 }, rows, periods, all, false)).toEqual({
      ok: false,
      reason: 'tooBig',
    });
  });
});
