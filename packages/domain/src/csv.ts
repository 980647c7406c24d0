// CSV files the app writes, safe to open in a spreadsheet (OWASP "CSV
// Injection"): a cell that starts with = + - @ (or a tab or carriage return)
// would be run as a formula by Excel or LibreOffice, so it gets a leading
// single quote, which makes the spreadsheet show it as text. One exception,
// decided so exports stay usable: a cell that is just a number ("-5", "+2",
// "-12,5", "1.018.175.000", "-3,25 %") is left as it is. A spreadsheet reads
// it as the number it is, and it cannot carry a formula (no function, no
// reference, nothing after the digits). Every other cell starting with those
// characters, such as "-5+3" or "-Rp 1.000", is quoted.
//
// Then the usual CSV quoting: a cell with the separator, a double quote or a
// line break is wrapped in double quotes, inner quotes doubled.

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number: optional sign, digits (with . or space thousands), optional decimals (, or .), optional %. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:[,.]\d+)?(?:[ \u00a0\u202f]?%)?$/;

/** The text with a leading ' if a spreadsheet would read it as a formula (plain numbers stay). */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

export type CsvValue = string | number | null | undefined;

/** One cell: numbers as they are, text neutralised and quoted as needed; null/undefined empty. */
export function csvCell(value: CsvValue, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: a UTF-8 byte-order mark (so Excel reads the characters
 * right), rows joined with CRLF. Semicolons by default, as Excel with
 * Indonesian settings (decimal comma) expects.
 */
export function toCsvText(rows: readonly (readonly CsvValue[])[], separator = ';'): string {
  return `\uFEFF${rows.map((row) => row.map((v) => csvCell(v, separator)).join(separator)).join('\r\n')}\r\n`;
}
