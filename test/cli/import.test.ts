import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText, REPORT_HEADERS, reportRow } from '../engine/ingest/ingestKit';
import { value } from '../helpers/testVault';
import { cliSandbox, PASSPHRASE, withUnlocked } from './cliTestKit';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };

async function sandboxWithVault() {
  const cli = cliSandbox();
  const { vaultPath } = await cli.createVault();
  const write = (name: string, content: string) => {
    const file = path.join(cli.folder, name);
    fs.writeFileSync(file, content);
    return file;
  };
  return { cli, vaultPath, write };
}

describe('npx fenlight import', () => {
  it('imports a reports file and prints the counts (exit code 0)', async () => {
    const { cli, vaultPath, write } = await sandboxWithVault();
    const file = write('reports.csv', csvText(REPORT_HEADERS, [reportRow(1), reportRow(2, { sanitised_text: 'Van AB15 CDE outside.' })]));
    const result = await cli.run(['import', '--vault', vaultPath, file], withPassphrase);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([
      `Imported reports from ${file}: 2 imported, 0 updated, 0 unchanged, 0 rejected.`,
      '1 new entities were found in the reports’ text and marked “extracted, unreviewed”: review them in the app.',
    ]);
    const again = await cli.run(['import', '--vault', vaultPath, file], withPassphrase);
    expect(again.stdout).toEqual([`Imported reports from ${file}: 0 imported, 0 updated, 2 unchanged, 0 rejected.`]);
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      expect(value<{ total: number }>(await engine.call('reports.list', {})).total).toBe(2);
    });
  });

  it('lists rejected rows with their reasons and still exits 0, saying why', async () => {
    const { cli, vaultPath, write } = await sandboxWithVault();
    const rows = [reportRow(1), ...Array.from({ length: 22 }, (_, i) => reportRow(i + 2, { received_on: '31/02/2024' }))];
    const file = write('reports.csv', csvText(REPORT_HEADERS, rows));
    const result = await cli.run(['import', '--vault', vaultPath, file, '--kind', 'reports'], withPassphrase);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe(`Imported reports from ${file}: 1 imported, 0 updated, 0 unchanged, 22 rejected.`);
    expect(result.stdout[1]).toBe('Rejected rows (nothing from them was imported):');
    expect(result.stdout[2]).toBe('  row 3, received_on: Date received “31/02/2024” is not a real date. Dates are read day first (dd/mm/yyyy), so 03/05/2024 is 3 May 2024.');
    expect(result.stdout).toContain('  … and 2 more.');
    expect(result.stdout.at(-1)).toMatch(/^The file was read, so the exit code is 0\./);
  });

  it('exits 1 with a one-line reason when the file cannot be read, or lacks required columns', async () => {
    const { cli, vaultPath, write } = await sandboxWithVault();
    const missing = await cli.run(['import', '--vault', vaultPath, path.join(cli.folder, 'nope.csv'), '--kind', 'reports'], withPassphrase);
    expect(missing).toMatchObject({ code: 1, stdout: [], stderr: ['Fenlight could not read nope.csv: there is no such file.'] });
    const binary = await cli.run(['import', '--vault', vaultPath, write('image.csv', '\u0000\u0001PNG'), '--kind', 'reports'], withPassphrase);
    expect(binary.code).toBe(1);
    expect(binary.stderr[0]).toMatch(/^That file is not a CSV or Excel workbook Fenlight can read/);
    const narrow = await cli.run(['import', '--vault', vaultPath, write('narrow.csv', 'urn,title\r\nIR/1,x\r\n'), '--kind', 'reports'], withPassphrase);
    expect(narrow.code).toBe(1);
    expect(narrow.stderr[0]).toMatch(/^narrow\.csv has no column for Source evaluation/);
  });

  it('uses a mapping file for other headers, and guesses the kind from it', async () => {
    const { cli, vaultPath, write } = await sandboxWithVault();
    const theirs = Object.fromEntries(REPORT_HEADERS.map((header) => [header, `Their ${header}`]));
    const rows = [reportRow(1)].map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [`Their ${key}`, cell])));
    const file = write('theirs.csv', csvText(Object.values(theirs), rows));
    const mapping = write('mapping.json', JSON.stringify(theirs));
    const result = await cli.run(['import', '--vault', vaultPath, file, '--mapping', mapping], withPassphrase);
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toBe(`Imported reports from ${file}: 1 imported, 0 updated, 0 unchanged, 0 rejected.`);
    const broken = await cli.run(['import', '--vault', vaultPath, file, '--mapping', write('bad.json', '{ not json')], withPassphrase);
    expect(broken).toMatchObject({ code: 1, stderr: [expect.stringMatching(/could not read the mapping file .*bad\.json: it is not valid JSON\./)] });
  });

  it('guesses an entities file from its headers', async () => {
    const { cli, vaultPath, write } = await sandboxWithVault();
    const file = write('people.csv', csvText(['type', 'name', 'category', 'vrm'], [{ type: 'person', name: 'Ana Ionescu', category: 'victim' }, { type: 'vehicle', vrm: 'AB15 CDE' }]));
    const result = await cli.run(['import', '--vault', vaultPath, file], withPassphrase);
    expect(result.stdout).toEqual([`Imported entities from ${file}: 2 imported, 0 updated, 0 unchanged, 0 rejected.`]);
  });

  it('is a usage error (exit code 2) without a file, with two files, or with an unknown kind', async () => {
    const { cli, vaultPath } = await sandboxWithVault();
    const none = await cli.run(['import', '--vault', vaultPath], withPassphrase);
    expect(none.code).toBe(2);
    expect(none.stderr[0]).toMatch(/^Name the file to import\.\nUsage: npx fenlight import --vault PATH FILE/);
    expect((await cli.run(['import', '--vault', vaultPath, 'a.csv', 'b.csv'], withPassphrase)).code).toBe(2);
    const kind = await cli.run(['import', '--vault', vaultPath, 'a.csv', '--kind', 'people'], withPassphrase);
    expect(kind).toMatchObject({ code: 2, stderr: [expect.stringMatching(/^--kind must be reports, entities or links, not “people”\./)] });
    expect((await cli.run(['import', 'a.csv'], withPassphrase)).stderr[0]).toMatch(/^--vault is required\./);
  });
});
