import type { FieldChange } from '@shared/audit';
import { parseOrThrow } from '@shared/contract/validation';
import { linkEndsProblem, linkTypeCodes, linkTypeLabel, type LinkType } from '@shared/domain/linkTypes';
import { linkStrengthCodes, linkStrengthLabels, type LinkStrength } from '@shared/domain/linkStrengths';
import { entityTypeCodes, type EntityType } from '@shared/domain/entityTypes';
import { linkFieldLabels as L, linkInputSchema, type LinkFields } from '@shared/schemas/link';
import { fieldDiff } from '../audit/fieldDiff';
import type { RecordStores } from '../records/recordStores';
import { booleanCell, codeLookup, dateCell, textCell, type RowCells } from './cells';
import { EVIDENCE_NOTE, supportingReport } from './entityImporter';
import { entityTypeOf } from './entityRows';
import type { LinkEndResolver } from './linkEnds';
import { rejectionFrom, RowRejected } from './rowProblem';
import { rowByRow, UNCHANGED, type BatchImporter, type BatchSink, type RowEffect } from './rowImporter';
import type { ResolvedMapping } from './mapping';
import type { SourceRow } from './table';
import type { VaultDatabase } from '../vault/database';
import type { EvidenceWriter, ReportWriter } from './writers';

const linkType = codeLookup(linkTypeCodes, (code) => linkTypeLabel(code as LinkType));
const strength = codeLookup(linkStrengthCodes, (code) => linkStrengthLabels[code as LinkStrength]);

const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  fromId: 'from_key',
  toId: 'to_key',
  type: 'link_type',
  directed: 'directed',
  strength: 'strength',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  notes: 'notes',
};

function endType(cells: RowCells, column: 'from_type' | 'to_type'): EntityType {
  const written = cells.filled(column)?.trim();
  const label = column === 'from_type' ? 'From type' : 'To type';
  if (written === undefined) throw new RowRejected(column, `${label} is required: the entity type at that end, e.g. person or vehicle.`);
  const type = entityTypeOf(written);
  if (!(entityTypeCodes as readonly string[]).includes(type)) {
    throw new RowRejected(column, `${label} “${written}” is not an entity type: use person, site, vehicle, phone, organisation, email, account or document.`);
  }
  return type as EntityType;
}

/**
 * Links, keyed on their ends and type (LinkStore.findSame; an undirected link matches either
 * way round): a new link is created, a known one updated where the row differs, or left alone.
 */
export class LinkImporter implements BatchImporter {
  readonly operation = 'import.links';
  readonly scopes = ['links', 'entities'];

  constructor(
    private readonly db: VaultDatabase,
    private readonly stores: RecordStores,
    private readonly ends: LinkEndResolver,
    private readonly reports: ReportWriter,
    private readonly evidence: EvidenceWriter,
  ) {}

  importBatch(rows: readonly SourceRow[], mapping: ResolvedMapping, sink: BatchSink): void {
    rowByRow(this.db, rows, mapping, sink, (cells) => this.importRow(cells));
  }

  private importRow(cells: RowCells): RowEffect {
    const fromType = endType(cells, 'from_type');
    const toType = endType(cells, 'to_type');
    const fromId = this.ends.resolve(fromType, cells.raw('from_key') ?? '', 'from_key');
    const toId = this.ends.resolve(toType, cells.raw('to_key') ?? '', 'to_key');
    const type = linkType(cells.filled('link_type') ?? '');
    const problem = (linkTypeCodes as readonly string[]).includes(type) ? linkEndsProblem(type as LinkType, fromType, toType) : null;
    if (problem) throw new RowRejected('link_type', problem);
    const reportId = supportingReport(cells, this.reports);
    const row: Record<string, unknown> = { fromId, toId, type };
    if (cells.has('strength')) row.strength = cells.filled('strength') === undefined ? undefined : strength(cells.filled('strength')!);
    if (cells.has('directed')) row.directed = booleanCell(cells, 'directed', L.directed);
    if (cells.has('valid_from')) row.validFrom = dateCell(cells, 'valid_from', L.validFrom);
    if (cells.has('valid_to')) row.validTo = dateCell(cells, 'valid_to', L.validTo);
    if (cells.has('notes')) row.notes = textCell(cells, 'notes');

    const existing = this.stores.links.findSame({ fromId, toId, type: type as LinkType });
    if (existing === null) {
      const fields = this.validate(row);
      const id = this.stores.links.create(fields);
      if (reportId !== null) this.stores.evidence.add('link', id, reportId, EVIDENCE_NOTE);
      // As links.create records it: the link and the two entities it joins.
      const created = [
        { type: 'link', id },
        { type: 'entity', id: fields.fromId },
        { type: 'entity', id: fields.toId },
        ...(reportId === null ? [] : [{ type: 'report', id: reportId }]),
      ];
      return { outcome: 'imported', created, alter: null, joined: [], extractedEntities: 0 };
    }
    const before = this.stores.links.fields(existing);
    // The stored ends stay as they are (an undirected link may have been recorded the other way round).
    const after = this.validate({ ...before, ...row, fromId: before.fromId, toId: before.toId });
    const changes: FieldChange[] = fieldDiff(before, after);
    if (changes.length > 0) this.stores.links.update(existing, after);
    if (reportId !== null && !this.evidence.has('link', existing, reportId)) {
      this.stores.evidence.add('link', existing, reportId, EVIDENCE_NOTE);
      changes.push({ field: 'evidence', after: reportId });
    }
    if (changes.length === 0) return UNCHANGED;
    const targets = [{ type: 'link', id: existing }, ...(reportId === null ? [] : [{ type: 'report', id: reportId }])];
    return { outcome: 'updated', created: [], alter: { action: 'ALTER', operation: this.operation, targets, details: { changes } }, joined: [], extractedEntities: 0 };
  }

  private validate(input: Record<string, unknown>): LinkFields {
    try {
      return parseOrThrow(linkInputSchema, input);
    } catch (error) {
      throw rejectionFrom(error, (path) => COLUMN_OF_FIELD[path.split('.')[0] ?? ''] ?? null);
    }
  }
}
