import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportColumns } from '@shared/ingest/reportColumns';
import type { VaultStatus } from '@shared/vault/types';
import { cliSandbox, PASSPHRASE, withUnlocked } from './cliTestKit';
import { value } from '../helpers/testVault';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };

describe('npx fenlight demo', () => {
  it('loads demo data into an empty vault, prints the counts and the time, and flags TRAINING DATA', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault('Training');
    const result = await cli.run(['demo', '--vault', vaultPath, '--reports', '150', '--seed', '4'], withPassphrase);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Loaded 150 demo reports \(seed 4\) into “Training” in [\d.,]+ (ms|s):$/);
    expect(result.stdout[1]).toMatch(/^ {2}[\d,]+ entities$/);
    expect(result.stdout[2]).toMatch(/^ {2}[\d,]+ links$/);
    expect(result.stdout[3]).toMatch(/^ {2}[\d,]+ pieces of evidence$/);
    expect(result.stdout[4]).toMatch(/TRAINING DATA/);
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      expect(value<VaultStatus>(await engine.call('vault.status', {}))).toMatchObject({ vault: { trainingData: true } });
    });
    const check = await cli.run(['vault', 'check', '--vault', vaultPath], withPassphrase);
    expect(check.stdout.filter((line) => line.startsWith('FAILED'))).toEqual([]);
    expect(check.code).toBe(0);
    const verify = await cli.run(['audit', 'verify', '--vault', vaultPath], withPassphrase);
    expect(verify.code).toBe(0);
    expect(verify.stdout[0]).toMatch(/^audit chain intact: \d+ entries$/);
  });

  it('refuses a vault that already has reports, with the reason on one line', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    expect((await cli.run(['demo', '--vault', vaultPath, '--reports', '20'], withPassphrase)).code).toBe(0);
    const again = await cli.run(['demo', '--vault', vaultPath, '--reports', '20'], withPassphrase);
    expect(again.code).toBe(1);
    expect(again.stderr).toEqual([expect.stringMatching(/^Demo data can only be loaded into an empty vault\./)]);
  });

  it('writes a canonical reports CSV without a vault', async () => {
    const cli = cliSandbox();
    const file = path.join(cli.dataDir, 'demo.csv');
    fs.mkdirSync(cli.dataDir, { recursive: true });
    const result = await cli.run(['demo', '--csv', file, '--reports', '40', '--seed', '2']);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Wrote 40 demo reports \(seed 2\) to .*demo\.csv \([\d.,]+ (KB|MB)\) in /);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(reportColumns.map((column) => column.name));
    expect(parsed.data).toHaveLength(41);
    const received = reportColumns.findIndex((column) => column.name === 'received_on');
    for (const row of parsed.data.slice(1)) expect(row[received]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('treats a bad number or a missing target as a usage error', async () => {
    const cli = cliSandbox();
    const bad = await cli.run(['demo', '--vault', cli.vaultPath(), '--reports', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/^--reports must be a whole number from 1 to 200,000\./);
    const neither = await cli.run(['demo', '--reports', '10']);
    expect(neither.code).toBe(2);
    expect(neither.stderr[0]).toMatch(/^--vault is required\./);
  });
});
