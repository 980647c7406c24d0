import { describe, expect, it } from 'vitest';
import {
  baselineDiff,
  defaultReportingMonth,
  isMonth,
  MONTHS_EN,
  MONTHS_ID,
  monthsToQuarters,
  normalizeMonths,
  overdueMonths,
  PROGRESS_RULE,
  parseMonthMark,
  quarterOfMonth,
  STEP_STATUSES,
  scheduleProgress,
  stepStatus,
  toggleMonth,
} from './schedule.ts';

describe('month names', () => {
  it('has twelve Indonesian and English abbreviations', () => {
    expect(MONTHS_ID).toHaveLength(12);
    expect(MONTHS_EN).toHaveLength(12);
    expect(MONTHS_ID[4]).toBe('Mei');
    expect(MONTHS_ID[7]).toBe('Ags');
    expect(MONTHS_ID[9]).toBe('Okt');
    expect(MONTHS_ID[11]).toBe('Des');
    expect(MONTHS_EN[7]).toBe('Aug');
  });
});

describe('normalizeMonths / toggleMonth', () => {
  it('sorts and removes duplicates', () => {
    expect(normalizeMonths([3, 1, 3, 12, 2])).toEqual([1, 2, 3, 12]);
    expect(normalizeMonths([])).toEqual([]);
  });

  it.each([[0], [13], [1.5], [Number.NaN], [-1]])('refuses %s', (bad) => {
    expect(() => normalizeMonths([1, bad])).toThrow(RangeError);
  });

  it('isMonth', () => {
    expect(isMonth(1)).toBe(true);
    expect(isMonth(12)).toBe(true);
    expect(isMonth('1')).toBe(false);
    expect(isMonth(0)).toBe(false);
  });

  it('toggles', () => {
    expect(toggleMonth([1, 3], 2)).toEqual([1, 2, 3]);
    expect(toggleMonth([1, 2, 3], 2)).toEqual([1, 3]);
    expect(toggleMonth([], 12)).toEqual([12]);
    expect(() => toggleMonth([1], 13)).toThrow(RangeError);
  });

  it('does not mutate its input', () => {
    const months = [3, 1];
    toggleMonth(months, 2);
    normalizeMonths(months);
    expect(months).toEqual([3, 1]);
  });
});

describe('parseMonthMark', () => {
  it.each(['√', 'V', 'v', 'x', 'X', '✓', '✔', '1', ' √ '])('%j is a mark', (cell) => {
    expect(parseMonthMark(cell)).toBe(true);
  });
  it.each(['', ' ', '-', '–', '0'])('%j is empty', (cell) => {
    expect(parseMonthMark(cell)).toBe(false);
  });
  it.each(['?', 'Jan', '√√', '2'])('%j is not recognised', (cell) => {
    expect(parseMonthMark(cell)).toBeNull();
  });

  it('reads a real Probolinggo schedule row (Jan–Mar marked)', () => {
    const row = '| √ | √ | √ | | | | | | | | | |';
    const cells = row.slice(1, -1).split('|');
    const months = cells.flatMap((cell, i) => (parseMonthMark(cell) ? [i + 1] : []));
    expect(months).toEqual([1, 2, 3]);
  });
});

describe('quarters', () => {
  it('maps months to quarters', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(monthsToQuarters([12, 1, 2, 7])).toEqual([1, 3, 4]);
    expect(monthsToQuarters([])).toEqual([]);
    expect(() => quarterOfMonth(0)).toThrow(RangeError);
  });
});

describe('baselineDiff', () => {
  it('lists added and removed months', () => {
    expect(baselineDiff([1, 2, 3], [2, 3, 4, 5])).toEqual({ added: [4, 5], removed: [1] });
    expect(baselineDiff([3, 1], [1, 3])).toEqual({ added: [], removed: [] });
    expect(baselineDiff([], [6])).toEqual({ added: [6], removed: [] });
  });
});

describe('scheduleProgress', () => {
  // Worked example, reporting month April (4):
  // step A: Jan, Feb, Mar scheduled; Jan DONE, Feb PARTIAL, Mar nothing
  //   → planned 3, done 1, partial 1, overdue 1 (Mar)
  // step B: Mar, Apr, Mei scheduled; Mar NOT_DONE, Apr nothing, Mei DONE (after the reporting month)
  //   → planned 2 (Mar, Apr), overdue 1 (Mar; Apr is the reporting month itself, not overdue)
  // step C: Jan–Des scheduled; Apr DONE, Jun DONE (after the reporting month, not counted)
  //   → planned 4 (Jan–Apr), done 1, overdue 3 (Jan–Mar)
  // step D: Jun only → nothing planned yet; a DONE in Feb (unscheduled) is ignored
  // totals: planned 9, done 2, partial 1, realized 2.5, overdue 5, progress 2.5 / 9 = 27.78 %
  const steps = [
    {
      months: [1, 2, 3],
      realizations: [
        { month: 1, status: 'DONE' as const },
        { month: 2, status: 'PARTIAL' as const },
      ],
    },
    {
      months: [5, 4, 3],
      realizations: [
        { month: 3, status: 'NOT_DONE' as const },
        { month: 5, status: 'DONE' as const },
      ],
    },
    {
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      realizations: [
        { month: 4, status: 'DONE' as const },
        { month: 6, status: 'DONE' as const },
      ],
    },
    { months: [6], realizations: [{ month: 2, status: 'DONE' as const }] },
  ];

  it('follows the worked example', () => {
    expect(scheduleProgress(steps, 4)).toEqual({
      planned: 9,
      done: 2,
      partial: 1,
      realized: 2.5,
      overdue: 5,
      progressPct: 27.78,
    });
  });

  it('is null when nothing is planned yet', () => {
    expect(scheduleProgress([{ months: [6], realizations: [] }], 5)).toEqual({
      planned: 0,
      done: 0,
      partial: 0,
      realized: 0,
      overdue: 0,
      progressPct: null,
    });
    expect(scheduleProgress([], 12).progressPct).toBeNull();
  });

  it('reaches 100 when every scheduled month is done', () => {
    const step = {
      months: [1, 2],
      realizations: [
        { month: 1, status: 'DONE' as const },
        { month: 2, status: 'DONE' as const },
      ],
    };
    expect(scheduleProgress([step], 12)).toMatchObject({ planned: 2, done: 2, overdue: 0, progressPct: 100 });
  });

  it('does not count a partial month as overdue; the last realization of a month wins', () => {
    const step = {
      months: [1],
      realizations: [
        { month: 1, status: 'DONE' as const },
        { month: 1, status: 'PARTIAL' as const },
      ],
    };
    expect(scheduleProgress([step], 3)).toMatchObject({ done: 0, partial: 1, overdue: 0, progressPct: 50 });
  });

  it('refuses an invalid reporting month or step month', () => {
    expect(() => scheduleProgress([], 0)).toThrow(RangeError);
    expect(() => scheduleProgress([{ months: [13], realizations: [] }], 5)).toThrow(RangeError);
  });

  it('explains its rule in both languages', () => {
    expect(PROGRESS_RULE.id).toContain('½');
    expect(PROGRESS_RULE.en).toContain('overdue');
  });
});

describe('step status and overdue months', () => {
  const step = (months: number[], realizations: { month: number; status: 'DONE' | 'PARTIAL' | 'NOT_DONE' }[] = []) => ({
    months,
    realizations,
  });

  it('lists scheduled months before the reporting month that are not realized', () => {
    expect(overdueMonths(step([1, 2, 3, 4]), 3)).toEqual([1, 2]);
    expect(
      overdueMonths(
        step(
          [1, 2, 3],
          [
            { month: 1, status: 'DONE' },
            { month: 2, status: 'NOT_DONE' },
          ],
        ),
        4,
      ),
    ).toEqual([2, 3]);
    expect(overdueMonths(step([1, 2], [{ month: 1, status: 'PARTIAL' }]), 12)).toEqual([2]);
    expect(overdueMonths(step([5]), 5)).toEqual([]);
    expect(() => overdueMonths(step([1]), 0)).toThrow(RangeError);
  });

  it('classifies a step at the reporting month', () => {
    expect(stepStatus(step([]), 6)).toBe('unscheduled');
    expect(stepStatus(step([7, 8]), 6)).toBe('notStarted');
    expect(stepStatus(step([5, 6, 7]), 6)).toBe('overdue');
    expect(stepStatus(step([5, 6, 7], [{ month: 5, status: 'PARTIAL' }]), 6)).toBe('onTrack');
    expect(stepStatus(step([6, 7]), 6)).toBe('onTrack');
    expect(
      stepStatus(
        step(
          [1, 2],
          [
            { month: 1, status: 'DONE' },
            { month: 2, status: 'DONE' },
          ],
        ),
        1,
      ),
    ).toBe('done');
    expect(STEP_STATUSES).toHaveLength(5);
  });

  it('defaults the reporting month from the date and the plan year', () => {
    const today = new Date(2026, 10, 22); // 22 Nov 2026
    expect(defaultReportingMonth(2026, today)).toBe(11);
    expect(defaultReportingMonth(2021, today)).toBe(12);
    expect(defaultReportingMonth(2027, today)).toBe(1);
  });
});
