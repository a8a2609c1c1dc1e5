import type { Migration } from './types';

/** The columns an evidence row copies from its report, computed from the report `r`. */
const FROM_REPORT = "r.grade_rank, r.handling_code, coalesce(r.occurred_on, r.received_on)";

/**
 * Evidence rows carry their report's grade rank, handling code and date, so an entity's or link's
 * best grading and latest evidence are read from one covering index instead of joining every
 * evidence row (sites have thousands) to its wide report row. Triggers keep the copies in step:
 * on insert (every writer), and when a report is regraded or redated.
 */
export const evidenceGrading: Migration = {
  version: 5,
  name: 'evidence carries its report’s grading and date',
  up(db) {
    db.exec(`
      ALTER TABLE evidence ADD COLUMN report_grade_rank INTEGER;
      ALTER TABLE evidence ADD COLUMN report_handling_code TEXT;
      ALTER TABLE evidence ADD COLUMN report_event_on TEXT;
      DROP INDEX evidence_entity;
      DROP INDEX evidence_link;
      UPDATE evidence SET (report_grade_rank, report_handling_code, report_event_on) = (SELECT ${FROM_REPORT} FROM report r WHERE r.id = evidence.report_id);
      CREATE INDEX evidence_entity ON evidence (entity_id, report_grade_rank, report_handling_code, report_event_on) WHERE entity_id IS NOT NULL;
      CREATE INDEX evidence_link ON evidence (link_id, report_grade_rank, report_handling_code, report_event_on) WHERE link_id IS NOT NULL;

      CREATE TRIGGER evidence_report_insert AFTER INSERT ON evidence BEGIN
        UPDATE evidence SET (report_grade_rank, report_handling_code, report_event_on) = (SELECT ${FROM_REPORT} FROM report r WHERE r.id = new.report_id)
         WHERE rowid = new.rowid;
      END;
      CREATE TRIGGER evidence_report_update AFTER UPDATE OF report_id ON evidence BEGIN
        UPDATE evidence SET (report_grade_rank, report_handling_code, report_event_on) = (SELECT ${FROM_REPORT} FROM report r WHERE r.id = new.report_id)
         WHERE rowid = new.rowid;
      END;
      CREATE TRIGGER report_evidence_grading AFTER UPDATE OF grade_rank, handling_code, occurred_on, received_on ON report
        WHEN old.grade_rank IS NOT new.grade_rank OR old.handling_code IS NOT new.handling_code
          OR old.occurred_on IS NOT new.occurred_on OR old.received_on IS NOT new.received_on
      BEGIN
        UPDATE evidence SET report_grade_rank = new.grade_rank, report_handling_code = new.handling_code,
               report_event_on = coalesce(new.occurred_on, new.received_on)
         WHERE report_id = new.id;
      END;
    `);
  },
};
