import { describe, expect, it } from 'vitest';
import { isPeriodLocked, parseClipboardBlock, roadmapPeriods, yearPeriods } from './entry.ts';

describe('entry periods', () => {
  it('lists the baseline and each road-map year as target + realization', () => {
    const periods = roadmapPeriods(2020, 2024, 2018);
    expect(periods).toHaveLength(11);
    expect(periods[0]).toMatchObject({ kind: 'BASELINE', year: 2018, quarter: 0 });
    expect(periods.slice(1, 3).map((p) => p.key)).toEqual(['TARGET:2020:0', 'REALIZATION:2020:0']);
  });

  it('lists a year with its quarters', () => {
    const periods = yearPeriods(2020);
    expect(periods.map((p) => `${p.kind[0]}${p.quarter}`)).toEqual(['B0', 'T0', 'R0', 'T1', 'R1', 'T2', 'R2', 'T3', 'R3', 'T4', 'R4']);
    expect(periods[0]?.year).toBe(2019);
  });

  it('closes a quarter with its year lock or its own lock, not after a reopen', () => {
    expect(isPeriodLocked([{ year: 2020, quarter: 0 }], { year: 2020, quarter: 3 })).toBe(true);
    expect(isPeriodLocked([{ year: 2020, quarter: 2 }], { year: 2020, quarter: 3 })).toBe(false);
    expect(isPeriodLocked([{ year: 2020, quarter: 3, reopenedAt: '2026-01-01' }], { year: 2020, quarter: 3 })).toBe(false);
  });
});

describe('parseClipboardBlock', () => {
  it('reads spreadsheet blocks with Indonesian numbers intact', () => {
    expect(parseClipboardBlock('43,84\t73%\r\nWTP\tn.a\r\n')).toEqual([
      ['43,84', '73%'],
      ['WTP', 'n.a'],
    ]);
    expect(parseClipboardBlock('1.018.175.000')).toEqual([['1.018.175.000']]);
  });
});
