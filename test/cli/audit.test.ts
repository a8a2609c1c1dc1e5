import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import { openRaw } from '../helpers/rawVault';
import { value } from '../helpers/testVault';
import { cliSandbox, PASSPHRASE, withUnlocked } from './cliTestKit';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };

async function vaultWithDisclosures(count: number) {
  const cli = cliSandbox();
  const vault = await cli.createVault();
  for (let i = 1; i <= count; i++) {
    const exported = await cli.run(['audit', 'export', '--vault', vault.vaultPath, '--out', path.join(cli.dataDir, `e${i}.csv`), '--reason', `Disclosure ${i}`], withPassphrase);
    expect(exported.code).toBe(0);
  }
  return { cli, ...vault };
}

describe('npx fenlight audit verify', () => {
  it('prints exactly "audit chain intact: N entries" (exit code 0)', async () => {
    const { cli, vaultPath } = await vaultWithDisclosures(4);
    const result = await cli.run(['audit', 'verify', '--vault', vaultPath], withPassphrase);
    expect(result).toMatchObject({ code: 0, stdout: ['audit chain intact: 4 entries'], stderr: [] });
  });

  it('names the first broken entry (exit code 1)', async () => {
    const { cli, vaultPath } = await vaultWithDisclosures(5);
    const db = await openRaw(vaultPath);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.exec('DELETE FROM audit_target WHERE seq = 3; DELETE FROM audit_log WHERE seq = 3');
    db.close();
    const result = await cli.run(['audit', 'verify', '--vault', vaultPath], withPassphrase);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(['audit chain broken at entry 3: Entry 3 is missing: the log jumps from entry 2 to 4.']);
  });

  it('accepts the recovery key', async () => {
    const { cli, vaultPath, recoveryKey } = await vaultWithDisclosures(1);
    const result = await cli.run(['audit', 'verify', '--vault', vaultPath], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(result).toMatchObject({ code: 0, stdout: ['audit chain intact: 1 entries'] });
  });
});

describe('npx fenlight audit export', () => {
  it('writes the log as CSV and records the export as a DISCLOSE with its reason and recipients', async () => {
    const { cli, vaultPath } = await vaultWithDisclosures(2);
    const out = path.join(cli.dataDir, 'for-dpo', 'audit');
    const result = await cli.run(
      ['audit', 'export', '--vault', vaultPath, '--out', out, '--reason', 'Subject access request SAR-2291', '--recipient', 'Data Protection Officer', '--recipient', 'DS Khan'],
      withPassphrase,
    );
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`Exported 2 audit entries to ${out}.csv. The disclosure was logged in the vault’s audit log.`]);
    const csv = fs.readFileSync(`${out}.csv`, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Entry,Time \(UTC\),Operation type/);
    expect(csv).toMatch(/Disclosure 1/);
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      const { entries } = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { actions: ['DISCLOSE'] }));
      expect(entries[0]).toMatchObject({
        seq: 3,
        action: 'DISCLOSE',
        operation: 'audit.export',
        reason: 'Subject access request SAR-2291',
        recipients: ['Data Protection Officer', 'DS Khan'],
      });
    });
  });

  it('needs a reason: without --reason it is a usage error (exit code 2) and nothing is written', async () => {
    const { cli, vaultPath } = await vaultWithDisclosures(0);
    const out = path.join(cli.dataDir, 'audit.csv');
    const result = await cli.run(['audit', 'export', '--vault', vaultPath, '--out', out], withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([expect.stringMatching(/^--reason is required\.\nUsage: npx fenlight audit export /)]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
