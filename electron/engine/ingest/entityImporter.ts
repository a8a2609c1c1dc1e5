import { identityKey } from '@shared/entities/describe';
import { entityTypeLabels, type EntityType } from '@shared/domain/entityTypes';
import type { FieldChange } from '@shared/audit';
import { fieldDiff } from '../audit/fieldDiff';
import { validateEntity } from '../entities/handlers';
import type { RecordStores } from '../records/recordStores';
import type { RowCells } from './cells';
import { checkColumnsApply, entityColumnFor, entityInputFromFields, entityInputFromRow, rowEntityType } from './entityRows';
import { rejectionFrom, RowRejected } from './rowProblem';
import { rowByRow, UNCHANGED, type BatchImporter, type BatchSink, type RowEffect } from './rowImporter';
import type { ResolvedMapping } from './mapping';
import type { SourceRow } from './table';
import type { VaultDatabase } from '../vault/database';
import type { EvidenceWriter, ReportWriter } from './writers';

/** The report a row names in report_urn (it must already be in the vault), or null. */
export function supportingReport(cells: RowCells, reports: ReportWriter): string | null {
  const urn = cells.filled('report_urn')?.trim();
  if (urn === undefined) return null;
  const id = reports.idForUrn(urn);
  if (id === null) throw new RowRejected('report_urn', `No report with URN ${urn} is in the vault: import the reports first, or check the URN.`);
  return id;
}

export const EVIDENCE_NOTE = 'Added by import.';

/**
 * Entities, keyed on their identity key (normalised VRM, E.164 phone, postcode with first line,
 * folded name with date of birth…): a new identity is created, a known one updated where the
 * row differs, or left alone. Entities in an entities file were put there by the analyst, so
 * they are created as reviewed (unlike those extracted from report text).
 */
export class EntityImporter implements BatchImporter {
  readonly operation = 'import.entities';
  readonly scopes = ['entities'];

  constructor(
    private readonly db: VaultDatabase,
    private readonly stores: RecordStores,
    private readonly reports: ReportWriter,
    private readonly evidence: EvidenceWriter,
  ) {}

  importBatch(rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink): void {
    rowByRow(this.db, rows, mapping, sink, (cells) => this.importRow(cells));
  }

  private importRow(cells: RowCells): RowEffect {
    const type = rowEntityType(cells);
    checkColumnsApply(type, cells);
    const reportId = supportingReport(cells, this.reports);
    const rowFields = this.validate(type, entityInputFromRow(type, cells, {}));
    const key = identityKey(rowFields);
    if (key === null) {
      throw new RowRejected(null, `This ${entityTypeLabels[type].toLowerCase()} has nothing to recognise it by on a later import: give a name, an address line or a postcode.`);
    }
    const existing = this.stores.entities.findByIdentity(type, key);
    if (existing === null) {
      const id = this.stores.entities.create(rowFields);
      if (reportId !== null) this.stores.evidence.add('entity', id, reportId, EVIDENCE_NOTE);
      const created = [{ type: 'entity', id }, ...(reportId === null ? [] : [{ type: 'report', id: reportId }])];
      return { outcome: 'imported', created, alter: null, joined: [], extractedEntities: 0 };
    }
    const before = this.stores.entities.fields(existing.id);
    const after = this.validate(type, entityInputFromRow(type, cells, entityInputFromFields(before)));
    const changes: FieldChange[] = fieldDiff(before as Record<string, unknown>, after as Record<string, unknown>);
    if (changes.length > 0) this.stores.entities.update(existing.id, after);
    if (reportId !== null && !this.evidence.has('entity', existing.id, reportId)) {
      this.stores.evidence.add('entity', existing.id, reportId, EVIDENCE_NOTE);
      changes.push({ field: 'evidence', after: reportId });
    }
    if (changes.length === 0) return UNCHANGED;
    const targets = [{ type: 'entity', id: existing.id }, ...(reportId === null ? [] : [{ type: 'report', id: reportId }])];
    return { outcome: 'updated', created: [], alter: { action: 'ALTER', operation: this.operation, targets, details: { changes } }, joined: [], extractedEntities: 0 };
  }

  private validate(type: EntityType, input: Record<string, unknown>) {
    try {
      return validateEntity(input);
    } catch (error) {
      throw rejectionFrom(error, (path) => entityColumnFor(type, path));
    }
  }
}
