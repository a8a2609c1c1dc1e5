import { performance } from 'node:perf_hooks';
import { FenlightError, toContractError } from '@shared/contract';
import type { ImportOutcome } from '@shared/contract/calls/ingest';
import { formatNumber } from '@shared/format';
import type { EngineContext } from '../context';
import type { JobDefinition } from '../jobs/jobRunner';
import { announce } from '../records/recordContext';
import type { VaultSession } from '../vault/vaultSession';
import { BatchAudit } from './batchAudit';
import type { ImportRun } from './importRun';
import type { ResolvedMapping } from './mapping';
import type { RowRejected } from './rowProblem';
import type { BatchImporter, BatchSink, PreparedBatch } from './rowImporter';
import type { SourceRow, SourceTable } from './table';

/**
 * Rows per transaction. Each commit rewrites every index page its rows touched, and the date
 * indexes take rows at random places, so over a large vault 500-row batches wrote ~29 KB to disk
 * per row; bigger batches touch each page once for more rows. Kept to 1,000 so that writing a
 * batch (one synchronous stretch: a transaction cannot let other calls in) stays well under a
 * second and a cancel is seen soon.
 */
export const BATCH_ROWS = 1_000;
/** Page cache while importing, in KiB (released when the import ends). */
const IMPORT_CACHE_KIB = 128 * 1024;
/** WAL pages between checkpoints while importing (64 MB at 4 KiB pages). */
const IMPORT_CHECKPOINT_PAGES = 16_384;
/** Longest stretch of preparing rows (outside a transaction) before other calls are let in. */
const PAUSE_EVERY_MS = 40;
/** How often views are told to refresh while an import runs. */
const ANNOUNCE_EVERY_MS = 2_000;

export interface ImportJobInput {
  run: ImportRun;
  table: SourceTable;
  mapping: ResolvedMapping;
  importer: BatchImporter;
  session: VaultSession;
}

function count(n: number): string {
  return formatNumber(n, 0);
}

/**
 * An import as a cancellable job. Rows are read and written a batch at a time, each batch in one
 * transaction with its audit entries; a rejected row leaves nothing behind (reports are validated
 * in full before a batch writes; entity and link rows each run in a savepoint). Between batches
 * the job yields, and while an importer prepares a batch outside its transaction (reports:
 * validation and extraction, most of the work) it yields every few tens of milliseconds, so the
 * engine stays responsive and a cancel is seen.
 *
 * Cancelling keeps the batches already committed: they are complete, validated and logged, and
 * rolling back thousands of committed rows (and their audit entries, which are append-only)
 * would be neither possible nor honest. Because import is idempotent, importing the same file
 * again finishes the job: the rows already in the vault are recognised and left unchanged.
 */
export function importJob(context: EngineContext, kind: string): JobDefinition<ImportJobInput, ImportOutcome> {
  return {
    kind,
    async run(input, job) {
      const { run, session } = input;
      let lastAnnounce = Date.now();
      let changed = false;
      const tellViews = (force: boolean) => {
        if (!changed || (!force && Date.now() - lastAnnounce < ANNOUNCE_EVERY_MS)) return;
        announce(context, input.importer.scopes);
        lastAnnounce = Date.now();
        changed = false;
      };
      const release = importSettings(session);
      try {
        job.progress(0, input.table.estimatedRows(), `Reading ${input.table.fileName}…`);
        let lastPause = performance.now();
        /** Lets other calls in; stops here if the job was cancelled or the vault locked. */
        const pause = async () => {
          await job.checkpoint();
          lastPause = performance.now();
          if (context.vaults.currentSession() !== session) {
            throw new FenlightError('VAULT_LOCKED', 'The vault was locked, so the import stopped.');
          }
        };
        const pauseWhenDue = () => (performance.now() - lastPause >= PAUSE_EVERY_MS ? pause() : Promise.resolve());
        const checkpoints = new Checkpoints(session);
        for (const batch of input.table.batches(BATCH_ROWS)) {
          await pause();
          const prepared = await input.importer.prepare?.(batch, input.mapping, pauseWhenDue);
          if (importBatch(input, batch, prepared)) changed = true;
          if (checkpoints.due()) {
            await pause();
            checkpoints.run();
          }
          tellViews(false);
          const total = input.table.estimatedRows();
          job.progress(run.rowsRead, total, `${count(run.rowsRead)} of ${count(total)} rows read`);
        }
        writeSummary(input, 'finished');
        tellViews(true);
        return run.snapshot();
      } catch (error) {
        tellViews(true);
        if (!(error instanceof FenlightError)) {
          (context.options.log ?? ((line: string) => process.stderr.write(`${line}\n`)))(
            `Fenlight engine: unexpected error in ${kind}: ${error instanceof Error ? error.stack : String(error)}`,
          );
        }
        throw stopped(input, error);
      } finally {
        release();
      }
    },
  };
}

/**
 * The import's WAL checkpoints, run between batches rather than by SQLite inside a batch's
 * commit, so the engine's longest wait is the longer of the two rather than their sum. They
 * come about every IMPORT_CHECKPOINT_PAGES pages: how many pages a batch adds to the WAL grows
 * with the vault, so the number of batches between checkpoints follows the last one's count.
 */
class Checkpoints {
  private batches = 0;
  private every = 1;

  constructor(private readonly session: VaultSession) {}

  /** Counts a batch; true when a checkpoint is due. */
  due(): boolean {
    this.batches += 1;
    return this.batches >= this.every;
  }

  run(): void {
    const [result] = this.session.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number }>;
    const pagesPerBatch = Math.max(1, (result?.log ?? 0) / this.batches);
    this.every = Math.max(1, Math.floor(IMPORT_CHECKPOINT_PAGES / pagesPerBatch));
    this.batches = 0;
  }
}

/** Imports running on each database, and the settings to put back when the last one ends. */
const running = new WeakMap<VaultSession, { count: number; cacheSize: number; checkpoint: number }>();

/**
 * For the import's duration only: SQLite's default page cache (2 MB) makes every insert into the
 * id and FTS indexes of a large vault re-read and re-decrypt pages, and its automatic checkpoint
 * (every 1,000 pages, inside a commit) copies FTS pages that the next batch rewrites anyway.
 * Returns the undo.
 */
function importSettings(session: VaultSession): () => void {
  const db = session.db;
  let state = running.get(session);
  if (!state) {
    state = { count: 0, cacheSize: db.pragma('cache_size', { simple: true }) as number, checkpoint: db.pragma('wal_autocheckpoint', { simple: true }) as number };
    running.set(session, state);
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    // Imports checkpoint between their batches (Checkpoints), so commits do not.
    db.pragma('wal_autocheckpoint = 0');
  }
  state.count += 1;
  const held = state;
  return () => {
    held.count -= 1;
    if (held.count > 0) return;
    running.delete(session);
    if (!db.open) return;
    db.pragma(`cache_size = ${held.cacheSize}`);
    db.pragma(`wal_autocheckpoint = ${held.checkpoint}`);
  };
}

/** One batch in one transaction, with its audit entries; returns whether anything was written. */
function importBatch(input: ImportJobInput, batch: readonly SourceRow[], prepared: PreparedBatch | undefined): boolean {
  const { run, importer, session, mapping } = input;
  const audit = new BatchAudit(importer.operation, run.fileName);
  const tally = { imported: 0, updated: 0, unchanged: 0, extractedEntities: 0 };
  const rejected: Array<{ source: SourceRow; rejection: RowRejected }> = [];
  const sink: BatchSink = {
    accept(row, effect) {
      tally[effect.outcome] += 1;
      tally.extractedEntities += effect.extractedEntities;
      audit.add(row, effect);
    },
    reject(source, rejection) {
      rejected.push({ source, rejection });
    },
  };
  session.transaction(() => {
    importer.importBatch(batch, mapping, sink, prepared);
    audit.write(session.audit);
  });
  // Counted only once the batch has committed.
  run.outcome.imported += tally.imported;
  run.outcome.updated += tally.updated;
  run.outcome.unchanged += tally.unchanged;
  run.outcome.extractedEntities += tally.extractedEntities;
  for (const { source, rejection } of rejected) run.reject({ row: source.row, column: rejection.column, reason: rejection.reason }, source.cells);
  return tally.imported + tally.updated > 0;
}

/**
 * The job's own entry: every import is logged once with its file and counts, even one that
 * changed nothing (so re-importing a file leaves this and nothing else in the log).
 */
function writeSummary(input: ImportJobInput, ending: 'finished' | 'cancelled' | 'failed'): void {
  const { run, session, importer } = input;
  const { imported, updated, unchanged, rejected, extractedEntities } = run.outcome;
  session.transaction(() =>
    session.audit.append({
      action: 'COLLECT',
      operation: importer.operation,
      targets: [],
      details: { facts: { file: run.fileName, format: run.format, ending, imported, updated, unchanged, rejected: rejected.length, extractedEntities } },
    }),
  );
}

/** A stopped import says what was kept. */
function stopped(input: ImportJobInput, error: unknown): FenlightError {
  const { run, session } = input;
  const contractError = toContractError(error);
  const cancelled = contractError.code === 'CANCELLED';
  try {
    if (session.db.open) writeSummary(input, cancelled ? 'cancelled' : 'failed');
  } catch {
    // The vault may be closing; the batches already committed carry their own entries.
  }
  const kept = run.outcome.imported + run.outcome.updated;
  const keptText =
    kept === 0
      ? 'Nothing from it was written to the vault.'
      : `The ${count(kept)} row${kept === 1 ? '' : 's'} already imported or updated ${kept === 1 ? 'is' : 'are'} kept (and logged); the rest of the file was not read. Import the same file again to finish: rows already in the vault are recognised and left unchanged.`;
  const lead = cancelled
    ? `The import was cancelled after ${count(run.rowsRead)} rows.`
    : contractError.code === 'INTERNAL'
      ? 'The import stopped because something went wrong inside Fenlight.'
      : contractError.message;
  return new FenlightError(contractError.code, `${lead} ${keptText}`, { outcome: run.snapshot() });
}
