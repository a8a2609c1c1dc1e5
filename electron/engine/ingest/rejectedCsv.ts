import path from 'node:path';
import { FenlightError } from '@shared/contract';
import { toCsv } from '../export/csv';
import { writeFileAtomic } from '../fs/atomicWrite';
import type { ImportRun } from './importRun';

/**
 * A finished import's rejected rows as CSV: the file's own columns as read, then Row, Column and
 * Reason, so the analyst can fix them and import that file. Column is the file's header for the
 * column at fault where the mapping names one. Cells that a spreadsheet would run as formulas are
 * neutralised by toCsv, as in every CSV Fenlight writes.
 */
export function writeRejectedCsv(run: ImportRun, destination: string): { path: string; rows: number } {
  const target = path.resolve(/\.csv$/i.test(destination) ? destination : `${destination}.csv`);
  const header = [...run.headers, 'Row', 'Column', 'Reason'];
  const rows = [...run.outcome.rejected]
    .sort((a, b) => a.row - b.row)
    .map((rejected) => {
      const cells = run.rejectedCells.get(rejected.row) ?? [];
      const padded = run.headers.map((_, index) => cells[index] ?? '');
      const column = rejected.column === null ? '' : (run.mapping[rejected.column] ?? rejected.column);
      return [...padded, rejected.row, column, rejected.reason];
    });
  try {
    writeFileAtomic(target, toCsv(header, rows));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to write there' : code === 'ENOENT' ? 'that folder does not exist' : 'the file could not be written';
    throw new FenlightError('IO_ERROR', `Fenlight could not save the rejected rows to ${path.basename(target)}: ${why}.`);
  }
  return { path: target, rows: rows.length };
}
