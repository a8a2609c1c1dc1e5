import type { ZodType } from 'zod';
import type { FieldChange } from '@shared/audit';
import { parseOrThrow } from '@shared/contract/validation';
import type { ReportFields } from '@shared/schemas/report';
import { fieldDiff } from '../audit/fieldDiff';
import { reportFieldsFromRow, type ReportRow } from '../records/rows';
import { NO_EXTRACTION, type BulkExtractor, type Mention } from './bulkExtraction';
import { RowCells } from './cells';
import type { ResolvedMapping } from './mapping';
import { mergeReportInput, reportColumnFor, reportInputFromFields, reportInputFromRow } from './reportRows';
import { rejectionFrom, RowRejected } from './rowProblem';
import { unreadable, UNCHANGED, type BatchImporter, type BatchSink, type PreparedBatch, type RowEffect } from './rowImporter';
import type { SourceRow } from './table';
import { newId, type EvidenceRow, type EvidenceWriter, type ReportWriter } from './writers';

/** The restricted field: an ALTER names it without its contents. */
const RESTRICTED: Array<keyof ReportFields> = ['originalText'];

type Plan =
  | { row: number; kind: 'create'; id: string; fields: ReportFields; mentions: Mention[] }
  | { row: number; kind: 'update'; id: string; fields: ReportFields; changes: FieldChange[]; mentions: Mention[] }
  | { row: number; kind: 'unchanged' };

/** A row checked before its batch's transaction. */
interface CheckedRow {
  source: SourceRow;
  urn: string;
  /** The stored report with the row's URN when it was checked. */
  stored: ReportRow | null;
  /** Whether the result holds whatever the vault holds (an unreadable row, a URN repeated in the file). */
  vaultFree: boolean;
  result: Plan | RowRejected;
}

/** A batch checked before its transaction, against the vault as it was at `version`. */
class CheckedBatch implements PreparedBatch {
  constructor(
    readonly rows: readonly SourceRow[],
    readonly checked: CheckedRow[],
    readonly version: string,
  ) {}
}

function sameReport(now: ReportRow | null, then: ReportRow | null): boolean {
  if (now === null || then === null) return now === then;
  return (Object.keys(now) as Array<keyof ReportRow>).every((column) => now[column] === then[column]);
}

/**
 * Reports, keyed on URN: a new URN is created; a known URN whose fields differ is updated (an
 * ALTER with the field diff); a known URN with the same fields is left alone, so importing a
 * file twice changes nothing. A URN repeated within one file is refused the second time.
 *
 * Each batch is validated in full before anything is written, so a rejected row leaves nothing
 * behind without a savepoint per row (a savepoint makes FTS5 flush its index: see writers.ts).
 */
export class ReportImporter implements BatchImporter {
  readonly operation = 'import.reports';
  readonly scopes = ['reports', 'entities'];
  private readonly seen = new Map<string, number>();

  /**
   * `schema` is reportInputSchema for this vault and today, built once per import: it is the
   * schema validateReport uses, but building it per row would cost over 2 ms a row.
   */
  constructor(
    private readonly schema: ZodType<ReportFields>,
    private readonly writer: ReportWriter,
    private readonly evidence: EvidenceWriter,
    private readonly extractor: BulkExtractor,
  ) {}

  /**
   * Reads, validates and extracts from a batch's rows before its transaction, pausing now and
   * then; importBatch writes what was found, checking again each row whose stored report changed.
   */
  async prepare(rows: readonly SourceRow[], mapping: ResolvedMapping, pause: () => Promise<void>): Promise<CheckedBatch> {
    const version = this.writer.vaultVersion();
    const checked: CheckedRow[] = [];
    for (const source of rows) {
      checked.push(this.check(source, mapping));
      await pause();
    }
    return new CheckedBatch(rows, checked, version);
  }

  importBatch(rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink, batch?: PreparedBatch): void {
    const prepared = batch instanceof CheckedBatch && batch.rows === rows ? batch : null;
    const checked = prepared?.checked ?? rows.map((source) => this.check(source, mapping));
    // Other calls may have written while the batch was prepared: then a row whose stored report came, went or changed is checked again.
    const written = prepared !== null && prepared.version !== this.writer.vaultVersion();
    const plans: Plan[] = [];
    for (const row of checked) {
      const recheck = written && !row.vaultFree && !sameReport(this.writer.rowForUrn(row.urn), row.stored);
      const result = recheck ? this.attempt(() => this.plan(new RowCells(row.source, mapping), row.urn)) : row.result;
      if (result instanceof RowRejected) sink.reject(row.source, result);
      else plans.push(result);
    }
    this.write(plans, sink);
  }

  /** A row's plan (or rejection), with the stored report it was planned against. */
  private check(source: SourceRow, mapping: ResolvedMapping): CheckedRow {
    const problem = unreadable(source);
    if (problem) return { source, urn: '', stored: null, vaultFree: true, result: problem };
    const cells = new RowCells(source, mapping);
    const urn = cells.raw('urn')?.trim() ?? '';
    if (urn !== '') {
      const first = this.seen.get(urn);
      if (first !== undefined) {
        const repeated = new RowRejected('urn', `URN ${urn} appears twice in this file (rows ${first} and ${cells.row}): only the first was imported.`);
        return { source, urn, stored: null, vaultFree: true, result: repeated };
      }
      this.seen.set(urn, cells.row);
    }
    const stored = this.writer.rowForUrn(urn);
    return { source, urn, stored, vaultFree: false, result: this.attempt(() => this.plan(cells, urn, stored)) };
  }

  private attempt(work: () => Plan): Plan | RowRejected {
    try {
      return work();
    } catch (error) {
      return rejectionFrom(error, reportColumnFor);
    }
  }

  /** Validates one row and decides what it does against the stored report with its URN, writing nothing. */
  private plan(cells: RowCells, urn: string, stored: ReportRow | null = this.writer.rowForUrn(urn)): Plan {
    const rowInput = reportInputFromRow(cells);
    if (stored === null) {
      const fields = this.validate(rowInput, cells);
      return { row: cells.row, kind: 'create', id: newId(), fields, mentions: this.extractor.mentions(fields.sanitisedText) };
    }
    const before = reportFieldsFromRow(stored, true);
    const after = this.validate(mergeReportInput(reportInputFromFields(before, cells), rowInput), cells);
    const changes = fieldDiff(before, after, RESTRICTED);
    if (changes.length === 0) return { row: cells.row, kind: 'unchanged' };
    const mentions = before.sanitisedText === after.sanitisedText ? [] : this.extractor.mentions(after.sanitisedText);
    return { row: cells.row, kind: 'update', id: stored.id, fields: after, changes, mentions };
  }

  /** Writes a batch's valid rows: new reports in one statement, updates one by one, then what their text names. */
  private write(plans: readonly Plan[], sink: BatchSink): void {
    this.extractor.startBatch();
    this.writer.createMany(plans.flatMap((plan) => (plan.kind === 'create' ? [{ id: plan.id, fields: plan.fields }] : [])));
    const evidence: EvidenceRow[] = [];
    for (const plan of plans) {
      if (plan.kind === 'unchanged') {
        sink.accept(plan.row, UNCHANGED);
        continue;
      }
      if (plan.kind === 'update') this.writer.replace(plan.id, plan.fields);
      const extraction = plan.mentions.length === 0 ? NO_EXTRACTION : this.extractor.link(plan.id, plan.mentions, plan.kind === 'create', evidence);
      const effect: RowEffect = {
        outcome: plan.kind === 'create' ? 'imported' : 'updated',
        created: [...(plan.kind === 'create' ? [{ type: 'report', id: plan.id }] : []), ...extraction.created.map((id) => ({ type: 'entity', id }))],
        alter: plan.kind === 'update' ? { action: 'ALTER', operation: this.operation, targets: [{ type: 'report', id: plan.id }], details: { changes: plan.changes } } : null,
        joined: extraction.joined,
        extractedEntities: extraction.created.length,
      };
      sink.accept(plan.row, effect);
    }
    this.extractor.createPending();
    const written = new Map(plans.flatMap((plan) => (plan.kind === 'unchanged' ? [] : [[plan.id, plan.fields] as const])));
    this.evidence.addMany(evidence, (reportId) => written.get(reportId)!);
  }

  private validate(input: Record<string, unknown>, cells: RowCells): ReportFields {
    try {
      return parseOrThrow(this.schema, input);
    } catch (error) {
      const legacy = cells.filled('legacy_grade');
      const first = ((error as { details?: { issues?: Array<{ path: string; message: string }> } }).details?.issues ?? [])[0];
      // A legacy grade alone is not enough: it is kept as written and never converted to 3x5x2.
      if (legacy !== undefined && first && ['sourceEvaluation', 'intelligenceAssessment', 'handlingCode'].includes(first.path) && first.message.endsWith('is required.')) {
        throw new RowRejected(
          reportColumnFor(first.path),
          `${first.message} The legacy 5x5x5 grade ${legacy.trim()} is kept exactly as written but is never converted: give the 3x5x2 grade as well.`,
        );
      }
      throw rejectionFrom(error, reportColumnFor);
    }
  }
}
