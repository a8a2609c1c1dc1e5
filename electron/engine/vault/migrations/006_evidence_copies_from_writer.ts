import type { Migration } from './types';

/**
 * Migration 5's insert trigger copied the report's grading onto every new evidence row, even when
 * the writer had already filled the copies in (the import does, from the report it just wrote):
 * each such row was inserted, then updated and re-indexed. Now the trigger fills in only what a
 * writer left empty.
 */
export const evidenceCopiesFromWriter: Migration = {
  version: 6,
  name: 'evidence grading copies filled in only when missing',
  up(db) {
    db.exec(`
      DROP TRIGGER evidence_report_insert;
      CREATE TRIGGER evidence_report_insert AFTER INSERT ON evidence
        WHEN new.report_grade_rank IS NULL OR new.report_handling_code IS NULL OR new.report_event_on IS NULL
      BEGIN
        UPDATE evidence SET (report_grade_rank, report_handling_code, report_event_on) =
               (SELECT r.grade_rank, r.handling_code, coalesce(r.occurred_on, r.received_on) FROM report r WHERE r.id = new.report_id)
         WHERE rowid = new.rowid;
      END;
    `);
  },
};
