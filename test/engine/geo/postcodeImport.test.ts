import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PostcodeImportOutcome } from '@shared/contract/calls/geo';
import type { JobStatus } from '@shared/contract/calls/jobs';
import { detectPostcodeLayout, readPostcodeRow } from '../../../electron/engine/geo/postcodeFormats';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { tempDir } from '../../helpers/tempDir';

/** ONSPD's shape: quoted values, many columns; lat 99.999999 where there is no grid reference. */
const ONSPD = [
  '"pcd","pcd2","pcds","dointr","doterm","oscty","oslaua","osward","lat","long"',
  '"CB1 1JG","CB1  1JG","CB1 1JG","198001","","E10000003","E07000008","E05013045",52.203400,0.131000',
  '"PE3 6SJ","PE3  6SJ","PE3 6SJ","198001","","E99999999","E06000031","E05010812",52.566000,-0.288000',
  '"PE296NP","PE29 6NP","PE29 6NP","198001","","E10000003","E07000011","E05011552",52.326000,-0.205000',
  '"PE1 9ZZ","PE1  9ZZ","PE1 9ZZ","198001","","","","",99.999999,0.000000',
  '"CB1 1JI","CB1  1JI","CB1 1JI","198001","","","","",52.2,0.13',
  '"CB2 1TN","CB2  1TN","CB2 1TN","198001","","E10000003","E07000008","",,',
  '',
].join('\r\n');

/** Code-Point Open: no header row; postcode, quality, eastings, northings, country, NHS region, NHS HA, county, district, ward. */
const CODE_POINT = [
  '"CB1 1JG",10,545723,258270,"E92000001","E40000007","E18000005","E10000003","E07000008","E05013045"',
  '"PE13 1AA",10,546050,309850,"E92000001","E40000007","E18000005","E10000003","E07000010","E05011223"',
  '"PE13 2ZZ",90,0,0,"E92000001","","","","",""',
  '"NOT A PC",10,546000,309800,"E92000001","","","","",""',
  '',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

async function importFile(engine: Awaited<ReturnType<typeof createTestVault>>['engine'], file: string): Promise<PostcodeImportOutcome> {
  const { jobId } = value<{ jobId: string }>(await engine.call('geo.importPostcodes', { path: file }));
  const status: JobStatus = await engine.jobs.wait(jobId);
  expect(status.state).toBe('succeeded');
  const finished = engine.jobs.get(jobId);
  expect(finished.state).toBe('succeeded');
  return resultOf(engine, jobId);
}

/** The job's result travels in its job.finished event; tests catch it there. */
const results = new Map<string, unknown>();
function resultOf(_engine: unknown, jobId: string): PostcodeImportOutcome {
  return results.get(jobId) as PostcodeImportOutcome;
}

async function vault() {
  const test = await createTestVault();
  test.engine.subscribe((event) => {
    if (event.name === 'job.finished') results.set(event.payload.jobId, event.payload.result);
  });
  return test;
}

describe('postcode directory formats', () => {
  it('recognises ONSPD by its header, Code-Point Open by its data, and nothing else', () => {
    expect(detectPostcodeLayout(['pcd', 'pcd2', 'pcds', 'oslaua', 'lat', 'long'])).toMatchObject({ format: 'onspd', header: true, postcode: 2, lat: 4, lon: 5, district: 3 });
    expect(detectPostcodeLayout(['pcd7', 'lat', 'long'])).toMatchObject({ format: 'onspd', postcode: 0, district: null });
    expect(detectPostcodeLayout(['CB1 1JG', '10', '545723', '258270'])).toMatchObject({ format: 'code-point-open', header: false, easting: 2, northing: 3 });
    expect(detectPostcodeLayout(['Postcode', 'Positional_quality_indicator', 'Eastings', 'Northings'])).toMatchObject({ format: 'code-point-open', header: true });
    expect(detectPostcodeLayout(['Name', 'Address', 'Phone'])).toBeNull();
  });

  it('converts Code-Point eastings and northings to WGS84 (Parkside police station)', () => {
    const layout = detectPostcodeLayout(['CB1 1JG', '10', '545723', '258270'])!;
    const row = readPostcodeRow(layout, ['CB1 1JG', '10', '545723', '258270', '', '', '', '', 'E07000008']);
    expect(row).toMatchObject({ ok: true, postcode: 'CB1 1JG', district: 'E07000008' });
    if (!row.ok) return;
    expect(row.lat).toBeCloseTo(52.2034, 2);
    expect(row.lon).toBeCloseTo(0.131, 2);
  });
});

describe('geo.importPostcodes', () => {
  it('imports an ONSPD file, skipping malformed and unlocated postcodes with reasons, then places postcodes offline', async () => {
    const { engine } = await vault();
    const outcome = await importFile(engine, write('ONSPD_CAMBS.csv', ONSPD));
    expect(outcome).toMatchObject({ format: 'onspd', imported: 3, rejected: 3 });
    expect(outcome.rejectedRows).toEqual([
      { row: 5, reason: 'PE1 9ZZ has no grid reference in the directory.' },
      { row: 6, reason: '“CB1 1JI” is not a valid postcode.' },
      { row: 7, reason: 'CB2 1TN has no latitude and longitude.' },
    ]);
    expect(value(await engine.call('geo.postcodeDirectory', {}))).toEqual({ postcodes: 3 });
    expect(value(await engine.call('geo.lookupPostcode', { postcode: 'pe29 6np' }))).toMatchObject({ postcode: 'PE29 6NP', lat: 52.326, lon: -0.205 });
    const district = engine.vaults.requireSession().db.prepare("SELECT district FROM postcode_location WHERE postcode = 'PE3 6SJ'").pluck().get();
    expect(district).toBe('E06000031');
    expect(expectError(await engine.call('geo.lookupPostcode', { postcode: 'CB4 1AA' }), 'NOT_FOUND')).toMatch(/not in the imported postcode directory/);
  });

  it('imports Code-Point Open (no header), and a second file updates the directory rather than replacing it', async () => {
    const { engine } = await vault();
    await importFile(engine, write('onspd.csv', ONSPD));
    const outcome = await importFile(engine, write('tl.csv', CODE_POINT));
    expect(outcome).toMatchObject({ format: 'code-point-open', imported: 2, rejected: 2 });
    expect(outcome.rejectedRows.map((row) => row.row)).toEqual([3, 4]);
    expect(value(await engine.call('geo.postcodeDirectory', {}))).toEqual({ postcodes: 4 });
    const wisbech = value<{ lat: number; lon: number; gridRef: string }>(await engine.call('geo.lookupPostcode', { postcode: 'PE13 1AA' }));
    expect(wisbech.lat).toBeCloseTo(52.67, 1);
    expect(wisbech.gridRef).toBe('TF 460 098');
  });

  it('refuses a file that is not a postcode directory, before starting anything', async () => {
    const { engine } = await vault();
    expect(expectError(await engine.call('geo.importPostcodes', { path: write('people.csv', 'Name,Address\nA,B\n') }), 'INVALID_INPUT')).toMatch(/ONS Postcode Directory/);
    expectError(await engine.call('geo.importPostcodes', { path: path.join(tempDir(), 'missing.csv') }), 'NOT_FOUND');
    expect(engine.jobs.list()).toEqual([]);
  });

  it('changes nothing when the import is cancelled', async () => {
    const { engine } = await vault();
    const rows = Array.from({ length: 60_000 }, (_, i) => `"CB1 ${(i % 9) + 1}${String.fromCharCode(65 + (i % 20))}${String.fromCharCode(65 + ((i / 20) % 20))}",10,545723,258270,"","","","","",""`);
    const file = write('big.csv', `${rows.join('\n')}\n`.repeat(3));
    const { jobId } = value<{ jobId: string }>(await engine.call('geo.importPostcodes', { path: file }));
    engine.jobs.cancel(jobId);
    const status = await engine.jobs.wait(jobId);
    expect(status.state).toBe('cancelled');
    expect(value(await engine.call('geo.postcodeDirectory', {}))).toEqual({ postcodes: 0 });
  });
});
