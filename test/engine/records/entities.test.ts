import { describe, expect, it } from 'vitest';
import type { EntityDetail, EntitySummary, LinkDetail } from '@shared/records';
import type { AuditEntry } from '@shared/audit';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport } from '../../helpers/records';

describe('entities, links and evidence', () => {
  it('normalises identifiers and refuses a second entity with the same identity, naming the first', async () => {
    const { engine } = await createTestVault();
    const van = await createEntity(engine, VAN);
    expect(van.summary.label).toBe('AB12 CDE');
    expect(van.fields).toMatchObject({ vrm: 'AB12CDE', vrmFormat: 'current' });
    const result = await engine.call('entities.create', { entity: { type: 'vehicle', vrm: 'AB12 CDE' }, evidence: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { existingId: van.summary.id } } });
  });

  it('refuses invalid identifiers with the parser’s reason', async () => {
    const { engine } = await createTestVault();
    expect(expectError(await engine.call('entities.create', { entity: { type: 'site', postcode: 'CB1 1JI', siteType: 'hmo_shared_house' } }), 'INVALID_INPUT')).toMatch(/CB1 1JI/);
    expect(expectError(await engine.call('entities.create', { entity: { type: 'person', name: 'X Y', category: 'witness', dateOfBirth: '1990-01-01', estimatedAge: 30 } }), 'INVALID_INPUT')).toMatch(
      /date of birth or an estimated age/,
    );
  });

  it('places a site given as an OS grid reference', async () => {
    const { engine } = await createTestVault();
    const site = await createEntity(engine, { type: 'site', name: 'Sparkle Hand Car Wash', gridRef: 'TL 450 588', siteType: 'hand_car_wash' });
    expect(site.summary.location!.lat).toBeCloseTo(52.2084, 2);
    expect(site.summary.location!.lon).toBeCloseTo(0.1207, 2);
  });

  it('shows the best grading and latest evidence of the reports that support an entity', async () => {
    const { engine } = await createTestVault();
    const weak = await createReport(engine, { sourceEvaluation: '3', intelligenceAssessment: 'D', occurredOn: '2026-03-10', receivedOn: '2026-03-10', recordedOn: '2026-03-10' });
    const strong = await createReport(engine, {
      sourceEvaluation: '1',
      intelligenceAssessment: 'B',
      handlingCode: 'C',
      handlingConditions: 'Not for use in evidence without reference to the originator.',
      occurredOn: '2026-01-02',
    });
    const person = await createEntity(engine, PERSON, [weak.summary.id, strong.summary.id]);
    expect(person.summary).toMatchObject({ bestGrade: { source: '1', assessment: 'B', handling: 'C' }, evidenceCount: 2, latestEvidenceOn: '2026-03-10', hasHandlingConditions: true });
    expect(person.evidence.map((item) => item.reportId)).toEqual([strong.summary.id, weak.summary.id]);
    expect(person.evidence[0]!.handlingConditions).toMatch(/originator/);
  });

  it('links entities with type, direction and strength, refusing ends the type does not allow', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine);
    const person = await createEntity(engine, PERSON);
    const van = await createEntity(engine, VAN);
    const link = value<LinkDetail>(
      await engine.call('links.create', { link: { fromId: person.summary.id, toId: van.summary.id, type: 'drives', strength: 'unconfirmed' }, evidence: [{ reportId: report.summary.id }] }),
    );
    expect(link.link).toMatchObject({ directed: true, label: 'Drives', strength: 'unconfirmed', evidenceCount: 1 });
    const refused = expectError(await engine.call('links.create', { link: { fromId: van.summary.id, toId: person.summary.id, type: 'lives_at', strength: 'confirmed' } }), 'INVALID_INPUT');
    expect(refused).toMatch(/Lives at/);
    const detail = value<EntityDetail>(await engine.call('entities.get', { id: person.summary.id }));
    expect(detail.links.map((item) => [item.link.type, item.other.label])).toEqual([['drives', 'AB12 CDE']]);
  });

  it('audits COLLECT, ALTER, CONSULT and ERASE for an entity', async () => {
    const { engine } = await createTestVault();
    const person = await createEntity(engine, PERSON);
    value(await engine.call('entities.update', { id: person.summary.id, entity: { ...PERSON, aliases: ['Johnny', 'Nelu'] } }));
    value(await engine.call('entities.get', { id: person.summary.id }));
    value(await engine.call('entities.delete', { id: person.summary.id, reason: 'Created in error' }));
    const { entries } = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { targetId: person.summary.id }));
    expect(entries.map((entry) => entry.action).reverse()).toEqual(['COLLECT', 'ALTER', 'CONSULT', 'ERASE']);
    expect(entries.find((entry) => entry.action === 'ALTER')?.details?.changes).toEqual([{ field: 'aliases', before: ['Johnny'], after: ['Johnny', 'Nelu'] }]);
  });

  it('lists entities by type, category, review state and text', async () => {
    const { engine } = await createTestVault();
    await createEntity(engine, PERSON);
    await createEntity(engine, { type: 'person', name: 'Agnieszka Wójcik', category: 'victim' });
    await createEntity(engine, VAN);
    const list = async (input: Record<string, unknown>) => value<{ rows: EntitySummary[]; total: number }>(await engine.call('entities.list', input));
    expect((await list({ type: 'person' })).total).toBe(2);
    expect((await list({ category: 'victim' })).rows.map((row) => row.label)).toEqual(['Agnieszka Wójcik']);
    expect((await list({ text: 'wojcik' })).rows.map((row) => row.label)).toEqual(['Agnieszka Wójcik']);
    expect((await list({ text: 'AB12CDE' })).rows.map((row) => row.label)).toEqual(['AB12 CDE']);
    expect((await list({ reviewState: 'unreviewed' })).total).toBe(0);
  });

  it('adds and removes evidence as ALTERs of the entity', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine);
    const van = await createEntity(engine, VAN);
    const { id } = value<{ id: string }>(await engine.call('evidence.add', { target: { entityId: van.summary.id }, reportId: report.summary.id, note: 'Named as the van' }));
    expect(value<EntityDetail>(await engine.call('entities.get', { id: van.summary.id })).evidence[0]).toMatchObject({ note: 'Named as the van', urn: report.summary.urn });
    value(await engine.call('evidence.remove', { id }));
    const { entries } = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { targetId: van.summary.id, actions: ['ALTER'] }));
    expect(entries.map((entry) => entry.operation).sort()).toEqual(['evidence.add', 'evidence.remove']);
  });
});
