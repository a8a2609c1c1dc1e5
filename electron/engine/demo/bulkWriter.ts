/**
 * Reports and evidence for the demo load, a batch per statement (INSERT … SELECT FROM json_each).
 * ReportStore.create and EvidenceStore.add write one row per statement, and report_fts (kept by
 * a trigger) flushes its pending index at every statement, so 100,000 single-row inserts leave
 * 100,000 tiny index segments to merge: most of the load's time. The columns come from
 * reportRowValues, the stores' own single source, so the rows are exactly what the stores write.
 * Entities and links still go through their stores, whose identity and link-end checks matter.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { ReportOrigin } from '@shared/records';
import type { ReportFields } from '@shared/schemas/report';
import { reportRowValues } from '../records/rows';
import type { VaultDatabase } from '../vault/database';

export interface EvidenceRow {
  id: string;
  reportId: string;
  entityId: string | null;
  linkId: string | null;
  note: string;
}

export class BulkWriter {
  private insertReports: Statement | null = null;
  private readonly insertEvidence: Statement;

  constructor(
    private readonly db: VaultDatabase,
    private readonly now: () => Date,
  ) {
    this.insertEvidence = db.prepare(
      "INSERT INTO evidence (id, report_id, entity_id, link_id, note, created_at) SELECT value ->> '$.id', value ->> '$.reportId', value ->> '$.entityId', value ->> '$.linkId', value ->> '$.note', ? FROM json_each(?)",
    );
  }

  reports(reports: ReadonlyArray<{ id: string; fields: ReportFields }>, origin: ReportOrigin): void {
    if (reports.length === 0) return;
    const at = this.now().toISOString();
    const rows = reports.map(({ id, fields }) => ({ ...reportRowValues(fields), id, origin, created_at: at, updated_at: at }));
    if (!this.insertReports) {
      const columns = Object.keys(rows[0]!);
      this.insertReports = this.db.prepare(`INSERT INTO report (${columns.join(', ')}) SELECT ${columns.map((column) => `value ->> '$.${column}'`).join(', ')} FROM json_each(?)`);
    }
    this.insertReports.run(JSON.stringify(rows));
  }

  evidence(rows: readonly EvidenceRow[]): void {
    if (rows.length > 0) this.insertEvidence.run(this.now().toISOString(), JSON.stringify(rows));
  }
}
