import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { csvTable } from '../../../electron/engine/ingest/csvTable';
import { decodeText } from '../../../electron/engine/ingest/decode';
import { readTable } from '../../../electron/engine/ingest/readTable';
import type { SourceTable } from '../../../electron/engine/ingest/table';
import { tempDir } from '../../helpers/tempDir';
import { writeFile } from './ingestKit';

function rowsOf(table: SourceTable): Array<{ row: number; cells: string[]; problem?: string }> {
  return [...table.batches(3)].flat();
}

async function refusal(promise: Promise<unknown>): Promise<FenlightError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FenlightError);
  return error as FenlightError;
}

describe('reading CSV files', () => {
  it('reads UTF-8 with a byte-order mark without the mark reaching the first header', async () => {
    const table = await readTable(writeFile('bom.csv', Buffer.from('\uFEFFurn,title\r\nIR/1,Ionuț Popescu – ş\r\n', 'utf8')));
    expect(table.encoding).toBe('utf-8 (BOM)');
    expect(table.headers).toEqual(['urn', 'title']);
    expect(rowsOf(table)).toEqual([{ row: 2, cells: ['IR/1', 'Ionuț Popescu – ş'] }]);
  });

  it('reads UTF-8 without a byte-order mark', async () => {
    const table = await readTable(writeFile('plain.csv', Buffer.from('urn,title\nIR/1,Zoë\n', 'utf8')));
    expect(table.encoding).toBe('utf-8');
    expect(rowsOf(table)[0]!.cells).toEqual(['IR/1', 'Zoë']);
  });

  it('detects Windows-1252 when the bytes are not valid UTF-8 (Müller, José, £, €, curly quotes)', async () => {
    // "urn,name\r\nIR/1,Müller José £5 €6 “quoted”\r\n" as Excel on a UK Windows machine saves it.
    const bytes = Buffer.concat([
      Buffer.from('urn,name\r\nIR/1,M', 'latin1'),
      Buffer.from([0xfc]),
      Buffer.from('ller Jos', 'latin1'),
      Buffer.from([0xe9, 0x20, 0xa3, 0x35, 0x20, 0x80, 0x36, 0x20, 0x93]),
      Buffer.from('quoted', 'latin1'),
      Buffer.from([0x94, 0x0d, 0x0a]),
    ]);
    const table = await readTable(writeFile('cp1252.csv', bytes));
    expect(table.encoding).toBe('windows-1252');
    expect(rowsOf(table)[0]!.cells).toEqual(['IR/1', 'Müller José £5 €6 “quoted”']);
  });

  it('recognises UTF-16 by its byte-order mark (Excel’s “Unicode text”)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('urn\tname\r\nIR/1\tŁukasz\r\n', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text: 'urn\tname\r\nIR/1\tŁukasz\r\n', encoding: 'utf-16' });
  });

  it('reads CRLF, LF and CR line ends alike', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const table = csvTable(['urn,title', 'IR/1,One', 'IR/2,Two', ''].join(newline), { fileName: 'x.csv', encoding: 'utf-8' });
      expect(rowsOf(table).map((row) => row.cells)).toEqual([
        ['IR/1', 'One'],
        ['IR/2', 'Two'],
      ]);
    }
  });

  it('keeps commas, doubled quotation marks and newlines inside quoted cells, even across read chunks', () => {
    const text = 'urn,title,text\r\nIR/1,"Car wash, Wisbech","He said ""no passports"".\r\nSecond line\nthird line"\r\nIR/2,plain,"ends ""quoted"""\r\n';
    for (const chunkChars of [3, 7, 16, 4096]) {
      const table = csvTable(text, { fileName: 'x.csv', encoding: 'utf-8' }, { chunkChars });
      expect(rowsOf(table)).toEqual([
        { row: 2, cells: ['IR/1', 'Car wash, Wisbech', 'He said "no passports".\r\nSecond line\nthird line'] },
        { row: 3, cells: ['IR/2', 'plain', 'ends "quoted"'] },
      ]);
    }
  });

  it('numbers rows as a spreadsheet does (header row 1) and skips empty rows without renumbering', () => {
    const table = csvTable('urn,title\r\nIR/1,a\r\n\r\n,\r\nIR/2,b\r\n', { fileName: 'x.csv', encoding: 'utf-8' });
    expect(rowsOf(table).map((row) => row.row)).toEqual([2, 5]);
  });

  it('reads semicolon-separated files (Excel in some locales)', () => {
    const table = csvTable('urn;title\r\nIR/1;Peterborough, Fengate\r\n', { fileName: 'x.csv', encoding: 'utf-8' });
    expect(table.headers).toEqual(['urn', 'title']);
    expect(rowsOf(table)[0]!.cells).toEqual(['IR/1', 'Peterborough, Fengate']);
  });

  it('flags a row whose quotation marks do not pair up', () => {
    const table = csvTable('urn,title\r\nIR/1,"bad "quote" here"\r\nIR/2,fine\r\n', { fileName: 'x.csv', encoding: 'utf-8' });
    const [bad, good] = rowsOf(table);
    expect(bad!.problem).toMatch(/quotation marks/);
    expect(good).toEqual({ row: 3, cells: ['IR/2', 'fine'] });
  });

  it('keeps cells that look like formulas exactly as written', () => {
    const table = csvTable('urn,title\r\nIR/1,"=HYPERLINK(""http://x"",""y"")"\r\nIR/2,+44 7700 900123\r\nIR/3,-1\r\nIR/4,@SUM(A1)\r\n', { fileName: 'x.csv', encoding: 'utf-8' });
    expect(rowsOf(table).map((row) => row.cells[1])).toEqual(['=HYPERLINK("http://x","y")', '+44 7700 900123', '-1', '@SUM(A1)']);
  });
});

describe('files that cannot be read', () => {
  it('says there is no such file (IO_ERROR)', async () => {
    const error = await refusal(readTable(path.join(tempDir(), 'missing.csv')));
    expect(error.code).toBe('IO_ERROR');
    expect(error.message).toBe('Fenlight could not read missing.csv: there is no such file.');
  });

  it('says a folder is not a file', async () => {
    const error = await refusal(readTable(tempDir()));
    expect(error.message).toMatch(/it is a folder, not a file/);
  });

  it('refuses an empty file, a binary file and an old-style .xls workbook in plain words', async () => {
    expect((await refusal(readTable(writeFile('empty.csv', '')))).message).toBe('empty.csv is empty: there is nothing to import.');
    const binary = await refusal(readTable(writeFile('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]))));
    expect(binary).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^That file is not a CSV or Excel workbook Fenlight can read: photo\.csv does not contain text/) });
    const xls = await refusal(readTable(writeFile('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))));
    expect(xls.message).toMatch(/old-style Excel 97–2003 workbook/);
    const fake = await refusal(readTable(writeFile('fake.xlsx', 'urn,title\r\n')));
    expect(fake.message).toMatch(/^That file is not a CSV or Excel workbook Fenlight can read: fake\.xlsx is named as an Excel workbook/);
  });

  it('refuses a file with only blank lines (no header)', async () => {
    const error = await refusal(readTable(writeFile('blank.csv', '\r\n\r\n')));
    expect(error.message).toBe('blank.csv is empty: there is no header row to import.');
  });
});

describe('reading Excel workbooks', () => {
  it('reads the first worksheet: dates as yyyy-mm-dd, numbers as shown, formulas as their result, rich text as text', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Reports');
    workbook.addWorksheet('Notes').addRow(['ignored']);
    sheet.addRow(['urn', 'received_on', 'mopi_group', 'score', 'total', 'title', 'note']);
    sheet.addRow([
      'IR/1',
      new Date(Date.UTC(2024, 2, 5)),
      2,
      0.1 + 0.2,
      { formula: 'C2*2', result: 4 },
      { richText: [{ text: 'Car wash, ' }, { text: 'Wisbech', font: { bold: true } }] },
      '=not a formula, typed as text',
    ]);
    sheet.addRow([]);
    sheet.addRow(['IR/2', '05/03/2024', '3', '', { formula: 'NOW()' }, 'Second', '']);
    const file = path.join(tempDir(), 'reports.xlsx');
    await workbook.xlsx.writeFile(file);
    const table = await readTable(file);
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, headers: ['urn', 'received_on', 'mopi_group', 'score', 'total', 'title', 'note'] });
    expect(rowsOf(table)).toEqual([
      { row: 2, cells: ['IR/1', '2024-03-05', '2', '0.3', '4', 'Car wash, Wisbech', '=not a formula, typed as text'] },
      { row: 4, cells: ['IR/2', '05/03/2024', '3', '', '', 'Second', ''] },
    ]);
  });
});
