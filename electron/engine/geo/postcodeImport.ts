import fs from 'node:fs';
import Papa from 'papaparse';
import { FenlightError } from '@shared/contract';
import type { PostcodeImportOutcome } from '@shared/contract/calls/geo';
import type { JobContext, JobDefinition } from '../jobs/jobRunner';
import type { VaultSession } from '../vault/vaultSession';
import { detectPostcodeLayout, readPostcodeRow, type PostcodeLayout } from './postcodeFormats';

const BLOCK_BYTES = 4 * 1024 * 1024;
const MAX_REJECTED_SHOWN = 50;

function parseLines(text: string): string[][] {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
}

/**
 * Reads the first line to recognise the file, before a job is started: a wrong file is refused
 * at once, in words, rather than by a failed job.
 */
export function inspectPostcodeFile(filePath: string): PostcodeLayout {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch {
    throw new FenlightError('NOT_FOUND', `Fenlight cannot open ${filePath}. Check the file is still there.`);
  }
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const firstLine = buffer.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    const layout = detectPostcodeLayout(parseLines(firstLine)[0] ?? []);
    if (!layout) {
      throw new FenlightError(
        'INVALID_INPUT',
        'This file is not a postcode directory Fenlight can read. Use the ONS Postcode Directory CSV (with pcds, lat and long columns) or an OS Code-Point Open CSV.',
      );
    }
    return layout;
  } finally {
    fs.closeSync(fd);
  }
}

/** Calls `onRows` with each block's complete rows; a block's unfinished last line waits for the next. */
async function forEachBlock(filePath: string, context: JobContext, onRows: (rows: string[][], bytesDone: number) => void): Promise<void> {
  const total = fs.statSync(filePath).size;
  const fd = fs.openSync(filePath, 'r');
  try {
    const buffer = Buffer.alloc(BLOCK_BYTES);
    let carried = '';
    let position = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, position);
      position += read;
      const text = carried + buffer.subarray(0, read).toString('latin1');
      const lastBreak = read === 0 ? text.length : text.lastIndexOf('\n') + 1;
      carried = text.slice(lastBreak);
      const complete = text.slice(0, lastBreak);
      if (complete.trim()) onRows(parseLines(complete.replace(/^\uFEFF/, '')), position);
      context.progress(position, total, 'Reading the postcode directory');
      await context.checkpoint();
      if (read === 0) return;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Imports a postcode directory into postcode_location. Rows are staged in a temporary table a
 * block at a time (so the engine answers other calls meanwhile) and copied in one transaction at
 * the end: a cancelled or failed import changes nothing. Postcodes already present are updated.
 */
export function postcodeImportJob(session: () => VaultSession, onDone: () => void): JobDefinition<{ path: string; layout: PostcodeLayout }, PostcodeImportOutcome> {
  return {
    kind: 'geo.importPostcodes',
    run: async ({ path: filePath, layout }, context) => {
      const db = session().db;
      db.exec('DROP TABLE IF EXISTS temp.postcode_stage; CREATE TEMP TABLE postcode_stage (postcode TEXT PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL, district TEXT) WITHOUT ROWID');
      const outcome: PostcodeImportOutcome = { format: layout.format, imported: 0, rejected: 0, rejectedRows: [] };
      try {
        const insert = db.prepare('INSERT OR REPLACE INTO temp.postcode_stage (postcode, lat, lon, district) VALUES (?, ?, ?, ?)');
        let rowNumber = 0;
        await forEachBlock(filePath, context, (rows) => {
          const stage = db.transaction(() => {
            for (const row of rows) {
              rowNumber += 1;
              if (rowNumber === 1 && layout.header) continue;
              const located = readPostcodeRow(layout, row);
              if (located.ok) {
                insert.run(located.postcode, located.lat, located.lon, located.district);
              } else {
                outcome.rejected += 1;
                if (outcome.rejectedRows.length < MAX_REJECTED_SHOWN) outcome.rejectedRows.push({ row: rowNumber, reason: located.reason });
              }
            }
          });
          stage();
        });
        outcome.imported = db.prepare('SELECT count(*) FROM temp.postcode_stage').pluck().get() as number;
        session().transaction(() => {
          db.exec('INSERT OR REPLACE INTO postcode_location (postcode, lat, lon, district) SELECT postcode, lat, lon, district FROM temp.postcode_stage');
        });
      } finally {
        // The vault may have locked meanwhile; then the temporary table went with the connection.
        if (db.open) db.exec('DROP TABLE IF EXISTS temp.postcode_stage');
      }
      onDone();
      return outcome;
    },
  };
}
