import { describe, expect, it } from 'vitest';
import { openRaw } from '../helpers/rawVault';
import { cliSandbox, PASSPHRASE } from './cliTestKit';

async function withDisclosures(count: number) {
  const cli = cliSandbox();
  const vault = await cli.createVault();
  for (let i = 1; i <= count; i++) {
    const exported = await cli.run(['audit', 'export', '--vault', vault.vaultPath, '--out', `${cli.dataDir}/export-${i}.csv`, '--reason', `Case file request ${i}`], {
      FENLIGHT_PASSPHRASE: PASSPHRASE,
    });
    expect(exported.code).toBe(0);
  }
  return { cli, ...vault };
}

/** Alters an audit entry behind Fenlight's back, as someone holding the key might. */
async function alterAuditEntry(vaultPath: string, seq: number) {
  const db = await openRaw(vaultPath);
  db.exec('DROP TRIGGER audit_log_no_update');
  db.prepare("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = ?").run(seq);
  db.close();
}

describe('npx fenlight vault check', () => {
  it('passes a sound vault, listing every check as ok (exit code 0)', async () => {
    const { cli, vaultPath } = await withDisclosures(2);
    const result = await cli.run(['vault', 'check', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toEqual([
      expect.stringMatching(/^ok\s+Encryption: The key opens the vault/),
      expect.stringMatching(/^ok\s+Database structure: /),
      expect.stringMatching(/^ok\s+Links between records: /),
      'ok      Audit log: The audit chain is intact: 2 entries.',
      'Vault check passed: all 4 checks are ok.',
    ]);
  });

  it('fails a tampered vault, naming the failed check (exit code 1, one line on stderr)', async () => {
    const { cli, vaultPath } = await withDisclosures(3);
    await alterAuditEntry(vaultPath, 2);
    const result = await cli.run(['vault', 'check', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAILED  Audit log: Entry 2 was altered after it was written.');
    expect(result.stderr).toEqual(['Vault check failed: 1 of 4 checks did not pass (Audit log).']);
  });

  it('accepts the recovery key from FENLIGHT_RECOVERY_KEY', async () => {
    const { cli, vaultPath, recoveryKey } = await withDisclosures(0);
    const result = await cli.run(['vault', 'check', '--vault', vaultPath], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('accepts the vault path without its extension', async () => {
    const { cli, vaultPath } = await withDisclosures(0);
    const result = await cli.run(['vault', 'check', '--vault', vaultPath.replace(/\.fenlight-vault$/, '')], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(0);
  });

  it('reports a vault that is not there on one line (exit code 1)', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['vault', 'check', '--vault', cli.vaultPath('Nowhere')], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringMatching(/^There is no Fenlight vault at .*Nowhere\.fenlight-vault\.$/)]);
  });
});
