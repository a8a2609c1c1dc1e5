import { describe, expect, it } from 'vitest';
import type { EntityDetail, EntitySummary, LinkDetail, LinkSummary } from '@shared/records';
import type { Engine } from '../../../electron/engine/index';
import { LATEST_SCHEMA_VERSION } from '../../../electron/engine/vault/migrations';
import { createTestVault, PASSPHRASE, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport } from '../../helpers/records';
import { openRaw } from '../../helpers/rawVault';

async function summaries(engine: Engine, entityIds: string[], linkId: string): Promise<{ entities: EntitySummary[]; link: LinkSummary }> {
  const entities: EntitySummary[] = [];
  for (const id of entityIds) entities.push(value<EntityDetail>(await engine.call('entities.get', { id })).summary);
  return { entities, link: value<LinkDetail>(await engine.call('links.get', { id: linkId })).link };
}

describe('migrations 5 and 6 (evidence carries its report’s grading and date)', () => {
  it('backfills evidence written before it, so best grading and latest evidence are unchanged', async () => {
    const vault = await createTestVault();
    const { engine } = vault;
    const good = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'B', occurredOn: '2026-01-05' });
    const conditional = await createReport(engine, {
      sourceEvaluation: '1',
      intelligenceAssessment: 'B',
      handlingCode: 'C',
      handlingConditions: 'Not to be disclosed to the employer.',
      occurredOn: null,
      receivedOn: '2026-02-07',
      recordedOn: '2026-02-07',
    });
    const person = await createEntity(engine, PERSON, [good.summary.id, conditional.summary.id]);
    const van = await createEntity(engine, VAN, [conditional.summary.id]);
    const link = value<LinkDetail>(
      await engine.call('links.create', { link: { fromId: person.summary.id, toId: van.summary.id, type: 'drives', strength: 'confirmed' }, evidence: [{ reportId: good.summary.id }] }),
    ).link;
    const ids = [person.summary.id, van.summary.id];
    const before = await summaries(engine, ids, link.id);
    expect(before.entities[1]).toMatchObject({ bestGrade: { source: '1', assessment: 'B', handling: 'C' }, latestEvidenceOn: '2026-02-07', hasHandlingConditions: true });

    // Put the vault back as schema 4 left it: evidence without the copied columns or their triggers.
    await engine.call('vault.lock', {});
    const raw = await openRaw(vault.vaultPath);
    raw.exec(`
      DROP TRIGGER evidence_report_insert;
      DROP TRIGGER evidence_report_update;
      DROP TRIGGER report_evidence_grading;
      DROP INDEX evidence_entity;
      DROP INDEX evidence_link;
      ALTER TABLE evidence DROP COLUMN report_grade_rank;
      ALTER TABLE evidence DROP COLUMN report_handling_code;
      ALTER TABLE evidence DROP COLUMN report_event_on;
      CREATE INDEX evidence_entity ON evidence (entity_id) WHERE entity_id IS NOT NULL;
      CREATE INDEX evidence_link ON evidence (link_id) WHERE link_id IS NOT NULL;
    `);
    raw.pragma('user_version = 4');
    raw.close();

    value(await engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value<{ vault: { schemaVersion: number } }>(await engine.call('vault.status', {})).vault.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await summaries(engine, ids, link.id)).toEqual(before);
    expect(value<{ ok: boolean }>(await engine.call('vault.check', {})).ok).toBe(true);
  });

  it('fill in the copies only when the writer left them empty (the import writes them with the row)', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine, { sourceEvaluation: '2', intelligenceAssessment: 'C', occurredOn: '2026-01-05' });
    const person = await createEntity(engine, PERSON);
    const van = await createEntity(engine, VAN);
    const db = engine.vaults.currentSession()!.db;
    const insert = db.prepare(
      'INSERT INTO evidence (id, report_id, entity_id, note, created_at, report_grade_rank, report_handling_code, report_event_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('ev-written', report.summary.id, person.summary.id, '', '2026-01-06T00:00:00Z', 0, 'C', '2026-01-04');
    insert.run('ev-empty', report.summary.id, van.summary.id, '', '2026-01-06T00:00:00Z', null, null, null);
    const rank = db.prepare('SELECT grade_rank FROM report WHERE id = ?').pluck().get(report.summary.id);
    const copies = db.prepare('SELECT id, report_grade_rank AS rank, report_handling_code AS handling, report_event_on AS eventOn FROM evidence ORDER BY id').all();
    expect(copies).toEqual([
      { id: 'ev-empty', rank, handling: 'P', eventOn: '2026-01-05' },
      { id: 'ev-written', rank: 0, handling: 'C', eventOn: '2026-01-04' },
    ]);
  });
});
