import type { ColumnMapping, ImportKind, ImportOutcome, RejectedRow } from '@shared/contract/calls/ingest';
import type { SourceFormat } from './table';

/**
 * One import as it runs and after it has finished: the counts, the rejected rows and, for those
 * rows only, the cells as read from the file (so they can be saved as CSV for the analyst to fix).
 * Held in memory until the vault is locked; never written to the vault.
 */
export class ImportRun {
  readonly outcome: ImportOutcome;
  readonly rejectedCells = new Map<number, string[]>();

  constructor(
    readonly kind: ImportKind,
    readonly fileName: string,
    readonly format: SourceFormat,
    readonly headers: readonly string[],
    readonly mapping: ColumnMapping,
  ) {
    this.outcome = { kind, imported: 0, updated: 0, unchanged: 0, rejected: [], extractedEntities: 0 };
  }

  reject(rejection: RejectedRow, cells: readonly string[]): void {
    this.outcome.rejected.push(rejection);
    this.rejectedCells.set(rejection.row, [...cells]);
  }

  /** Rows read so far, whatever became of them. */
  get rowsRead(): number {
    const { imported, updated, unchanged, rejected } = this.outcome;
    return imported + updated + unchanged + rejected.length;
  }

  /** A copy safe to hand across the contract. */
  snapshot(): ImportOutcome {
    return { ...this.outcome, rejected: this.outcome.rejected.map((row) => ({ ...row })) };
  }
}
