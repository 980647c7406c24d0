import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('@rb/domain entry point', () => {
  it('exports every module', () => {
    const exported: Record<string, unknown> = { ...domain };
    for (const name of [
      'formatNumber',
      'formatRupiah',
      'formatPercent',
      'parseIndonesianNumber',
      'parseRupiah',
      'parseIndicatorValue',
      'formatIndicatorValue',
      'achievement',
      'statusFor',
      'rollUpStatus',
      'normalizeMonths',
      'toggleMonth',
      'parseMonthMark',
      'monthsToQuarters',
      'scheduleProgress',
      'baselineDiff',
      'answerValue',
      'scoreFramework',
      'gradeFor',
      'roundScore',
    ] as const) {
      expect(typeof exported[name], name).toBe('function');
    }
    expect(domain.MONTHS_ID[0]).toBe('Jan');
    expect(domain.PROGRESS_RULE.en.length).toBeGreaterThan(0);
    expect(domain.ZSignIn.safeParse({}).success).toBe(false);
  });
});
