import { describe, expect, it } from 'vitest';
import { type ExportRow, toCsv } from './exportData.ts';

const row = (over: Partial<ExportRow>): ExportRow => ({
  period: '2021',
  target: '',
  realization: '',
  achievement: '',
  status: '',
  targetNumber: null,
  realizationNumber: null,
  achievementNumber: null,
  ...over,
});

describe('indicator CSV export', () => {
  it('neutralises cells that would run as formulas, keeps numbers readable', () => {
    const csv = toCsv(
      ['Periode', 'Target', 'Realisasi', 'Capaian', 'Status'],
      [
        row({ target: '=HYPERLINK("http://x.example","klik")', realization: '@SUM(A1)', status: '+cmd' }),
        row({ period: '2022', target: '-5', realization: '-12,5', achievement: '-3,25 %', status: 'Tidak tercapai' }),
      ],
      { text: '-1.018.175.000', year: 2020 },
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFPeriode;Target;Realisasi;Capaian;Status',
      'Baseline 2020;-1.018.175.000;;;',
      `2021;"'=HYPERLINK(""http://x.example"",""klik"")";'@SUM(A1);;'+cmd`,
      '2022;-5;-12,5;-3,25 %;Tidak tercapai',
      '',
    ]);
  });
});
