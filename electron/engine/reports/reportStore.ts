import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import type { ReportListFilter, ReportSortKey } from '@shared/contract/calls/reports';
import type { ReportFields } from '@shared/schemas/report';
import type { ReportOrigin, ReportSummary } from '@shared/records';
import { addReportConditions } from './reportConditions';
import type { VaultDatabase } from '../vault/database';
import { REPORT_SUMMARY_COLUMNS, REPORT_SUMMARY_COLUMNS_OF_R, reportRowValues, reportSummary, type ReportRow, type ReportSummaryRow } from '../records/rows';
import { ftsMatchExpression } from '../search/ftsExpression';

const SORT_COLUMNS: Record<ReportSortKey, string> = {
  recordedOn: 'recorded_on',
  receivedOn: 'received_on',
  occurredOn: 'occurred_on',
  urn: 'urn',
  title: 'title',
  grade: 'grade_rank',
  updatedAt: 'updated_at',
};

/** Reports as stored: one row each, the restricted original text kept but never listed. */
export class ReportStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly now: () => Date,
  ) {}

  create(fields: ReportFields, origin: ReportOrigin, id: string = crypto.randomUUID()): string {
    const at = this.now().toISOString();
    try {
      this.db
        .prepare(
          `INSERT INTO report (id, urn, title, original_text, sanitised_text, source_evaluation, intelligence_assessment, handling_code,
             handling_conditions, protective_marking, source_type, exploitation_types, indicators, occurred_on, received_on, recorded_on,
             author_name, author_staff_number, district, mopi_group, next_review_date, legacy_grade, grade_rank, origin, created_at, updated_at)
           VALUES (@id, @urn, @title, @original_text, @sanitised_text, @source_evaluation, @intelligence_assessment, @handling_code,
             @handling_conditions, @protective_marking, @source_type, @exploitation_types, @indicators, @occurred_on, @received_on, @recorded_on,
             @author_name, @author_staff_number, @district, @mopi_group, @next_review_date, @legacy_grade, @grade_rank, @origin, @created_at, @updated_at)`,
        )
        .run({ id, ...reportRowValues(fields), origin, created_at: at, updated_at: at });
    } catch (error) {
      throw this.urnConflict(error, fields.urn);
    }
    return id;
  }

  update(id: string, fields: ReportFields): void {
    const values = reportRowValues(fields);
    const assignments = Object.keys(values)
      .map((column) => `${column} = @${column}`)
      .join(', ');
    try {
      this.db.prepare(`UPDATE report SET ${assignments}, updated_at = @updated_at WHERE id = @id`).run({ ...values, id, updated_at: this.now().toISOString() });
    } catch (error) {
      throw this.urnConflict(error, fields.urn);
    }
  }

  row(id: string): ReportRow {
    const row = this.db.prepare('SELECT * FROM report WHERE id = ?').get(id) as ReportRow | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That report is not in the vault (it may have been deleted).');
    return row;
  }

  idForUrn(urn: string): string | null {
    return (this.db.prepare('SELECT id FROM report WHERE urn = ?').pluck().get(urn) as string | undefined) ?? null;
  }

  summary(id: string): ReportSummary {
    const row = this.db.prepare(`SELECT ${REPORT_SUMMARY_COLUMNS} FROM report WHERE id = ?`).get(id) as ReportSummaryRow | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That report is not in the vault (it may have been deleted).');
    return reportSummary(row);
  }

  /** Deletes the report and the evidence it provided (entities and links stay). */
  delete(id: string): { urn: string; evidenceRemoved: number } {
    const { urn } = this.row(id);
    const evidence = this.db.prepare('DELETE FROM evidence WHERE report_id = ?').run(id).changes;
    this.db.prepare('DELETE FROM report WHERE id = ?').run(id);
    return { urn, evidenceRemoved: evidence };
  }

  /** Entities this report is evidence for, and how many links. */
  supports(id: string): { entityIds: string[]; links: number } {
    const entityIds = this.db
      .prepare('SELECT DISTINCT entity_id FROM evidence WHERE report_id = ? AND entity_id IS NOT NULL')
      .pluck()
      .all(id) as string[];
    const links = this.db.prepare('SELECT count(*) FROM evidence WHERE report_id = ? AND link_id IS NOT NULL').pluck().get(id) as number;
    return { entityIds, links };
  }

  /** `supporting` limits the list to reports supporting one of those entities (a drawn map area); empty means none. */
  list(
    filter: ReportListFilter,
    sort: { key: ReportSortKey; direction: 'asc' | 'desc' },
    offset: number,
    limit: number,
    today: string,
    supporting?: readonly string[],
  ): { rows: ReportSummary[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (supporting) {
      if (supporting.length === 0) return { rows: [], total: 0 };
      // Through the evidence_entity index; one JSON parameter, as an area can hold tens of thousands.
      where.push('r.id IN (SELECT ev.report_id FROM evidence ev WHERE ev.entity_id IN (SELECT value FROM json_each(@supporting)))');
      params.supporting = JSON.stringify(supporting);
    }
    let from = 'report r';
    if (filter.text) {
      const match = ftsMatchExpression(filter.text);
      if (match) {
        from = 'report r JOIN report_fts f ON f.rowid = r.rowid';
        where.push('report_fts MATCH @match');
        params.match = match;
      }
    }
    const inList = (column: string, values: readonly string[] | undefined, name: string) => {
      if (!values || values.length === 0) return;
      where.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
      values.forEach((value, i) => (params[`${name}${i}`] = value));
    };
    inList('r.source_evaluation', filter.sourceEvaluation, 'source');
    inList('r.intelligence_assessment', filter.intelligenceAssessment, 'assessment');
    addReportConditions(
      { where, params },
      { handling: filter.handlingCode, district: filter.district, exploitation: filter.exploitationType, from: filter.from, to: filter.to },
    );
    if (filter.dueForReview) {
      where.push('r.next_review_date <= @today');
      params.today = today;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM ${from} ${clause}`).pluck().get(params) as number;
    const column = SORT_COLUMNS[sort.key];
    const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
    const rows = this.db
      .prepare(
        `SELECT ${REPORT_SUMMARY_COLUMNS_OF_R} FROM ${from} ${clause}
          ORDER BY r.${column} ${direction} NULLS LAST, r.urn ASC LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset }) as ReportSummaryRow[];
    return { rows: rows.map(reportSummary), total };
  }

  private urnConflict(error: unknown, urn: string): unknown {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return new FenlightError('CONFLICT', `A report with URN ${urn} is already in the vault.`, { field: 'urn' });
    }
    return error;
  }
}
