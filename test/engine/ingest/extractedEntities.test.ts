import { describe, expect, it } from 'vitest';
import { documentSchema, emailSchema, phoneSchema, siteSchema, vehicleSchema, type EntityFields } from '@shared/schemas/entity';
import { recordStores } from '../../../electron/engine/records/recordStores';
import { ExtractedEntityWriter, newId } from '../../../electron/engine/ingest/writers';
import { createTestVault } from '../../helpers/testVault';

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
