import { describe, expect, it } from 'vitest';
import { safeNextPath } from './signInSchema.ts';
import { defaultYear, parseYear, yearChoices } from './years.ts';

describe('years', () => {
  it('opens on this year when it has a plan, else on the latest plan year', () => {
    expect(defaultYear([2021, 2022], 2022)).toBe(2022);
    expect(defaultYear([2021, 2020], 2026)).toBe(2021);
    expect(defaultYear([], 2026)).toBe(2026);
    expect(defaultYear([], 2026, [2021])).toBe(2021);
    expect(defaultYear([2020], 2026, [2021])).toBe(2020);
  });

  it('offers plan years, road map years and this year, newest first', () => {
    expect(yearChoices([2021], [{ startYear: 2020, endYear: 2024 }], 2026)).toEqual([2026, 2024, 2023, 2022, 2021, 2020]);
  });

  it('reads only plausible years from the URL', () => {
    expect(parseYear('2021')).toBe(2021);
    expect(parseYear('21')).toBeNull();
    expect(parseYear('abcd')).toBeNull();
    expect(parseYear(null)).toBeNull();
  });
});

describe('safeNextPath', () => {
  it('accepts in-app paths only', () => {
    expect(safeNextPath('/gresik/work-plans?year=2020')).toBe('/gresik/work-plans?year=2020');
    expect(safeNextPath('//evil.example')).toBeNull();
    expect(safeNextPath('https://evil.example')).toBeNull();
    expect(safeNextPath('/sign-in?next=/x')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
