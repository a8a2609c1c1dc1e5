import type { CellValue } from 'exceljs';

function isoDate(date: Date): string {
  // Excel dates carry no time zone; exceljs gives them as UTC, so the UTC parts are the date shown.
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** A number as Excel's General format shows it: at most 15 significant digits (so 0.1+0.2 is 0.3). */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/**
 * A workbook cell as the text an analyst sees: dates as yyyy-mm-dd, numbers as shown, formula
 * cells as their last calculated result (formulas are never run), rich text as plain text. A
 * text cell that starts with "=" stays that text.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return '';
}
