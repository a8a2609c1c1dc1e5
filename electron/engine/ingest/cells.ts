/**
 * Reading cells into field values. Cells are text exactly as in the file and are never
 * evaluated: a cell starting with =, +, - or @ is kept as written (a formula in a spreadsheet,
 * plain text here). Only the typed columns (dates, numbers, codes, yes/no) are interpreted.
 */
import { parseUkDate } from '@shared/format/dates';
import { LIST_SEPARATOR } from '@shared/ingest/reportColumns';
import type { ResolvedMapping } from './mapping';
import { RowRejected } from './rowProblem';
import type { SourceRow } from './table';

/** One row's cells by canonical column; `undefined` for a column the file does not have. */
export class RowCells {
  constructor(
    private readonly source: SourceRow,
    private readonly mapping: ResolvedMapping,
  ) {}

  get row(): number {
    return this.source.row;
  }

  has(column: string): boolean {
    return this.mapping.has(column);
  }

  /** The cell as written ('' when the row is short), or undefined when the column is not mapped. */
  raw(column: string): string | undefined {
    const index = this.mapping.get(column);
    return index === undefined ? undefined : (this.source.cells[index] ?? '');
  }

  /** The cell as written, or undefined when it is not mapped or blank. */
  filled(column: string): string | undefined {
    const value = this.raw(column);
    return value === undefined || value.trim() === '' ? undefined : value;
  }
}

/** A text column: as written, '' when blank. */
export function textCell(cells: RowCells, column: string): string | undefined {
  return cells.raw(column);
}

/** A text column whose blank means "none": null. */
export function nullableTextCell(cells: RowCells, column: string): string | null | undefined {
  const value = cells.raw(column);
  if (value === undefined) return undefined;
  return value.trim() === '' ? null : value;
}

/** A list column: entries separated by semicolons, each trimmed, blanks dropped. */
export function listCell(cells: RowCells, column: string): string[] | undefined {
  const value = cells.raw(column);
  if (value === undefined) return undefined;
  return value
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

const DATE_SHAPED = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
/** Spreadsheets often add a midnight time to dates ("05/03/2024 00:00", "2024-03-05T00:00:00"). */
const TRAILING_TIME = /^(\S+)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/**
 * A date column: dd/mm/yyyy (day first, as UK analysts write it; two-digit years and - or .
 * also read) or yyyy-mm-dd, returned as ISO. Blank → null. Anything else rejects the row with
 * the column named, so 31/02/2024 is never rolled over into March.
 */
export function dateCell(cells: RowCells, column: string, label: string): string | null | undefined {
  const value = cells.raw(column);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const datePart = TRAILING_TIME.exec(trimmed)?.[1] ?? trimmed;
  const iso = parseUkDate(datePart);
  if (iso !== null) return iso;
  if (DATE_SHAPED.test(datePart)) {
    throw new RowRejected(column, `${label} “${trimmed}” is not a real date. Dates are read day first (dd/mm/yyyy), so 03/05/2024 is 3 May 2024.`);
  }
  throw new RowRejected(column, `${label} “${trimmed}” is not a date: write it as dd/mm/yyyy, for example 05/03/2024.`);
}

/**
 * A number column. A leading apostrophe is allowed before the number: it is how spreadsheet
 * exports (Fenlight's own included) protect cells such as -0.12 from being run as formulas.
 */
export function numberCell(cells: RowCells, column: string, label: string, options: { integer?: boolean } = {}): number | null | undefined {
  const value = cells.raw(column);
  if (value === undefined) return undefined;
  const trimmed = value.trim().replace(/^'(?=[-+]?\d)/, '');
  if (trimmed === '') return null;
  const pattern = options.integer ? /^\+?\d+$/ : /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
  if (!pattern.test(trimmed)) {
    throw new RowRejected(column, `${label} “${value.trim()}” is not ${options.integer ? 'a whole number' : 'a number'}.`);
  }
  return Number(trimmed);
}

const YES = new Set(['yes', 'y', 'true', '1', 'directed']);
const NO = new Set(['no', 'n', 'false', '0', 'undirected']);

/** A yes/no column; blank → undefined (the field's default applies). */
export function booleanCell(cells: RowCells, column: string, label: string): boolean | undefined {
  const value = cells.filled(column);
  if (value === undefined) return undefined;
  const folded = value.trim().toLowerCase();
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  throw new RowRejected(column, `${label} “${value.trim()}” must be yes or no.`);
}

function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A vocabulary lookup that accepts the code or its label, in any case and spacing ("Hand car
 * wash", "HAND_CAR_WASH" → hand_car_wash). An unknown value is returned as written, so the
 * schema refuses it with its own message listing the choices.
 */
export function codeLookup(codes: readonly string[], label: (code: string) => string | null, aliases: Readonly<Record<string, string>> = {}): (value: string) => string {
  const table = new Map<string, string>();
  for (const code of codes) {
    table.set(foldWords(code), code);
    const text = label(code);
    if (text) table.set(foldWords(text), code);
  }
  for (const [alias, code] of Object.entries(aliases)) table.set(foldWords(alias), code);
  // The same few values fill a column row after row: remember each one as written.
  const seen = new Map<string, string>();
  return (value) => {
    let code = seen.get(value);
    if (code === undefined) {
      code = table.get(foldWords(value)) ?? value.trim();
      if (seen.size < 10_000) seen.set(value, code);
    }
    return code;
  };
}
