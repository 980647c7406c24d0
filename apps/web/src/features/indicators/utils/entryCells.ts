// The entry grid's cell logic, without React: which stored value a cell
// shows, how typed text is checked, and what a pasted block would save.
import { parseIndicatorValue } from '@rb/domain';
import type { IndicatorEntryQuery, IndicatorValueInput } from '../../../gql/graphql.ts';
import { formatIndicatorValue } from '../../../ui/format.ts';
import type { EntryPeriod } from './entry.ts';

export type EntryIndicator = IndicatorEntryQuery['indicators'][number];
export type EntryValue = EntryIndicator['values'][number];

/** The stored value of a cell; the baseline column shows the indicator's latest baseline, whatever its year. */
export function valueAt(indicator: Pick<EntryIndicator, 'values'>, p: EntryPeriod): EntryValue | undefined {
  if (p.kind === 'BASELINE') {
    let best: EntryValue | undefined;
    for (const v of indicator.values)
      if (v.kind === 'BASELINE' && v.quarter === 0 && v.month === 0 && (!best || v.year > best.year)) best = v;
    return best;
  }
  return indicator.values.find((v) => v.kind === p.kind && v.year === p.year && v.quarter === p.quarter && v.month === 0);
}

/** The text that re-reads to the stored value ("2,53", "73%", "WTP", "n.a"). */
export function editableText(value: EntryValue | undefined, indicator: Pick<EntryIndicator, 'valueType' | 'unit'>): string {
  if (!value) return '';
  return formatIndicatorValue(value, indicator) || value.textValue || '';
}

/** Why a typed text cannot be stored (in the UI language), or null when it can (empty = remove). */
export function checkText(indicator: EntryIndicator, text: string, english: boolean): string | null {
  if (text.trim() === '') return null;
  const parsed = parseIndicatorValue(text, {
    valueType: indicator.valueType,
    categories: indicator.categories,
    scaleMin: indicator.scaleMin,
    scaleMax: indicator.scaleMax,
    unit: indicator.unit,
  });
  return parsed.ok ? null : english ? parsed.message.en : parsed.message.id;
}

/** The API input that stores `text` in a cell (with the version read, when the value exists). */
export function inputFor(indicator: EntryIndicator, p: EntryPeriod, text: string): IndicatorValueInput {
  const current = valueAt(indicator, p);
  // A baseline keeps its own year; a new one gets the column's.
  const year = current?.year ?? p.year;
  return { indicatorId: indicator.id, kind: p.kind, year, quarter: p.quarter, text, ...(current ? { version: current.version } : {}) };
}

export type PastePlan =
  | { ok: true; inputs: IndicatorValueInput[]; cells: { row: number; col: number }[] }
  | { ok: false; reason: 'tooBig' }
  | { ok: false; reason: 'readOnly'; name: string }
  | { ok: false; reason: 'invalid'; name: string; problem: string; row: number; col: number };

/**
 * What pasting `block` at `anchor` would save: every cell checked first (a
 * block beyond the table, a read-only or closed cell, or an invalid value
 * refuses the whole paste); unchanged cells and empty cells without a value
 * are left out.
 */
export function planPaste(
  block: string[][],
  anchor: { row: number; col: number },
  indicators: EntryIndicator[],
  periods: EntryPeriod[],
  editable: (row: number, col: number) => boolean,
  english: boolean,
): PastePlan {
  const inputs: IndicatorValueInput[] = [];
  const cells: { row: number; col: number }[] = [];
  for (const [r, line] of block.entries()) {
    for (const [c, text] of line.entries()) {
      const row = anchor.row + r;
      const col = anchor.col + c;
      const indicator = indicators[row];
      const p = periods[col];
      if (!indicator || !p) return { ok: false, reason: 'tooBig' };
      if (!editable(row, col)) return { ok: false, reason: 'readOnly', name: indicator.name };
      const current = valueAt(indicator, p);
      if (text === editableText(current, indicator)) continue;
      const problem = checkText(indicator, text, english);
      if (problem) return { ok: false, reason: 'invalid', name: indicator.name, problem, row, col };
      if (text === '' && !current) continue;
      inputs.push(inputFor(indicator, p, text));
      cells.push({ row, col });
    }
  }
  return { ok: true, inputs, cells };
}
