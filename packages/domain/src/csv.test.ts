import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsvText } from './csv.ts';

describe('CSV cells are safe to open in a spreadsheet', () => {
  it('prefixes every cell that would start a formula with a single quote', () => {
    for (const attack of [
      '=1+1',
      '=HYPERLINK("http://evil.example","klik")',
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '-5+3',
      '-Rp 1.000',
      '+62 812 3456',
      '-',
      '=',
    ]) {
      expect(neutraliseFormula(attack), attack).toBe(`'${attack}`);
    }
  });

  it('leaves plain numbers (also signed, Indonesian or plain) and ordinary text as they are', () => {
    for (const safe of [
      '-5',
      '+2',
      '-12,5',
      '43,84',
      '1.018.175.000',
      '-1.018.175.000',
      '-3,25 %',
      '-3,25%',
      '-3,25\u00a0%',
      '-0.5',
      '12',
      'Rp 1.018.175.000',
      'WTP',
      'Indeks SPBE 2,53',
      'a=b',
      '',
    ]) {
      expect(neutraliseFormula(safe), safe).toBe(safe);
    }
  });

  it('quotes cells with the separator, quotes or line breaks, after neutralising', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b')).toBe('a,b');
  });

  it('writes numbers as numbers and nothing for null', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('a file: BOM, one line per row, CRLF', () => {
    expect(
      toCsvText([
        ['Periode', 'Target'],
        ['2021', '=1+1'],
        ['2022', '-5'],
      ]),
    ).toBe("\uFEFFPeriode;Target\r\n2021;'=1+1\r\n2022;-5\r\n");
  });
});
