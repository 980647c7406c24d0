// Exports of an indicator's chart data: CSV (semicolon-separated, numbers
// written the Indonesian way, as Excel in Indonesia reads them; cells that
// would start a formula neutralised by @rb/domain's csv) and XLSX
// (real numbers; exceljs is loaded only when asked for).
import { toCsvText } from '@rb/domain';
import type { SeriesPoint } from './series.ts';

export interface ExportRow {
  period: string;
  target: string;
  realization: string;
  achievement: string;
  status: string;
  targetNumber: number | null;
  realizationNumber: number | null;
  achievementNumber: number | null;
}

/** The chart's data as CSV; every cell goes through @rb/domain's csv (formula-safe, quoted). */
export function toCsv(
  headers: string[],
  rows: ExportRow[],
  baseline?: { text: string; year: number } | null,
  baselineLabel = 'Baseline',
): string {
  return toCsvText([
    headers,
    ...(baseline ? [[`${baselineLabel} ${baseline.year}`, baseline.text, '', '', '']] : []),
    ...rows.map((r) => [r.period, r.target, r.realization, r.achievement, r.status]),
  ]);
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'indikator'
  );
}

export async function toXlsx(
  title: string,
  headers: string[],
  rows: ExportRow[],
  baseline?: { value: number | null; text: string; year: number } | null,
  baselineLabel = 'Baseline',
): Promise<Blob> {
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  const sheet = book.addWorksheet('Data');
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(headers).font = { bold: true };
  if (baseline) sheet.addRow([`${baselineLabel} ${baseline.year}`, baseline.value ?? baseline.text]);
  for (const r of rows) {
    sheet.addRow([
      r.period,
      r.targetNumber ?? r.target,
      r.realizationNumber ?? r.realization,
      r.achievementNumber === null ? '' : r.achievementNumber / 100,
      r.status,
    ]);
  }
  sheet.getColumn(4).numFmt = '0.00%';
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 16 : 14;
  });
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function pointsToRows(
  points: SeriesPoint[],
  results: { achievement: number | null; statusText: string }[],
  formatPct: (n: number) => string,
  /** False for categories: their plotted positions are not values. */
  numeric = true,
): ExportRow[] {
  return points.map((p, i) => {
    const r = results[i];
    return {
      period: p.label,
      target: p.targetText,
      realization: p.realizationText,
      achievement: r?.achievement != null ? formatPct(r.achievement) : '',
      status: r?.statusText ?? '',
      targetNumber: numeric ? p.target : null,
      realizationNumber: numeric ? p.realization : null,
      achievementNumber: r?.achievement ?? null,
    };
  });
}
