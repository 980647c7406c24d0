// The entry grid's columns (periods) and clipboard blocks.

export type EntryKind = 'BASELINE' | 'TARGET' | 'REALIZATION';

export interface EntryPeriod {
  key: string;
  kind: EntryKind;
  year: number;
  /** 0 = the year, 1–4 = a quarter. */
  quarter: number;
  /** The column group: a year ("2021"), a quarter of the year, or the baseline. */
  group: string;
}

const periodKey = (kind: EntryKind, year: number, quarter: number) => `${kind}:${year}:${quarter}`;

function period(kind: EntryKind, year: number, quarter: number, group: string): EntryPeriod {
  return { key: periodKey(kind, year, quarter), kind, year, quarter, group };
}

/** Road-map view: baseline, then target and realization of every year of the road map. */
export function roadmapPeriods(startYear: number, endYear: number, baselineYear: number): EntryPeriod[] {
  const out = [period('BASELINE', baselineYear, 0, 'baseline')];
  for (let y = startYear; y <= endYear && y - startYear < 30; y += 1) {
    out.push(period('TARGET', y, 0, String(y)), period('REALIZATION', y, 0, String(y)));
  }
  return out;
}

/** Year view: the baseline, the year's target and realization, then TW I–IV. */
export function yearPeriods(year: number, baselineYear = year - 1): EntryPeriod[] {
  const out = [
    period('BASELINE', baselineYear, 0, 'baseline'),
    period('TARGET', year, 0, String(year)),
    period('REALIZATION', year, 0, String(year)),
  ];
  for (let q = 1; q <= 4; q += 1) out.push(period('TARGET', year, q, `q${q}`), period('REALIZATION', year, q, `q${q}`));
  return out;
}

/** True when the period is closed by an open lock on its year or its quarter. */
export function isPeriodLocked(
  locks: readonly { year: number; quarter: number; reopenedAt?: string | null }[],
  p: { year: number; quarter: number },
) {
  return locks.some((l) => !l.reopenedAt && l.year === p.year && (l.quarter === 0 || l.quarter === p.quarter));
}

/**
 * A pasted block (from a spreadsheet: tabs between cells, new lines between
 * rows) as rows of trimmed cells. A trailing new line adds no row; a single
 * value is a 1×1 block.
 */
export function parseClipboardBlock(text: string): string[][] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (normalized === '') return [['']];
  return normalized.split('\n').map((line) => line.split('\t').map((cell) => cell.trim()));
}
