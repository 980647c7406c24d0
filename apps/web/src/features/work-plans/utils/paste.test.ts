import { describe, expect, it } from 'vitest';
import { applyMonthMarks, type PasteColumn, readPastedBlock, splitClipboard } from './paste.ts';

const months = (from: number, count: number): PasteColumn[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'month' as const, month: from + i }));

describe('pasting from a spreadsheet', () => {
  it('splits tab-separated rows, keeping quoted cells with newlines', () => {
    expect(splitClipboard('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitClipboard('"Rapat\nkoordinasi"\t√')).toEqual([['Rapat\nkoordinasi', '√']]);
    expect(splitClipboard('')).toEqual([]);
  });

  it('reads step names and √/V/x month marks of a Probolinggo-style block', () => {
    const cells = splitClipboard('Penyusunan SK Tim RB\t√\t√\t\nEvaluasi\t\tV\tx\n');
    const { edits, problems } = readPastedBlock(cells, [{ kind: 'text', field: 'name' }, ...months(1, 3)]);
    expect(problems).toEqual([]);
    expect(edits).toHaveLength(2);
    expect(edits[0]?.text).toEqual({ name: 'Penyusunan SK Tim RB' });
    expect([...(edits[0]?.months ?? [])]).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(applyMonthMarks([3, 7], edits[0]?.months ?? new Map())).toEqual([1, 2, 7]);
    expect(applyMonthMarks([], edits[1]?.months ?? new Map())).toEqual([2, 3]);
  });

  it('reports cells that are not month marks instead of guessing', () => {
    const { problems, edits } = readPastedBlock([['√', 'Jan', '-']], months(4, 3));
    expect(problems).toEqual([{ row: 1, column: 2, text: 'Jan' }]);
    expect([...(edits[0]?.months ?? [])]).toEqual([
      [4, true],
      [6, false],
    ]);
  });

  it('ignores cells beyond the last column', () => {
    const { edits } = readPastedBlock([['√', '√', '√']], months(11, 2));
    expect([...(edits[0]?.months.keys() ?? [])]).toEqual([11, 12]);
  });
});
