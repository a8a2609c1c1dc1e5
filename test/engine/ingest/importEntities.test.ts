import { describe, expect, it } from 'vitest';
import { entityColumns } from '@shared/ingest/entityColumns';
import { createTestVault, value, type TestVault } from '../../helpers/testVault';
import { auditEntries, csvText, reportRow, reportsCsv, runImport, writeFile, type Row } from './ingestKit';

const HEADERS = entityColumns.map((column) => column.name);

function entitiesCsv(rows: readonly Row[], headers: readonly string[] = HEADERS): string {
  return writeFile('entities.csv', csvText(headers, rows));
}

async function listed(vault: TestVault, query: Record<string, unknown> = {}) {
  return value<{ rows: Array<{ id: string; type: string; label: string; reviewState: string; evidenceCount: number }>; total: number }>(
    await vault.engine.call('entities.list', query),
  );
}

async function fieldsOf(vault: TestVault, id: string): Promise<Record<string, unknown>> {
  return value<{ fields: Record<string, unknown> }>(await vault.engine.call('entities.get', { id })).fields;
}

const PEOPLE_AND_THINGS: Row[] = [
  { type: 'person', name: 'Ionuț Popescu', aliases: 'Johnny; Ionut P', date_of_birth: '12/03/1990', gender: 'M', nationalities: 'Romanian; Moldova', first_language: 'Romanian', category: 'Potential victim' },
  { type: 'site', site_name: 'Sparkle Hand Car Wash', address_line_1: '14 Mill Road', town: 'Wisbech', postcode: 'pe13 2ab', site_type: 'Hand car wash', district: 'Fenland', latitude: '52.666', longitude: "'-0.159" },
  { type: 'vehicle', vrm: 'ab15cde', make: 'Ford', model: 'Transit', colour: 'White' },
  { type: 'Phone', phone: '07700 900123', imei: '' },
  { type: 'organisation', name: 'Sparkle Services Ltd', company_number: '01234567', sector: 'Hand car wash' },
  { type: 'email', email: 'Boss@Example.com' },
  { type: 'document', document_type: 'National Insurance number', document_number: 'AB 12 34 56 C' },
];

describe('importing an entities file', () => {
  it('creates each entity from its own columns, normalised, as reviewed (the analyst chose the file)', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, entitiesCsv(PEOPLE_AND_THINGS), 'entities');
    expect(outcome).toMatchObject({ kind: 'entities', imported: 7, updated: 0, unchanged: 0, rejected: [] });
    const all = await listed(vault);
    expect(all.rows.every((row) => row.reviewState === 'reviewed')).toBe(true);
    const byType = new Map(all.rows.map((row) => [row.type, row]));
    expect(await fieldsOf(vault, byType.get('person')!.id)).toMatchObject({
      name: 'Ionuț Popescu',
      aliases: ['Johnny', 'Ionut P'],
      dateOfBirth: '1990-03-12',
      gender: 'male',
      nationalities: ['RO', 'MD'],
      firstLanguage: 'ro',
      category: 'potential_victim',
    });
    expect(await fieldsOf(vault, byType.get('site')!.id)).toMatchObject({
      name: 'Sparkle Hand Car Wash',
      lines: ['14 Mill Road'],
      postcode: 'PE13 2AB',
      siteType: 'hand_car_wash',
      district: 'E07000010',
      location: { lat: 52.666, lon: -0.159 },
    });
    expect(byType.get('vehicle')!.label).toBe('AB15 CDE');
    expect(await fieldsOf(vault, byType.get('document')!.id)).toMatchObject({ documentType: 'nino', number: 'AB123456C' });
  });

  it('is idempotent on identity keys: the same file again changes nothing', async () => {
    const vault = await createTestVault();
    const file = entitiesCsv(PEOPLE_AND_THINGS);
    await runImport(vault, file, 'entities');
    const before = (await auditEntries(vault)).length;
    const { outcome } = await runImport(vault, file, 'entities');
    expect(outcome).toMatchObject({ imported: 0, updated: 0, unchanged: 7, rejected: [] });
    expect((await auditEntries(vault)).length).toBe(before + 1);
    expect((await listed(vault)).total).toBe(7);
  });

  it('matches an identity however it was written, and updates only what the row changes', async () => {
    const vault = await createTestVault();
    await runImport(vault, entitiesCsv(PEOPLE_AND_THINGS), 'entities');
    const narrow = ['type', 'vrm', 'colour'];
    const { outcome } = await runImport(vault, entitiesCsv([{ type: 'vehicle', vrm: 'AB15 CDE', colour: 'Silver' }], narrow), 'entities');
    expect(outcome).toMatchObject({ imported: 0, updated: 1 });
    const van = (await listed(vault, { type: 'vehicle' })).rows[0]!;
    expect(await fieldsOf(vault, van.id)).toMatchObject({ make: 'Ford', model: 'Transit', colour: 'Silver' });
    const alter = (await auditEntries(vault, ['ALTER']))[0]!;
    expect(alter).toMatchObject({ operation: 'import.entities', targets: [{ type: 'entity', id: van.id }], details: { changes: [{ field: 'colour', before: 'White', after: 'Silver' }] } });
  });

  it('adds the report named in report_urn as evidence, and refuses an unknown URN', async () => {
    const vault = await createTestVault();
    await runImport(vault, reportsCsv([reportRow(1)]));
    const rows: Row[] = [
      { type: 'vehicle', vrm: 'AB15 CDE', report_urn: 'IR/2024/00001' },
      { type: 'phone', phone: '07700 900123', report_urn: 'IR/2099/1' },
    ];
    const { outcome } = await runImport(vault, entitiesCsv(rows), 'entities');
    expect(outcome.imported).toBe(1);
    expect(outcome.rejected).toEqual([{ row: 3, column: 'report_urn', reason: 'No report with URN IR/2099/1 is in the vault: import the reports first, or check the URN.' }]);
    expect((await listed(vault, { type: 'vehicle' })).rows[0]!.evidenceCount).toBe(1);
    expect((await listed(vault, { type: 'phone' })).total).toBe(0);
    const again = await runImport(vault, entitiesCsv(rows.slice(0, 1)), 'entities');
    expect(again.outcome).toMatchObject({ unchanged: 1 });
  });

  it('rejects rows clearly: unknown type, a column for another type, an invalid identifier, a missing category', async () => {
    const vault = await createTestVault();
    const rows: Row[] = [
      { type: 'boat', name: 'Mary Rose' },
      { type: 'person', name: 'Ana Ionescu', category: 'victim', vrm: 'AB15 CDE' },
      { type: 'site', name: 'Sparkle', site_type: 'hand_car_wash', postcode: 'PE13 2AB' },
      { type: 'phone', phone: '12' },
      { type: 'person', name: 'Ana Ionescu' },
      { type: 'person', name: 'Ana Ionescu', category: 'victim', date_of_birth: '30/02/2001' },
    ];
    const { outcome } = await runImport(vault, entitiesCsv(rows), 'entities');
    expect(outcome.imported).toBe(0);
    expect(outcome.rejected).toEqual([
      { row: 2, column: 'type', reason: 'Entity type “boat” is not one Fenlight knows: use person, site, vehicle, phone, organisation, email, account or document.' },
      { row: 3, column: 'vrm', reason: expect.stringMatching(/^Registration mark \(VRM\) does not apply to person rows: leave it blank/) },
      { row: 4, column: 'name', reason: expect.stringMatching(/does not apply to address or site rows \(a site’s name goes in site_name\)/) },
      { row: 5, column: 'phone', reason: expect.any(String) },
      { row: 6, column: 'category', reason: 'Data subject category is required.' },
      { row: 7, column: 'date_of_birth', reason: expect.stringMatching(/^Date of birth “30\/02\/2001” is not a real date/) },
    ]);
    expect((await listed(vault)).total).toBe(0);
  });
});
