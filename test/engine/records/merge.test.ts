import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate, EntityDetail, MergeRecord } from '@shared/records';
import type { AuditEntry } from '@shared/audit';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { VAN, createEntity, createReport } from '../../helpers/records';

async function scenario() {
  const vault = await createTestVault();
  const { engine } = vault;
  const r1 = await createReport(engine);
  const r2 = await createReport(engine);
  const r3 = await createReport(engine);
  const left = await createEntity(engine, { type: 'person', name: 'Ionuț POPESCU', aliases: ['Johnny'], dateOfBirth: '1990-04-12', category: 'suspect', nationalities: ['RO'] }, [r1.summary.id, r2.summary.id]);
  const right = await createEntity(engine, { type: 'person', name: 'Popescu Ionut', aliases: ['Nelu'], category: 'suspect', firstLanguage: 'ro' }, [r2.summary.id, r3.summary.id]);
  const van = await createEntity(engine, VAN);
  value(await engine.call('links.create', { link: { fromId: right.summary.id, toId: van.summary.id, type: 'drives', strength: 'confirmed' }, evidence: [{ reportId: r3.summary.id }] }));
  value(await engine.call('links.create', { link: { fromId: left.summary.id, toId: right.summary.id, type: 'associate', strength: 'tentative' } }));
  return { ...vault, left, right, van, reports: [r1, r2, r3] };
}

function evidenceOf(detail: EntityDetail): string[] {
  return detail.evidence.map((item) => `${item.id}:${item.reportId}`).sort();
}

describe('possible duplicates, merge and unmerge', () => {
  it('queues people whose names match in any order and without accents, showing matching and clashing values', async () => {
    const { engine, left, right } = await scenario();
    const { candidates } = value<{ candidates: DuplicateCandidate[] }>(await engine.call('duplicates.list', {}));
    expect(candidates).toHaveLength(1);
    const [candidate] = candidates;
    expect([candidate!.left.id, candidate!.right.id].sort()).toEqual([left.summary.id, right.summary.id].sort());
    const byField = Object.fromEntries(candidate!.fields.map((field) => [field.field, field.relation]));
    expect(byField).toMatchObject({ name: 'match', aliases: 'clash', dateOfBirth: 'one-sided', category: 'match' });
  });

  it('forgets a pair dismissed as different people', async () => {
    const { engine, left, right } = await scenario();
    value(await engine.call('duplicates.dismiss', { leftId: right.summary.id, rightId: left.summary.id }));
    expect(value<{ total: number }>(await engine.call('duplicates.list', {})).total).toBe(0);
  });

  it('merges keeping every alias and all evidence, audited as COMBINE', async () => {
    const { engine, left, right, van } = await scenario();
    const { entity, merge } = value<{ entity: EntityDetail; merge: MergeRecord }>(
      await engine.call('entities.merge', { survivorId: left.summary.id, mergedId: right.summary.id, reason: 'Same man: DOB and photo match' }),
    );
    expect(entity.fields).toMatchObject({ aliases: ['Johnny', 'Nelu', 'Popescu Ionut'], dateOfBirth: '1990-04-12', firstLanguage: 'ro', nationalities: ['RO'] });
    expect(entity.evidence.map((item) => item.reportId).sort()).toEqual([...new Set(entity.evidence.map((item) => item.reportId))].sort());
    expect(entity.summary.evidenceCount).toBe(3);
    expect(entity.links.map((item) => item.other.id)).toEqual([van.summary.id]);
    expectError(await engine.call('entities.get', { id: right.summary.id }), 'NOT_FOUND');
    const { entries } = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { actions: ['COMBINE'] }));
    expect(entries[0]).toMatchObject({ reason: 'Same man: DOB and photo match', details: { facts: { mergeId: merge.id } } });
    expect(value<{ total: number }>(await engine.call('duplicates.list', {})).total).toBe(0);
  });

  it('unmerge restores both entities, their evidence and links exactly', async () => {
    const { engine, left, right } = await scenario();
    const before = {
      left: value<EntityDetail>(await engine.call('entities.get', { id: left.summary.id })),
      right: value<EntityDetail>(await engine.call('entities.get', { id: right.summary.id })),
    };
    const { merge } = value<{ merge: MergeRecord }>(await engine.call('entities.merge', { survivorId: left.summary.id, mergedId: right.summary.id }));
    const { survivor, restored } = value<{ survivor: EntityDetail; restored: EntityDetail }>(await engine.call('entities.unmerge', { mergeId: merge.id }));
    expect(survivor.fields).toEqual(before.left.fields);
    expect(restored.fields).toEqual(before.right.fields);
    expect(evidenceOf(survivor)).toEqual(evidenceOf(before.left));
    expect(evidenceOf(restored)).toEqual(evidenceOf(before.right));
    expect(survivor.links.map((item) => item.link.id).sort()).toEqual(before.left.links.map((item) => item.link.id).sort());
    expect(restored.links.map((item) => [item.link.id, item.link.fromId, item.link.toId]).sort()).toEqual(
      before.right.links.map((item) => [item.link.id, item.link.fromId, item.link.toId]).sort(),
    );
    expect(survivor.merges[0]).toMatchObject({ id: merge.id, undoneAt: expect.any(String) });
    expectError(await engine.call('entities.unmerge', { mergeId: merge.id }), 'CONFLICT');
  });

  it('keeps the merged person valid: a date of birth wins over an estimated age', async () => {
    const { engine } = await createTestVault();
    const known = await createEntity(engine, { type: 'person', name: 'Marius Ionescu', dateOfBirth: '1995-02-01', category: 'potential_victim' });
    const estimated = await createEntity(engine, { type: 'person', name: 'Ionescu Marius', estimatedAge: 28, category: 'potential_victim' });
    const { entity } = value<{ entity: EntityDetail }>(await engine.call('entities.merge', { survivorId: estimated.summary.id, mergedId: known.summary.id }));
    expect(entity.fields).toMatchObject({ dateOfBirth: '1995-02-01', estimatedAge: null });
    value(await engine.call('entities.update', { id: entity.summary.id, entity: { ...entity.fields, aliases: [...(entity.fields as { aliases: string[] }).aliases, 'Marius'] } }));
  });

  it('refuses to merge entities of different types', async () => {
    const { engine, left, van } = await scenario();
    expectError(await engine.call('entities.merge', { survivorId: left.summary.id, mergedId: van.summary.id }), 'INVALID_INPUT');
  });
});
