import { FenlightError } from '@shared/contract';
import type { ImportRun } from './importRun';

/** Imports are kept this long (most recent first): enough to save rejected rows after a few runs. */
const KEPT = 10;

/**
 * The imports of this engine session by job id. They hold rows read from files (rejected rows
 * with their cells), so they are dropped when the vault locks, like everything else decrypted.
 */
export class ImportResults {
  private readonly runs = new Map<string, ImportRun>();

  add(jobId: string, run: ImportRun): void {
    this.runs.set(jobId, run);
    for (const old of [...this.runs.keys()].slice(0, Math.max(0, this.runs.size - KEPT))) this.runs.delete(old);
  }

  require(jobId: string): ImportRun {
    const run = this.runs.get(jobId);
    if (!run) {
      throw new FenlightError('NOT_FOUND', 'That import is no longer held: its results are kept only until the vault is locked. Import the file again to see them.');
    }
    return run;
  }

  clear(): void {
    this.runs.clear();
  }
}
