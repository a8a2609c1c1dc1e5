import fs from 'node:fs/promises';
import path from 'node:path';
import { FenlightError } from '@shared/contract';
import { csvTable } from './csvTable';
import { decodeTextInSteps } from './decode';
import type { SourceTable } from './table';
import { xlsxTable } from './xlsxTable';

/** V8 cannot hold a longer string; far beyond any real export, and refused before it is read. */
const MAX_FILE_BYTES = 500 * 1024 * 1024;

const UNREADABLE = 'That file is not a CSV or Excel workbook Fenlight can read';

function ioProblem(error: unknown, name: string): FenlightError {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FenlightError('IO_ERROR', `Fenlight could not read ${name}: there is no such file.`);
    case 'EISDIR':
      return new FenlightError('IO_ERROR', `Fenlight could not read ${name}: it is a folder, not a file.`);
    case 'EACCES':
    case 'EPERM':
      return new FenlightError('IO_ERROR', `Fenlight could not read ${name}: you do not have permission to open it.`);
    case 'EBUSY':
      return new FenlightError('IO_ERROR', `Fenlight could not read ${name}: another program has it open. Close it there and try again.`);
    default:
      return new FenlightError('IO_ERROR', `Fenlight could not read ${name}.`);
  }
}

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Opens a file to import: an Excel workbook (recognised by its contents, a ZIP package, not by
 * its name) or otherwise CSV text. Failures say in plain words why the file cannot be used.
 */
export async function readTable(file: string, options: { chunkChars?: number } = {}): Promise<SourceTable> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.size > MAX_FILE_BYTES) {
      throw new FenlightError('INVALID_INPUT', `${fileName} is too large to import in one go (over 500 MB): split it into smaller files.`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof FenlightError) throw error;
    throw ioProblem(error, fileName);
  }
  if (bytes.length === 0) throw new FenlightError('INVALID_INPUT', `${fileName} is empty: there is nothing to import.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return xlsxTable(bytes, fileName);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new FenlightError('INVALID_INPUT', `${UNREADABLE}: ${fileName} is an old-style Excel 97–2003 workbook. Save it from Excel as .xlsx or CSV and import that.`);
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new FenlightError('INVALID_INPUT', `${UNREADABLE}: ${fileName} is named as an Excel workbook but its contents are not one. It may be damaged.`);
  }
  const { text, encoding } = await decodeTextInSteps(bytes);
  // Text files do not contain NUL characters; binary files (PDFs, images, databases) nearly always do.
  if (text.includes('\u0000')) {
    throw new FenlightError('INVALID_INPUT', `${UNREADABLE}: ${fileName} does not contain text. Export the data from its program as CSV or .xlsx.`);
  }
  return csvTable(text, { fileName, encoding }, options);
}
