import Papa from 'papaparse';

/**
 * CSV for spreadsheets: RFC 4180 quoting via papaparse, CRLF line ends and a UTF-8 BOM so Excel
 * shows names with diacritics correctly. Cells that Excel would run as formulas (=, +, -, @,
 * tab, CR) are prefixed with an apostrophe so an export can never execute anything.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell ?? '')));
  return `\uFEFF${Papa.unparse({ fields: header, data: safe }, { newline: '\r\n', quotes: false })}\r\n`;
}
