import type { ZodType } from 'zod';
import type { FieldChange } from '@shared/audit';
import { parseOrThrow } from '@shared/contract/validation';
import type { ReportFields } from '@shared/schemas/report';
import { fieldDiff } from '../audit/fieldDiff';
import { reportFieldsFromRow } from '../records/rows';
import { NO_EXTRACTION, type BulkExtractor, type Mention } from './bulkExtraction';
import { RowCells } from './cells';
import type { ResolvedMapping } from './mapping';
import { mergeReportInput, reportColumnFor, reportInputFromFields, reportInputFromRow } from './reportRows';
import { rejectionFrom, RowRejected } from './rowProblem';
import { unreadable, UNCHANGED, type BatchImporter, type BatchSink, type RowEffect } from './rowImporter';
import type { SourceRow } from './table';
import { newId, type EvidenceRow, type EvidenceWriter, type ReportWriter } from './writers';

/** The restricted field: an ALTER names it without its contents. */
const RESTRICTED: Array<keyof ReportFields> = ['originalText'];

type Plan =
  | { row: number; kind: 'create'; id: string; fields: ReportFields; mentions: Mention[] }
  | { row: number; kind: 'update'; id: string; fields: ReportFields; changes: FieldChange[]; mentions: Mention[] }
  | { row: number; kind: 'unchanged' };

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

  importBatch(rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink): void {
    const plans: Plan[] = [];
    for (const source of rows) {
      try {
        const problem = unreadable(source);
        if (problem) throw problem;
        plans.push(this.plan(new RowCells(source, mapping)));
      } catch (error) {
        sink.reject(source, rejectionFrom(error, reportColumnFor));
      }
    }
    this.write(plans, sink);
  }

  /** Validates one row and decides what it does, reading the vault but writing nothing. */
  private plan(cells: RowCells): Plan {
    const urn = cells.raw('urn')?.trim() ?? '';
    if (urn !== '') {
      const first = this.seen.get(urn);
      if (first !== undefined) throw new RowRejected('urn', `URN ${urn} appears twice in this file (rows ${first} and ${cells.row}): only the first was imported.`);
      this.seen.set(urn, cells.row);
    }
    const rowInput = reportInputFromRow(cells);
    const existingId = urn === '' ? null : this.writer.idForUrn(urn);
    if (existingId === null) {
      const fields = this.validate(rowInput, cells);
      return { row: cells.row, kind: 'create', id: newId(), fields, mentions: this.extractor.mentions(fields.sanitisedText) };
    }
    const before = reportFieldsFromRow(this.writer.row(existingId), true);
    const after = this.validate(mergeReportInput(reportInputFromFields(before, cells), rowInput), cells);
    const changes = fieldDiff(before, after, RESTRICTED);
    if (changes.length === 0) return { row: cells.row, kind: 'unchanged' };
    const mentions = before.sanitisedText === after.sanitisedText ? [] : this.extractor.mentions(after.sanitisedText);
    return { row: cells.row, kind: 'update', id: existingId, fields: after, changes, mentions };
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
