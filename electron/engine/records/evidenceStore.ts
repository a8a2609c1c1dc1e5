import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import type { EvidenceItem } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import { NO_EVIDENCE, reportSummary, type EvidenceAggregate, type ReportSummaryRow } from './rows';

type Owner = 'entity' | 'link';

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Evidence: which reports support which entity or link (the i2 "card"). The grading lives on the
 * report; each evidence row carries a copy of its report's grade rank, handling code and date,
 * filled in on insert (by the writer, or else a trigger) and kept in step with report edits by a
 * trigger (migrations 5 and 6), so summaries need not read the reports.
 */
export class EvidenceStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly now: () => Date,
  ) {}

  add(owner: Owner, ownerId: string, reportId: string, note: string): string {
    if (!this.db.prepare('SELECT 1 FROM report WHERE id = ?').get(reportId)) {
      throw new FenlightError('NOT_FOUND', 'That report is not in the vault (it may have been deleted).');
    }
    const column = owner === 'entity' ? 'entity_id' : 'link_id';
    const existing = this.db.prepare(`SELECT id FROM evidence WHERE ${column} = ? AND report_id = ?`).pluck().get(ownerId, reportId) as string | undefined;
    if (existing) return existing;
    const id = crypto.randomUUID();
    this.db
      .prepare(`INSERT INTO evidence (id, report_id, ${column}, note, created_at) VALUES (?, ?, ?, ?, ?)`)
      .run(id, reportId, ownerId, note, this.now().toISOString());
    return id;
  }

  remove(id: string): { entityId: string | null; linkId: string | null } {
    const row = this.db.prepare('SELECT entity_id, link_id FROM evidence WHERE id = ?').get(id) as { entity_id: string | null; link_id: string | null } | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That piece of evidence no longer exists.');
    this.db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
    return { entityId: row.entity_id, linkId: row.link_id };
  }

  /** Evidence for one entity or link, oldest report first, with grading and handling conditions. */
  itemsFor(owner: Owner, ownerId: string): EvidenceItem[] {
    const column = owner === 'entity' ? 'entity_id' : 'link_id';
    const rows = this.db
      .prepare(
        `SELECT ev.id AS evidence_id, ev.note, ev.created_at AS added_at, r.id, r.urn, r.title, r.source_evaluation, r.intelligence_assessment,
                r.handling_code, r.handling_conditions, r.protective_marking, r.source_type, r.exploitation_types, r.district, r.occurred_on,
                r.received_on, r.recorded_on, r.author_name, r.legacy_grade, r.next_review_date, r.origin, r.updated_at
           FROM evidence ev JOIN report r ON r.id = ev.report_id
          WHERE ev.${column} = ?
          ORDER BY coalesce(r.occurred_on, r.received_on), r.received_on, r.urn`,
      )
      .all(ownerId) as Array<ReportSummaryRow & { evidence_id: string; note: string; added_at: string }>;
    return rows.map((row) => {
      const report = reportSummary(row);
      return {
        id: row.evidence_id,
        reportId: report.id,
        urn: report.urn,
        title: report.title,
        grade: report.grade,
        handlingConditions: report.handlingConditions,
        protectiveMarking: report.protectiveMarking,
        occurredOn: report.occurredOn,
        receivedOn: report.receivedOn,
        note: row.note,
        addedAt: row.added_at,
      };
    });
  }

  /**
   * Count, best grade, latest date and whether any supporting report carries handling conditions,
   * for many entities or links at once. The best grade is found as min(rank*2 + isC), which
   * prefers a P report over a C report of the same grade. Read from the evidence_entity /
   * evidence_link covering index alone.
   */
  aggregates(owner: Owner, ids: readonly string[]): Map<string, EvidenceAggregate> {
    const column = owner === 'entity' ? 'entity_id' : 'link_id';
    const result = new Map<string, EvidenceAggregate>();
    for (const part of chunks([...new Set(ids)])) {
      const rows = this.db
        .prepare(
          `SELECT ev.${column} AS owner, count(*) AS evidence_count, min(ev.report_grade_rank * 2 + (ev.report_handling_code = 'C')) AS best,
                  max(ev.report_event_on) AS latest_on, max(ev.report_handling_code = 'C') AS any_conditions
             FROM evidence ev
            WHERE ev.${column} IN (${part.map(() => '?').join(', ')})
            GROUP BY ev.${column}`,
        )
        .all(...part) as Array<{ owner: string; evidence_count: number; best: number; latest_on: string | null; any_conditions: number }>;
      for (const row of rows) {
        result.set(row.owner, {
          evidence_count: row.evidence_count,
          best_rank: Math.floor(row.best / 2),
          best_handling: row.best % 2 === 1 ? 'C' : 'P',
          latest_on: row.latest_on,
          any_conditions: row.any_conditions,
        });
      }
    }
    return result;
  }

  aggregateFor(owner: Owner, id: string): EvidenceAggregate {
    return this.aggregates(owner, [id]).get(id) ?? NO_EVIDENCE;
  }
}
