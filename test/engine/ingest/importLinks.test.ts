import { describe, expect, it } from 'vitest';
import { entityColumns } from '@shared/ingest/entityColumns';
import { linkColumns } from '@shared/ingest/linkColumns';
import { createTestVault, value, type TestVault } from '../../helpers/testVault';
import { auditEntries, csvText, reportRow, reportsCsv, runImport, writeFile, type Row } from './ingestKit';

const LINK_HEADERS = linkColumns.map((column) => column.name);

async function vaultWithEntities(): Promise<TestVault> {
  const vault = await createTestVault();
  const rows: Row[] = [
    { type: 'person', name: 'Ionuț Popescu', date_of_birth: '12/03/1990', category: 'victim' },
    { type: 'person', name: 'Florin Bălan', category: 'suspect' },
    { type: 'site', address_line_1: '14 Mill Road', town: 'Wisbech', postcode: 'PE13 2AB', site_type: 'hmo_shared_house' },
    { type: 'vehicle', vrm: 'AB15 CDE' },
    { type: 'organisation', name: 'Sparkle Services Ltd', company_number: '01234567' },
  ];
  const headers = entityColumns.map((column) => column.name);
  const { outcome } = await runImport(vault, writeFile('entities.csv', csvText(headers, rows)), 'entities');
  expect(outcome.imported).toBe(5);
  await runImport(vault, reportsCsv([reportRow(1)]));
  return vault;
}

function linksCsv(rows: readonly Row[]): string {
  return writeFile('links.csv', csvText(LINK_HEADERS, rows));
}

async function links(vault: TestVault): Promise<Array<{ type: string; strength: string; directed: boolean; evidenceCount: number; fromId: string; toId: string }>> {
  const people = value<{ rows: Array<{ id: string }> }>(await vault.engine.call('entities.list', {})).rows;
  const seen = new Map<string, { type: string; strength: string; directed: boolean; evidenceCount: number; fromId: string; toId: string; id: string }>();
  for (const entity of people) {
    const detail = value<{ links: Array<{ link: { id: string; type: string; strength: string; directed: boolean; evidenceCount: number; fromId: string; toId: string } }> }>(
      await vault.engine.call('entities.get', { id: entity.id }),
    );
    for (const { link } of detail.links) seen.set(link.id, link);
  }
  return [...seen.values()];
}

const ROWS: Row[] = [
  { from_type: 'person', from_key: 'Ionut Popescu, 12/03/1990', to_type: 'site', to_key: 'PE13 2AB, 14 Mill Road', link_type: 'Lives at', strength: 'confirmed', valid_from: '01/01/2024', report_urn: 'IR/2024/00001' },
  { from_type: 'person', from_key: 'florin balan', to_type: 'vehicle', to_key: 'ab15cde', link_type: 'drives', strength: 'Unconfirmed', notes: '=seen twice' },
  { from_type: 'person', from_key: 'Florin Bălan', to_type: 'person', to_key: 'Ionuț Popescu (1990-03-12)', link_type: 'associate', strength: 'tentative' },
  { from_type: 'organisation', from_key: 'CH:01234567', to_type: 'vehicle', to_key: 'AB15 CDE', link_type: 'registered_keeper', strength: 'confirmed' },
];

describe('importing a links file', () => {
  it('finds each end from a key written as an analyst would, and creates the links', async () => {
    const vault = await vaultWithEntities();
    const { outcome } = await runImport(vault, linksCsv(ROWS), 'links');
    expect(outcome).toMatchObject({ kind: 'links', imported: 4, rejected: [] });
    const stored = await links(vault);
    expect(stored.map((link) => link.type).sort()).toEqual(['associate', 'drives', 'lives_at', 'registered_keeper']);
    expect(stored.find((link) => link.type === 'lives_at')).toMatchObject({ strength: 'confirmed', directed: true, evidenceCount: 1 });
    expect(stored.find((link) => link.type === 'associate')).toMatchObject({ directed: false });
    const collect = (await auditEntries(vault, ['COLLECT'])).find((entry) => entry.operation === 'import.links' && entry.targets.length > 0)!;
    expect(collect.targets.filter((target) => target.type === 'link')).toHaveLength(4);
  });

  it('is idempotent on (ends, type): the same file again, or an undirected link written the other way round, changes nothing', async () => {
    const vault = await vaultWithEntities();
    await runImport(vault, linksCsv(ROWS), 'links');
    const reversed: Row = { ...ROWS[2]!, from_key: ROWS[2]!.to_key!, to_key: ROWS[2]!.from_key! };
    const { outcome } = await runImport(vault, linksCsv([...ROWS, reversed]), 'links');
    expect(outcome).toMatchObject({ imported: 0, updated: 0, unchanged: 5, rejected: [] });
    expect(await links(vault)).toHaveLength(4);
  });

  it('updates a link whose row changed, with the field diff', async () => {
    const vault = await vaultWithEntities();
    await runImport(vault, linksCsv(ROWS), 'links');
    const { outcome } = await runImport(vault, linksCsv([{ ...ROWS[1]!, strength: 'confirmed' }]), 'links');
    expect(outcome).toMatchObject({ updated: 1 });
    const alter = (await auditEntries(vault, ['ALTER']))[0]!;
    expect(alter.details!.changes).toEqual([{ field: 'strength', before: 'unconfirmed', after: 'confirmed' }]);
  });

  it('rejects a row whose end is not in the vault, is ambiguous, or does not suit the link type', async () => {
    const vault = await vaultWithEntities();
    const rows: Row[] = [
      { from_type: 'person', from_key: 'Nobody Known', to_type: 'vehicle', to_key: 'AB15 CDE', link_type: 'drives', strength: 'confirmed' },
      { from_type: 'vehicle', from_key: 'AB15 CDE', to_type: 'site', to_key: 'PE13 2AB', link_type: 'lives_at', strength: 'confirmed' },
      { from_type: 'person', from_key: 'Florin Balan', to_type: 'vehicle', to_key: 'not a plate', link_type: 'drives', strength: 'confirmed' },
      { from_type: 'person', from_key: 'Florin Balan', to_type: 'vehicle', to_key: 'AB15 CDE', link_type: 'drives', strength: 'sure' },
    ];
    const { outcome } = await runImport(vault, linksCsv(rows), 'links');
    expect(outcome.imported).toBe(0);
    expect(outcome.rejected).toEqual([
      { row: 2, column: 'from_key', reason: 'No person matching “Nobody Known” is in the vault: import it first (an entities file), or check the key.' },
      { row: 3, column: 'link_type', reason: expect.any(String) },
      { row: 4, column: 'to_key', reason: expect.any(String) },
      { row: 5, column: 'strength', reason: 'Strength must be Confirmed, Unconfirmed or Tentative.' },
    ]);
    expect(await links(vault)).toHaveLength(0);
  });
});
