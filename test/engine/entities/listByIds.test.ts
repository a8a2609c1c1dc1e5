import { describe, expect, it } from 'vitest';
import type { EntitySummary } from '@shared/records';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity } from '../../helpers/records';

type Page = { rows: EntitySummary[]; total: number };

describe('entities list limited to given entities (a drawn map area)', () => {
  it('lists only the named entities, with the other filters and paging still applying', async () => {
    const { engine } = await createTestVault();
    const person = await createEntity(engine, PERSON);
    const van = await createEntity(engine, VAN);
    const wash = await createEntity(engine, { type: 'site', name: 'Sparkle Hand Car Wash', location: { lat: 52.2084, lon: 0.1207 }, siteType: 'hand_car_wash' });
    await createEntity(engine, { type: 'person', name: 'Agnieszka Wójcik', category: 'victim' });
    const list = async (input: Record<string, unknown>) => value<Page>(await engine.call('entities.list', input));

    const inside = await list({ ids: [person.summary.id, wash.summary.id, 'ent-not-in-the-vault'] });
    expect(inside.total).toBe(2);
    expect(inside.rows.map((row) => row.label)).toEqual(['Ionuț POPESCU', 'Sparkle Hand Car Wash']);
    expect((await list({ ids: [person.summary.id, wash.summary.id], type: 'site' })).rows.map((row) => row.id)).toEqual([wash.summary.id]);
    // By label: AB12 CDE, Ionuț POPESCU, Sparkle…; the second page of one is the person.
    const second = await list({ ids: [person.summary.id, van.summary.id, wash.summary.id], offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, rows: [{ id: person.summary.id }] });
  });

  it('lists nothing for an area with nothing inside', async () => {
    const { engine } = await createTestVault();
    await createEntity(engine, PERSON);
    expect(value<Page>(await engine.call('entities.list', { ids: [] }))).toEqual({ rows: [], total: 0 });
  });

  it('refuses blank ids in words, changing nothing', async () => {
    const { engine } = await createTestVault();
    expect(expectError(await engine.call('entities.list', { ids: ['  '] }), 'INVALID_INPUT')).toMatch(/Entity is required/);
  });
});
