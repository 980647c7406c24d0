// Reads a block pasted from a spreadsheet (tab-separated rows) into edits of
// the grid's rows: text columns as written, month columns from √/V/x marks.
import { parseMonthMark } from '@rb/domain';
import Papa from 'papaparse';

export type PasteColumn =
  | { kind: 'text'; field: 'name' | 'output' | 'successCriteria' | 'responsibleText' }
  | { kind: 'month'; month: number }
  | { kind: 'skip' };

export interface PastedRowEdit {
  /** Index into the target rows (0 = the row the paste starts at). */
  row: number;
  text: Partial<Record<'name' | 'output' | 'successCriteria' | 'responsibleText', string>>;
  /** Month → scheduled; only months covered by the block. */
  months: Map<number, boolean>;
}

export interface PasteResult {
  edits: PastedRowEdit[];
  /** Cells that are not a month mark, as "row:column" (1-based) with their text. */
  problems: { row: number; column: number; text: string }[];
}

/** Splits clipboard text into cells (tabs; quoted cells may hold newlines, as spreadsheets write them). */
export function splitClipboard(text: string): string[][] {
  const trimmed = text.replace(/\r?\n$/, '');
  if (trimmed === '') return [];
  const parsed = Papa.parse<string[]>(trimmed, { delimiter: '\t', quoteChar: '"', skipEmptyLines: false });
  return parsed.data.map((row) => row.map((cell) => cell ?? ''));
}

/** Maps a block of cells onto columns starting at a column; cells beyond the last column are ignored. */
export function readPastedBlock(cells: readonly (readonly string[])[], columns: readonly PasteColumn[]): PasteResult {
  const edits: PastedRowEdit[] = [];
  const problems: PasteResult['problems'] = [];
  cells.forEach((line, row) => {
    const edit: PastedRowEdit = { row, text: {}, months: new Map() };
    line.forEach((cell, i) => {
      const column = columns[i];
      if (!column || column.kind === 'skip') return;
      if (column.kind === 'text') {
        edit.text[column.field] = cell.trim();
        return;
      }
      const mark = parseMonthMark(cell);
      if (mark === null) problems.push({ row: row + 1, column: i + 1, text: cell });
      else edit.months.set(column.month, mark);
    });
    edits.push(edit);
  });
  return { edits, problems };
}

/** The months after applying a pasted row's marks. */
export function applyMonthMarks(months: readonly number[], marks: ReadonlyMap<number, boolean>): number[] {
  const set = new Set(months);
  for (const [month, on] of marks) {
    if (on) set.add(month);
    else set.delete(month);
  }
  return [...set].sort((a, b) => a - b);
}
