/**
 * Prepared statements for the import's hot path. The record stores prepare their SQL on every
 * call, which is right for one record at a time but costs seconds over 100,000 rows; these
 * write the same columns (reportRowValues is the single source of them) with statements
 * prepared once per import.
 *
 * New reports, evidence and extracted entities are written many rows per statement (one
 * INSERT … VALUES (…), (…)): report_fts and entity_fts are kept by triggers, and FTS5 flushes its
 * pending index to disk at every statement savepoint, so row-by-row inserts wrote one tiny FTS
 * segment per report (three times the cost). Bound values beat INSERT … SELECT FROM json_each,
 * which parses each row's JSON once per column.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { EntityType } from '@shared/domain/entityTypes';
import { gradeRank } from '@shared/domain/grading';
import { entityChartLabel, entityLabel, entityNames, entitySearchText, identityKey } from '@shared/entities/describe';
import type { EntityFields } from '@shared/schemas/entity';
import type { ReportFields } from '@shared/schemas/report';
import { reportRowValues, type ReportRow } from '../records/rows';
import type { VaultDatabase } from '../vault/database';
import { TimeOrderedIds } from '../demo/ids';

/** SQLite's limit on bound values in one statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_BOUND_VALUES = 32_766;

/** Inserts rows of values in as few statements as the bound-value limit allows; statements are prepared once per row count. */
class MultiRowInsert {
  private readonly statements = new Map<number, Statement>();
  private readonly rowsPerStatement: number;

  constructor(
    private readonly db: VaultDatabase,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.rowsPerStatement = Math.floor(MAX_BOUND_VALUES / columns.length);
  }

  run(rows: ReadonlyArray<readonly unknown[]>): void {
    for (let start = 0; start < rows.length; start += this.rowsPerStatement) {
      const part = rows.slice(start, start + this.rowsPerStatement);
      this.statement(part.length).run(part.flat());
    }
  }

  private statement(count: number): Statement {
    let statement = this.statements.get(count);
    if (!statement) {
      const row = `(${this.columns.map(() => '?').join(', ')})`;
      statement = this.db.prepare(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array.from({ length: count }, () => row).join(', ')}`);
      this.statements.set(count, statement);
    }
    return statement;
  }
}

/**
 * Ids that rise with time (UUID version 7), so a large import appends to the primary-key
 * indexes instead of touching a random page per row; ordinary UUIDs to everything else.
 */
const ids = new TimeOrderedIds();

export function newId(): string {
  return ids.next();
}

export class ReportWriter {
  private readonly idByUrn: Statement;
  private readonly byUrn: Statement;
  private readonly changes: Statement;
  private readonly dataVersion: Statement;
  private insertMany: { columns: string[]; insert: MultiRowInsert } | null = null;
  private update: Statement | null = null;

  constructor(
    private readonly db: VaultDatabase,
    private readonly now: () => Date,
  ) {
    this.idByUrn = db.prepare('SELECT id FROM report WHERE urn = ?').pluck();
    this.byUrn = db.prepare('SELECT * FROM report WHERE urn = ?');
    this.changes = db.prepare('SELECT total_changes()').pluck();
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /**
   * Changes when anything is written to the vault: by this connection (total_changes) or by
   * another one, such as the command line (data_version).
   */
  vaultVersion(): string {
    return `${String(this.changes.get())}:${String(this.dataVersion.get())}`;
  }

  idForUrn(urn: string): string | null {
    return (this.idByUrn.get(urn) as string | undefined) ?? null;
  }

  /** The stored report with this URN; null for none (and for a blank URN). */
  rowForUrn(urn: string): ReportRow | null {
    return urn === '' ? null : ((this.byUrn.get(urn) as ReportRow | undefined) ?? null);
  }

  /** Creates reports (origin "import") in one statement. */
  createMany(reports: ReadonlyArray<{ id: string; fields: ReportFields }>): void {
    // Ids come from newId(): time-ordered, so the primary-key index is appended to, not scattered.
    if (reports.length === 0) return;
    const at = this.now().toISOString();
    const rows: Array<Record<string, unknown>> = reports.map(({ id, fields }) => ({ ...reportRowValues(fields), id, origin: 'import', created_at: at, updated_at: at }));
    if (!this.insertMany) {
      const columns = Object.keys(rows[0]!);
      this.insertMany = { columns, insert: new MultiRowInsert(this.db, 'report', columns) };
    }
    const { columns, insert } = this.insertMany;
    insert.run(rows.map((row) => columns.map((column) => row[column])));
  }

  /** The origin and creation time stay as they were: only the fields and updated_at change. */
  replace(id: string, fields: ReportFields): void {
    const values = reportRowValues(fields);
    if (!this.update) {
      const assignments = Object.keys(values).map((column) => `${column} = @${column}`);
      this.update = this.db.prepare(`UPDATE report SET ${assignments.join(', ')}, updated_at = @updated_at WHERE id = @id`);
    }
    this.update.run({ ...values, id, updated_at: this.now().toISOString() });
  }
}

export interface EvidenceRow {
  reportId: string;
  entityId: string;
  note: string;
}

/** Evidence rows (report ↔ entity) written by the import, and the identity lookups it makes. */
export class EvidenceWriter {
  private readonly insertMany: MultiRowInsert;
  private readonly ofReport: Statement;
  private readonly identity: Statement;
  private readonly entityCard: Statement;
  private readonly linkCard: Statement;
  private readonly entityState: Statement;

  constructor(
    db: VaultDatabase,
    private readonly now: () => Date,
  ) {
    this.insertMany = new MultiRowInsert(db, 'evidence', ['id', 'report_id', 'entity_id', 'note', 'created_at', 'report_grade_rank', 'report_handling_code', 'report_event_on']);
    this.ofReport = db.prepare('SELECT entity_id FROM evidence WHERE report_id = ? AND entity_id IS NOT NULL').pluck();
    this.identity = db.prepare('SELECT id FROM entity WHERE type = ? AND identity_key = ? AND merged_into IS NULL').pluck();
    this.entityCard = db.prepare('SELECT 1 FROM evidence WHERE report_id = ? AND entity_id = ?').pluck();
    this.linkCard = db.prepare('SELECT 1 FROM evidence WHERE report_id = ? AND link_id = ?').pluck();
    this.entityState = db.prepare('SELECT merged_into FROM entity WHERE id = ?');
  }

  /**
   * The entity as it is now: itself, the entity it was merged into, or null if it was deleted
   * (names known at the start of an import may have changed while it ran).
   */
  liveEntity(id: string): string | null {
    let current = id;
    for (let hops = 0; hops < 10; hops++) {
      const row = this.entityState.get(current) as { merged_into: string | null } | undefined;
      if (!row) return null;
      if (row.merged_into === null) return current;
      current = row.merged_into;
    }
    return null;
  }

  /**
   * Writes the rows with their report's grading and date already filled in, as the
   * evidence_report_insert trigger would fill them (migration 5): left to the trigger, every
   * row would be inserted, then updated and re-indexed.
   */
  addMany(rows: readonly EvidenceRow[], reportOf: (reportId: string) => ReportFields): void {
    if (rows.length === 0) return;
    const at = this.now().toISOString();
    this.insertMany.run(
      rows.map((row) => {
        const report = reportOf(row.reportId);
        const rank = gradeRank({ source: report.sourceEvaluation, assessment: report.intelligenceAssessment });
        return [newId(), row.reportId, row.entityId, row.note, at, rank, report.handlingCode, report.occurredOn ?? report.receivedOn];
      }),
    );
  }

  /** Whether the report is already evidence for that entity or link. */
  has(owner: 'entity' | 'link', ownerId: string, reportId: string): boolean {
    return (owner === 'entity' ? this.entityCard : this.linkCard).get(reportId, ownerId) !== undefined;
  }

  /** Entities a report is already evidence for (so a re-import adds no second card). */
  entitiesOf(reportId: string): Set<string> {
    return new Set(this.ofReport.all(reportId) as string[]);
  }

  /** The live entity with this identity key (as EntityStore.findByIdentity, prepared once). */
  entityWithIdentity(type: EntityType, key: string): string | null {
    return (this.identity.get(type, key) as string | undefined) ?? null;
  }
}

/**
 * Entities found in report text, created a batch per statement (entity_fts is kept by a trigger,
 * so one row per statement would write one FTS segment per entity). The columns are worked out
 * exactly as EntityStore.create works them out (a test compares the two); only kinds without
 * names are created here, so there are no entity_name rows to write.
 */
export class ExtractedEntityWriter {
  private readonly insertMany: MultiRowInsert;

  constructor(
    db: VaultDatabase,
    private readonly now: () => Date,
  ) {
    this.insertMany = new MultiRowInsert(db, 'entity', ['id', 'type', 'label', 'chart_label', 'identity_key', 'properties', 'category', 'site_type', 'lat', 'lon', 'review_state', 'search_text', 'created_at', 'updated_at']);
  }

  /** Creates the entities marked "extracted, unreviewed". */
  createMany(entities: ReadonlyArray<{ id: string; fields: EntityFields }>): void {
    if (entities.length === 0) return;
    const at = this.now().toISOString();
    const rows = entities.map(({ id, fields }) => {
      if (entityNames(fields).length > 0) throw new Error('Entities with names are created through EntityStore, which indexes their names.');
      return [
        id,
        fields.type,
        entityLabel(fields),
        entityChartLabel(fields),
        identityKey(fields),
        JSON.stringify(fields),
        fields.type === 'person' ? fields.category : null,
        fields.type === 'site' ? fields.siteType : null,
        fields.type === 'site' && fields.location ? fields.location.lat : null,
        fields.type === 'site' && fields.location ? fields.location.lon : null,
        'unreviewed',
        entitySearchText(fields),
        at,
        at,
      ];
    });
    this.insertMany.run(rows);
  }
}
