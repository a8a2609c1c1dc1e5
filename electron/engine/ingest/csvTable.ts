import Papa from 'papaparse';
import { FenlightError } from '@shared/contract';
import { isBlankRow, type SourceRow, type SourceTable } from './table';

/** Characters parsed per step: big enough to be efficient, small enough to yield often. */
const DEFAULT_CHUNK_CHARS = 256 * 1024;
/** How much of the start of a file is looked at to decide its line ending and delimiter. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Papa Parse, pulled a chunk at a time. Papa pauses inside its chunk callback and resumes
 * synchronously, so the whole file is never parsed in one blocking call; quoted newlines
 * across chunk boundaries are Papa's to handle (it carries the partial line over).
 */
class ChunkedParser {
  private pending: string[][] = [];
  private pendingErrors: Papa.ParseError[] = [];
  private handle: Papa.Parser | null = null;
  private finished = false;
  /** Characters of the text consumed so far. */
  cursor = 0;

  constructor(text: string, chunkChars: number) {
    // Papa streams a string in chunks too, but its typings declare `chunk` for local files only.
    const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void } = {
      chunkSize: chunkChars,
      // Decided once from the start of the file: Papa would guess them from the first chunk alone.
      newline: lineEnding(text),
      delimiter: delimiter(text),
      skipEmptyLines: false,
      chunk: (results, parser) => {
        this.pending = results.data;
        this.pendingErrors = results.errors;
        this.cursor = results.meta.cursor;
        this.handle = parser;
        parser.pause();
      },
      complete: () => {
        this.finished = true;
      },
    };
    Papa.parse<string[]>(text, config);
  }

  /** The next chunk's records and their quote errors (indexes into the records), or null at the end. */
  pull(): { records: string[][]; errors: Papa.ParseError[] } | null {
    while (this.pending.length === 0) {
      if (this.finished || this.handle === null) return null;
      this.pendingErrors = [];
      // Resuming parses exactly the next chunk, which calls `chunk` (and pauses) or `complete`.
      const handle = this.handle;
      this.handle = null;
      handle.resume();
    }
    const records = this.pending;
    const errors = this.pendingErrors;
    this.pending = [];
    this.pendingErrors = [];
    return { records, errors };
  }
}

/** CRLF, LF or CR, from the start of the file with quoted cells (which may hold other line ends) left out. */
function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/"[^"]*"/g, '');
  const lf = sample.indexOf('\n');
  const cr = sample.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return sample[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/** Comma, semicolon (Excel in some locales), tab or bar, as Papa guesses it from the first rows. */
function delimiter(text: string): string {
  const guessed = Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS), { preview: 20, skipEmptyLines: true, delimitersToGuess: [',', ';', '\t', '|'] }).meta.delimiter;
  return guessed || ',';
}

function quoteProblem(error: Papa.ParseError): string | null {
  if (error.type !== 'Quotes') return null;
  return error.code === 'MissingQuotes'
    ? 'A quoted cell in this row is never closed, so the rest of the file was read into it: check the quotation marks.'
    : 'The quotation marks in this row do not pair up: a quoted cell must end with a quotation mark followed by a comma or the end of the line.';
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * A CSV file (RFC 4180: quoted cells may hold commas, quotation marks doubled, and newlines).
 * The delimiter is detected (comma, semicolon, tab or bar), and CRLF, LF and CR line ends are
 * all read. The first non-empty row is the header.
 */
export function csvTable(text: string, meta: { fileName: string; encoding: string }, options: { chunkChars?: number } = {}): SourceTable {
  const parser = new ChunkedParser(text, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const queue: SourceRow[] = [];
  let recordIndex = 0;
  let dataRows = 0;
  let exhausted = false;

  /** Moves the next chunk's records into the queue; false at the end of the file. */
  const fill = (): boolean => {
    const chunk = parser.pull();
    if (!chunk) {
      exhausted = true;
      return false;
    }
    const problems = new Map<number, string>();
    for (const error of chunk.errors) {
      const problem = quoteProblem(error);
      if (problem !== null && error.row !== undefined && !problems.has(error.row)) problems.set(error.row, problem);
    }
    chunk.records.forEach((cells, index) => {
      recordIndex += 1;
      if (isBlankRow(cells)) return;
      const problem = problems.get(index);
      queue.push(problem === undefined ? { row: recordIndex, cells } : { row: recordIndex, cells, problem });
    });
    return true;
  };

  while (queue.length === 0 && fill()) {
    // Reads on until the first non-empty row: the header.
  }
  const header = queue.shift();
  if (!header) throw new FenlightError('INVALID_INPUT', `${meta.fileName} is empty: there is no header row to import.`);
  const headers = header.cells.map((cell) => cell.trim());
  const lineEstimate = Math.max(0, countLines(text) - header.row);

  return {
    fileName: meta.fileName,
    format: 'csv',
    encoding: meta.encoding,
    headers,
    estimatedRows: () => (exhausted && queue.length === 0 ? dataRows : Math.max(dataRows + queue.length, lineEstimate)),
    *batches(size) {
      for (;;) {
        while (queue.length < size && !exhausted) fill();
        if (queue.length === 0) return;
        const batch = queue.splice(0, size);
        dataRows += batch.length;
        yield batch;
      }
    },
  };
}
