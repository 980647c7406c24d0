import { describe, expect, it } from 'vitest';
import { achievement, rollUpStatus, statusFor } from './achievement.ts';
import type { AchievementInput, CategoryAchievementRule } from './achievement.ts';

const up = (target: AchievementInput['target'], realization: AchievementInput['realization']) =>
  achievement({ target, realization, direction: 'HIGHER_IS_BETTER', valueType: 'NUMBER' });
const down = (target: AchievementInput['target'], realization: AchievementInput['realization']) =>
  achievement({ target, realization, direction: 'LOWER_IS_BETTER', valueType: 'NUMBER' });

describe('achievement: higher is better', () => {
  // Probolinggo road map, Tabel 2.1 (target 2019 vs realization 2019)
  it.each([
    ['APIP capability, Level 1-5', 'LEVEL', '3', '2', 66.67], // 2/3 = 66.666… → 66.67
    ['SPIP maturity, Skor 1-5', 'SCORE', '3', '3.0375', 101.25], // 3.0375/3 = 1.0125
    ['e-Procurement use, %', 'PERCENTAGE', '80', '83.07', 103.84], // 1.038375 → 103.84
    ['Indeks RB', 'SCORE', '62', '66.81', 107.76], // 1.0775806… → 107.76
    ['Indeks Profesionalitas ASN', 'SCORE', '88', '87.04', 98.91], // 0.989090… → 98.91
    ['Survei Kepuasan Masyarakat', 'SCORE', '80', '82.23', 102.79], // 1.027875 → 102.79
  ] as const)('%s: target %s, realization %s', (_name, valueType, target, realization, expected) => {
    expect(achievement({ target, realization, valueType })).toBe(expected);
  });

  it('rounds exactly, half away from zero', () => {
    expect(up('1', '1.015')).toBe(101.5); // 1.015 * 100 is 101.49999… in floating point
    expect(up('20000', '1')).toBe(0.01); // 0.005 → 0.01
    expect(up('3', '1')).toBe(33.33);
    expect(up('1018175000', '1018175000')).toBe(100);
  });

  it('is not capped above and is floored at 0', () => {
    expect(up('30', '33')).toBe(110);
    expect(up('5', '-2')).toBe(0);
  });

  it('treats a zero target as met by any non-negative realization', () => {
    expect(up('0', '0')).toBe(100);
    expect(up('0', '5')).toBe(100);
    expect(up('0', '-1')).toBe(0);
  });

  it('is not computable for a negative target', () => {
    expect(up('-5', '3')).toBeNull();
  });

  it('accepts numbers and parsed values', () => {
    expect(up(80, 60)).toBe(75);
    expect(up({ numericValue: '80', notAvailable: false }, { numericValue: '60.0000', notAvailable: false })).toBe(75);
  });

  it('returns null for missing or n.a values', () => {
    expect(up(null, '5')).toBeNull();
    expect(up('5', undefined)).toBeNull();
    expect(up('n.a', '5')).toBeNull();
    expect(up('5', { numericValue: null, notAvailable: true })).toBeNull();
    expect(up('5', { numericValue: '5', notAvailable: true })).toBeNull();
    expect(up('5', Number.NaN)).toBeNull();
    expect(up('1.000', '43,84')).toBeNull(); // only canonical decimals, never guessed
  });

  it('defaults to higher is better', () => {
    expect(achievement({ target: '10', realization: '12', valueType: 'NUMBER' })).toBe(120);
  });
});

describe('achievement: lower is better', () => {
  it('uses (target − (realization − target)) / target × 100', () => {
    expect(down('10', '12')).toBe(80); // (10 − 2) / 10
    expect(down('10', '5')).toBe(150); // (10 + 5) / 10
    expect(down('4', '0')).toBe(200);
    expect(down('10', '10')).toBe(100);
    expect(down('3', '4')).toBe(66.67); // 2/3
  });

  it('is floored at 0', () => {
    expect(down('10', '25')).toBe(0); // (10 − 15) / 10 = −50 → 0
  });

  it('with a zero target: met only at zero or below', () => {
    expect(down('0', '0')).toBe(100);
    expect(down('0', '1')).toBe(0);
  });
});

describe('achievement: categories', () => {
  const opinion = ['WTP', 'WDP', 'TW', 'TMP'];
  const grades = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'];
  const cat = (target: string, realization: string, categories = opinion, categoryRule?: CategoryAchievementRule) =>
    achievement({ target, realization, valueType: 'CATEGORY', categories, categoryRule });
  const share = (target: string, realization: string, categories = opinion) => cat(target, realization, categories, 'RANK_SHARE');

  it('is 100 at or better than the target, under either rule', () => {
    for (const rule of ['MET_OR_NOT', 'RANK_SHARE'] as const) {
      expect(cat('WTP', 'WTP', opinion, rule)).toBe(100);
      expect(cat('WDP', 'WTP', opinion, rule)).toBe(100);
      expect(cat('TMP', 'TMP', opinion, rule)).toBe(100);
      expect(cat('wtp', 'Wtp', opinion, rule)).toBe(100);
    }
  });

  it('is met or not met by default: any rank below the target is 0', () => {
    expect(cat('WTP', 'WDP')).toBe(0); // one rank below: not 66,67
    expect(cat('WTP', 'WDP', opinion, 'MET_OR_NOT')).toBe(0);
    expect(cat('WDP', 'WDP')).toBe(100); // the edge: the target's own rank is met
    expect(cat('WDP', 'TW')).toBe(0); // one below the edge
    expect(cat('BB', 'B', grades)).toBe(0);
    expect(achievement({ target: 'WTP', realization: 'WDP', valueType: 'CATEGORY', categories: opinion, categoryRule: null })).toBe(0);
  });

  it('with RANK_SHARE, is linear from the worst category (0) to the target (100) below it', () => {
    expect(share('WTP', 'WDP')).toBe(66.67); // (3 − 1) / (3 − 0)
    expect(share('WTP', 'TW')).toBe(33.33); // (3 − 2) / 3
    expect(share('WTP', 'TMP')).toBe(0);
    expect(share('WDP', 'TW')).toBe(50); // (3 − 2) / (3 − 1)
    expect(share('BB', 'B', grades)).toBe(75); // (6 − 3) / (6 − 2)
    expect(share('A', 'D', grades)).toBe(0);
  });

  it('accepts parsed category values and ignores the direction', () => {
    expect(
      achievement({
        target: { categoryValue: 'WTP' },
        realization: { categoryValue: 'WDP', notAvailable: false },
        valueType: 'CATEGORY',
        direction: 'LOWER_IS_BETTER',
        categories: opinion,
        categoryRule: 'RANK_SHARE',
      }),
    ).toBe(66.67);
  });

  it('is null for unknown categories, n.a or no category list', () => {
    expect(cat('WTP', 'Baik')).toBeNull();
    expect(share('WTP', 'Baik')).toBeNull();
    expect(achievement({ target: 'WTP', realization: { notAvailable: true }, valueType: 'CATEGORY', categories: opinion })).toBeNull();
    expect(achievement({ target: 'WTP', realization: 'WTP', valueType: 'CATEGORY' })).toBeNull();
  });
});

describe('achievement: text', () => {
  it('is never computed', () => {
    expect(achievement({ target: 'Ada', realization: 'Ada', valueType: 'TEXT' })).toBeNull();
  });
});

describe('statusFor', () => {
  it('uses the default thresholds 100 / 80', () => {
    expect(statusFor(100)).toBe('ON_TRACK');
    expect(statusFor(150)).toBe('ON_TRACK');
    expect(statusFor(99.99)).toBe('AT_RISK');
    expect(statusFor(80)).toBe('AT_RISK');
    expect(statusFor(79.99)).toBe('OFF_TRACK');
    expect(statusFor(0)).toBe('OFF_TRACK');
    expect(statusFor(null)).toBe('NO_DATA');
    expect(statusFor(undefined)).toBe('NO_DATA');
    expect(statusFor(Number.NaN)).toBe('NO_DATA');
  });

  it('uses custom thresholds', () => {
    const t = { onTrackMin: 90, atRiskMin: 70 };
    expect(statusFor(95, t)).toBe('ON_TRACK');
    expect(statusFor(85, t)).toBe('AT_RISK');
    expect(statusFor(69.99, t)).toBe('OFF_TRACK');
    expect(() => statusFor(50, { onTrackMin: 80, atRiskMin: 90 })).toThrow(RangeError);
  });
});

describe('rollUpStatus', () => {
  it('is NO_DATA without children or data', () => {
    expect(rollUpStatus([])).toEqual({ status: 'NO_DATA', achievement: null });
    expect(rollUpStatus([{ status: 'NO_DATA' }, { status: 'NO_DATA', achievement: null }])).toEqual({
      status: 'NO_DATA',
      achievement: null,
    });
  });

  it('takes the weighted mean of achievements', () => {
    const a = { status: 'ON_TRACK' as const, achievement: 110 };
    const b = { status: 'OFF_TRACK' as const, achievement: 50 };
    expect(rollUpStatus([a, b])).toEqual({ status: 'AT_RISK', achievement: 80 }); // (110 + 50) / 2
    expect(
      rollUpStatus([
        { ...a, weight: 3 },
        { ...b, weight: 1 },
      ]),
    ).toEqual({ status: 'AT_RISK', achievement: 95 }); // (330 + 50) / 4
    expect(rollUpStatus([a, b], { capAchievementAt: 100 })).toEqual({ status: 'OFF_TRACK', achievement: 75 }); // (100 + 50) / 2
    expect(rollUpStatus([a, b], { thresholds: { onTrackMin: 75, atRiskMin: 50 } })).toEqual({
      status: 'ON_TRACK',
      achievement: 80,
    });
  });

  it('rounds the mean to 2 decimals', () => {
    const children = [100, 100, 33.33].map((x) => ({ status: statusFor(x), achievement: x }));
    expect(rollUpStatus(children)).toEqual({ status: 'OFF_TRACK', achievement: 77.78 }); // 233.33 / 3 = 77.7766…
  });

  it('leaves out children without data and with weight 0', () => {
    expect(rollUpStatus([{ status: 'ON_TRACK', achievement: 100 }, { status: 'NO_DATA' }])).toEqual({
      status: 'ON_TRACK',
      achievement: 100,
    });
    expect(
      rollUpStatus([
        { status: 'OFF_TRACK', achievement: 10, weight: 0 },
        { status: 'ON_TRACK', achievement: 100, weight: 2 },
      ]),
    ).toEqual({ status: 'ON_TRACK', achievement: 100 });
  });

  it('falls back to the worst status when an achievement is missing', () => {
    expect(rollUpStatus([{ status: 'ON_TRACK', achievement: 120 }, { status: 'AT_RISK' }])).toEqual({
      status: 'AT_RISK',
      achievement: null,
    });
    expect(rollUpStatus([{ status: 'AT_RISK' }, { status: 'OFF_TRACK' }, { status: 'ON_TRACK' }, { status: 'NO_DATA' }])).toEqual({
      status: 'OFF_TRACK',
      achievement: null,
    });
  });

  it('refuses negative weights', () => {
    expect(() => rollUpStatus([{ status: 'ON_TRACK', achievement: 100, weight: -1 }])).toThrow(RangeError);
  });
});
