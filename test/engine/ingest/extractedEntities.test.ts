import { describe, expect, it } from 'vitest';
import { documentSchema, emailSchema, phoneSchema, siteSchema, vehicleSchema, type EntityFields } from '@shared/schemas/entity';
import { recordStores } from '../../../electron/engine/records/recordStores';
import { ExtractedEntityWriter, newId } from '../../../electron/engine/ingest/writers';
import { createTestVault } from '../../helpers/testVault';
import { reportRow, reportsCsv, runImport } from './ingestKit';

describe('entities created in bulk from report text', () => {
  it('are stored exactly as EntityStore.create stores them (the same derived columns)', async () => {
    const vault = await createTestVault();
    const session = vault.engine.vaults.currentSession()!;
    const now = () => new Date('2026-01-02T03:04:05.000Z');
    const store = recordStores(session, now).entities;
    const writer = new ExtractedEntityWriter(session.db, now);
    const examples: EntityFields[] = [
      vehicleSchema.parse({ type: 'vehicle', vrm: 'AB15CDE' }),
      phoneSchema.parse({ type: 'phone', number: '+447700900123' }),
      siteSchema.parse({ type: 'site', postcode: 'PE13 2AB', siteType: 'other' }),
      emailSchema.parse({ type: 'email', address: 'boss@example.com' }),
      documentSchema.parse({ type: 'document', documentType: 'nino', number: 'AB123456C' }),
    ];
    const row = (id: string) => {
      const { id: _id, rowid: _rowid, created_at: _created, updated_at: _updated, ...rest } = session.db.prepare('SELECT rowid, * FROM entity WHERE id = ?').get(id) as Record<string, unknown>;
      return rest;
    };
    for (const fields of examples) {
      const viaStore = store.create(fields, { reviewState: 'unreviewed' });
      const bulkId = newId();
      writer.createMany([{ id: bulkId, fields }]);
      expect(row(bulkId)).toEqual(row(viaStore));
      const fts = (id: string) => session.db.prepare("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH ? AND rowid = (SELECT rowid FROM entity WHERE id = ?)").pluck().get(`"${(row(id).search_text as string).split(' ')[0]}"`, id);
      expect(fts(bulkId)).toBe(1);
    }
  });
});

describe('evidence written by a report import', () => {
  it('carries its report’s grade rank, handling code and date, the values the evidence trigger would give it, after an update too', async () => {
    const vault = await createTestVault();
    const session = vault.engine.vaults.currentSession()!;
    const graded = () =>
      session.db
        .prepare(
          `SELECT e.report_grade_rank AS rank, e.report_handling_code AS handling, e.report_event_on AS eventOn,
                  r.grade_rank AS reportRank, r.handling_code AS reportHandling, coalesce(r.occurred_on, r.received_on) AS reportEventOn
             FROM evidence e JOIN report r ON r.id = e.report_id ORDER BY r.urn, e.rowid`,
        )
        .all() as Array<Record<string, unknown>>;
    const text = 'Van AB15 CDE seen at PE13 2AB.';
    await runImport(vault, reportsCsv([reportRow(1, { sanitised_text: text }), reportRow(2, { sanitised_text: text, source_evaluation: '1', intelligence_assessment: 'A', handling_code: 'C', handling_conditions: 'No onward sharing.', occurred_on: '' })]));
    const first = graded();
    expect(first).toHaveLength(4);
    expect(first[0]).toEqual({ rank: 6, handling: 'P', eventOn: '2024-03-01', reportRank: 6, reportHandling: 'P', reportEventOn: '2024-03-01' });
    expect(first[2]).toEqual({ rank: 0, handling: 'C', eventOn: '2024-03-02', reportRank: 0, reportHandling: 'C', reportEventOn: '2024-03-02' });
    // An update whose new text names something new: the new card has the updated grading.
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { sanitised_text: `${text} Call 07700 900123.`, intelligence_assessment: 'C', occurred_on: '28/02/2024' })]));
    expect(outcome).toMatchObject({ updated: 1 });
    for (const row of graded()) {
      expect([row.rank, row.handling]).toEqual([row.reportRank, row.reportHandling]);
    }
    // Its two earlier cards (regraded by the report's trigger) and the new one (written graded).
    expect(graded().filter((row) => row.rank === 7 && row.eventOn === '2024-02-28')).toHaveLength(3);
  });
});
