import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import type { ChartItems } from '@shared/contract/calls/chart';
import type { LinkDetail } from '@shared/records';
import { createTestVault, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport } from '../../helpers/records';
import { createPeople, linkAssociates } from '../../helpers/bulkRecords';

async function scenario() {
  const vault = await createTestVault();
  const { engine } = vault;
  const early = await createReport(engine, {
    sourceEvaluation: '1',
    intelligenceAssessment: 'B',
    occurredOn: '2025-06-01',
    receivedOn: '2025-06-02',
    recordedOn: '2025-06-02',
    exploitationTypes: ['hand_car_wash'],
  });
  const late = await createReport(engine, {
    sourceEvaluation: '3',
    intelligenceAssessment: 'D',
    handlingCode: 'C',
    handlingConditions: 'Do not disclose to the subject.',
    occurredOn: '2026-02-01',
    exploitationTypes: ['criminal'],
  });
  const boss = await createEntity(engine, PERSON, [early.summary.id, late.summary.id]);
  const van = await createEntity(engine, VAN, [late.summary.id]);
  const victim = await createEntity(engine, {
    type: 'person',
    name: 'Andrei Mihai',
    category: 'potential_victim',
    victim: { nrmReferralDate: '2026-01-10', reasonableGrounds: { outcome: 'positive', date: '2026-01-20' } },
  });
  const house = await createEntity(engine, {
    type: 'site',
    name: 'HMO',
    postcode: 'PE13 1AB',
    siteType: 'hmo_shared_house',
  });
  const drives = value<LinkDetail>(
    await engine.call('links.create', {
      link: { fromId: boss.summary.id, toId: van.summary.id, type: 'drives', strength: 'confirmed' },
      evidence: [{ reportId: early.summary.id }],
    }),
  );
  const controls = value<LinkDetail>(
    await engine.call('links.create', {
      link: {
        fromId: boss.summary.id,
        toId: victim.summary.id,
        type: 'controls_or_exploits',
        strength: 'unconfirmed',
      },
    }),
  );
  const livesAt = value<LinkDetail>(
    await engine.call('links.create', {
      link: { fromId: victim.summary.id, toId: house.summary.id, type: 'lives_at', strength: 'tentative' },
    }),
  );
  return { ...vault, boss, van, victim, house, drives, controls, livesAt, early, late };
}

const items = async (
  engine: Awaited<ReturnType<typeof scenario>>['engine'],
  input: { entityIds: string[]; contextIds?: string[] },
) => value<ChartItems>(await engine.call('chart.items', input));

describe('chart.items', () => {
  it('returns the entities asked for and only the links among them, with facts for filters and badges', async () => {
    const { engine, boss, van, victim, drives, controls } = await scenario();
    const result = await items(engine, { entityIds: [boss.summary.id, van.summary.id, victim.summary.id] });
    expect(result.entities.map((item) => item.summary.id)).toEqual([
      boss.summary.id,
      van.summary.id,
      victim.summary.id,
    ]);
    expect(result.links.map((item) => item.summary.id).sort()).toEqual(
      [drives.link.id, controls.link.id].sort(),
    );
    const bossItem = result.entities[0]!;
    // 1-B is bit 0·5+1, 3-D is bit 2·5+3.
    expect(bossItem.facts).toEqual({
      gradeMask: (1 << 1) | (1 << 13),
      exploitationTypes: ['criminal', 'hand_car_wash', 'labour'],
      firstOn: '2025-06-01',
      lastOn: '2026-02-01',
    });
    expect(bossItem.summary).toMatchObject({
      chartLabel: expect.stringContaining('12/04/1990'),
      hasHandlingConditions: true,
      bestGrade: { source: '1', assessment: 'B' },
    });
    expect(result.entities[2]!.nrm).toEqual({ stage: 'reasonable_grounds', outcome: 'positive' });
    expect(bossItem.nrm).toBeNull();
    const drivesItem = result.links.find((item) => item.summary.id === drives.link.id)!;
    expect(drivesItem.facts.gradeMask).toBe(1 << 1);
    expect(result.merged).toEqual({});
    expect(result.missing).toEqual([]);
  });

  it('with context ids returns links to entities already on the chart but not those entities again', async () => {
    const { engine, boss, van, victim, house, controls, livesAt } = await scenario();
    const result = await items(engine, {
      entityIds: [victim.summary.id],
      contextIds: [boss.summary.id, van.summary.id, house.summary.id],
    });
    expect(result.entities.map((item) => item.summary.id)).toEqual([victim.summary.id]);
    // The boss→van link touches no new entity, so it is not returned again.
    expect(result.links.map((item) => item.summary.id).sort()).toEqual(
      [controls.link.id, livesAt.link.id].sort(),
    );
  });

  it('resolves merged entities to their survivor and reports deleted ones as missing', async () => {
    const { engine, boss, van } = await scenario();
    const twin = await createEntity(engine, { type: 'person', name: 'Popescu Ionut', category: 'suspect' });
    value(
      await engine.call('entities.merge', {
        survivorId: boss.summary.id,
        mergedId: twin.summary.id,
        reason: 'Same man',
      }),
    );
    const spare = await createEntity(engine, { type: 'vehicle', vrm: 'CX19 ABC' });
    value(await engine.call('entities.delete', { id: spare.summary.id, reason: 'Entered in error' }));
    const result = await items(engine, {
      entityIds: [twin.summary.id, van.summary.id, spare.summary.id, 'no-such-id'],
    });
    expect(result.entities.map((item) => item.summary.id)).toEqual([boss.summary.id, van.summary.id]);
    expect(result.merged).toEqual({ [twin.summary.id]: boss.summary.id });
    expect(result.missing.sort()).toEqual([spare.summary.id, 'no-such-id'].sort());
  });

  it('logs one CONSULT listing the entities shown, and nothing when nothing is shown', async () => {
    const logged: string[] = [];
    const { engine, boss, van } = await scenario();
    const before = value<{ total: number }>(await engine.call('audit.list', { actions: ['CONSULT'] })).total;
    await items(engine, { entityIds: [boss.summary.id, van.summary.id] });
    await items(engine, { entityIds: [] });
    const { entries, total } = value<{ entries: AuditEntry[]; total: number }>(
      await engine.call('audit.list', { actions: ['CONSULT'] }),
    );
    expect(total).toBe(before + 1);
    const entry = entries.find((candidate) => candidate.operation === 'chart.items')!;
    expect(entry.targets).toEqual([
      { type: 'entity', id: boss.summary.id },
      { type: 'entity', id: van.summary.id },
    ]);
    expect(entry.details).toEqual({ facts: { shownOnChart: 2, links: 1 } });
    expect(logged).toEqual([]);
  });

  it('reads a chart of 2,000 entities and 4,000 links (the chart bench times it)', async () => {
    const vault = await createTestVault();
    const session = vault.engine.vaults.requireSession();
    const { recordStores } = await import('../../../electron/engine/records/recordStores');
    const stores = recordStores(session, () => new Date());
    const ids = session.transaction(() => {
      const people = createPeople(stores, 2000);
      for (let i = 0; i < 4000; i++) {
        const from = people[i % 2000]!;
        const to = people[(i * 7 + 1 + Math.floor(i / 2000)) % 2000]!;
        if (from !== to) linkAssociates(stores, from, to);
      }
      return people;
    });
    const result = await items(vault.engine, { entityIds: ids });
    expect(result.entities).toHaveLength(2000);
    expect(result.links.length).toBeGreaterThan(3900);
  });
});
