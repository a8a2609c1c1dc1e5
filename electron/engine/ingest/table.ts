/** A file being imported, as rows of text cells, whatever its format. */
export interface SourceRow {
  /** 1-based row number in the file as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  /** Cells in header order; every cell is text exactly as in the file ('' when empty). */
  cells: string[];
  /** Set when the row could not be read cleanly (e.g. quotation marks that do not pair up). */
  problem?: string;
}

export type SourceFormat = 'csv' | 'xlsx';

export interface SourceTable {
  fileName: string;
  format: SourceFormat;
  /** How a CSV's bytes were decoded; null for workbooks. */
  encoding: string | null;
  headers: string[];
  /** The number of data rows, or an upper estimate until every row has been read. */
  estimatedRows(): number;
  /**
   * The data rows after the header, in order, a batch at a time; empty rows are skipped. A
   * table is read once: CSV rows are parsed as they are pulled, so a large file never blocks
   * the engine for long.
   */
  batches(size: number): Generator<SourceRow[]>;
}

/** True when every cell is empty or spaces (Excel writes such rows at the end of a CSV). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
