import type { Workbook as WorkbookType } from 'exceljs';
import { FenlightError } from '@shared/contract';
import { cellText } from './cellText';
import { isBlankRow, type SourceRow, type SourceTable } from './table';

type WorkbookClass = typeof WorkbookType;

/** exceljs takes over half a second to load, so it is loaded on the first workbook import only. */
async function loadWorkbookClass(): Promise<WorkbookClass> {
  const mod = await import('exceljs');
  // Under some loaders the CommonJS exports arrive only as the default export.
  const withDefault = mod as typeof mod & { default?: { Workbook?: WorkbookClass } };
  const Workbook = mod.Workbook ?? withDefault.default?.Workbook;
  if (!Workbook) throw new Error('exceljs did not provide a Workbook class.');
  return Workbook;
}

/**
 * The first worksheet of an Excel workbook (.xlsx). Row numbers are the worksheet's own, so
 * they match what the analyst sees in Excel; the first non-empty row is the header.
 */
export async function xlsxTable(bytes: Buffer, fileName: string): Promise<SourceTable> {
  const Workbook = await loadWorkbookClass();
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); JSZip underneath reads an ArrayBuffer.
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new FenlightError(
      'INVALID_INPUT',
      `That file is not a CSV or Excel workbook Fenlight can read: ${fileName} could not be opened as an Excel workbook (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new FenlightError('INVALID_INPUT', `${fileName} has no worksheets to import.`);
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty), as Excel numbers its columns.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from({ length: values.length }, (_, index) => cellText(values[index] ?? null));
    if (isBlankRow(cells)) return;
    rows.push({ row: rowNumber, cells });
  });
  const header = rows.shift();
  if (!header) throw new FenlightError('INVALID_INPUT', `The first worksheet of ${fileName} is empty: there is no header row to import.`);
  const headers = header.cells.map((cell) => cell.trim());
  return {
    fileName,
    format: 'xlsx',
    encoding: null,
    headers,
    estimatedRows: () => rows.length,
    *batches(size) {
      for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
    },
  };
}
