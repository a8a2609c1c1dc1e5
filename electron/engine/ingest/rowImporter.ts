import type { AuditTarget } from '@shared/audit';
import type { AuditRecord } from '../audit/auditLog';
import type { VaultDatabase } from '../vault/database';
import { RowCells } from './cells';
import type { ResolvedMapping } from './mapping';
import { rejectionFrom, RowRejected } from './rowProblem';
import type { SourceRow } from './table';

/** What importing one row did, applied to the batch's counts and audit entries. */
export interface RowEffect {
  outcome: 'imported' | 'updated' | 'unchanged';
  /** Records the row created: listed in the batch's one COLLECT entry. */
  created: AuditTarget[];
  /** The ALTER entry (with its field diff) for a record the row changed. */
  alter: AuditRecord | null;
  /** Entities already in the vault that an imported report now supports (the batch's COMBINE entry). */
  joined: string[];
  /** Entities created from report text, marked "extracted, unreviewed". */
  extractedEntities: number;
}

export const UNCHANGED: RowEffect = { outcome: 'unchanged', created: [], alter: null, joined: [], extractedEntities: 0 };

/** Where a batch reports each row: imported/updated/unchanged, or rejected (having written nothing). */
export interface BatchSink {
  accept(row: number, effect: RowEffect): void;
  reject(source: SourceRow, rejection: RowRejected): void;
}

/** One kind of file's rows into the vault, a batch at a time (inside the batch's transaction). */
export interface BatchImporter {
  /** The audit operation name, e.g. "import.reports". */
  readonly operation: string;
  /** Scopes for data.changed once something is written. */
  readonly scopes: string[];
  /**
   * Optional: the batch's work that writes nothing (reading, validating, extracting), done before
   * its transaction and awaiting `pause` after each row, so that other calls are served meanwhile
   * (the transaction itself cannot be paused: other calls would write inside it). What it finds
   * is handed back to importBatch with the same rows.
   */
  prepare?(rows: readonly SourceRow[], mapping: ResolvedMapping, pause: () => Promise<void>): Promise<PreparedBatch>;
  importBatch(rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink, prepared?: PreparedBatch): void;
}

/** What an importer's prepare() found for a batch; only that importer reads the rest of it. */
export interface PreparedBatch {
  readonly rows: readonly SourceRow[];
}

/** A row the reader could not read cleanly is refused before anything looks at its cells. */
export function unreadable(source: SourceRow): RowRejected | null {
  return source.problem === undefined ? null : new RowRejected(null, source.problem);
}

/**
 * Row by row, each in its own savepoint, so a row that fails part-way leaves nothing behind
 * (for entities and links, where one row may create, update and add evidence).
 */
export function rowByRow(db: VaultDatabase, rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink, importRow: (cells: RowCells) => RowEffect): void {
  // better-sqlite3 runs a transaction inside a transaction as a SAVEPOINT: a throw rolls back just this row.
  const inSavepoint = db.transaction((work: () => RowEffect) => work());
  for (const source of rows) {
    const problem = unreadable(source);
    if (problem) {
      sink.reject(source, problem);
      continue;
    }
    try {
      sink.accept(source.row, inSavepoint(() => importRow(new RowCells(source, mapping))));
    } catch (error) {
      sink.reject(source, rejectionFrom(error, () => null));
    }
  }
}
