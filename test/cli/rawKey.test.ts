import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import type { OpenVaultInfo, VaultStatus } from '@shared/vault/types';
import { vaultFiles } from '../../electron/engine/vault/paths';
import { discloseRawKey, RAW_KEY_OPERATION } from '../../electron/engine/vault/rawKey';
import { createTestVault, value } from '../helpers/testVault';
import { cliSandbox, PASSPHRASE, withUnlocked } from './cliTestKit';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };
const LITERAL = /^x'[0-9a-f]{64}'$/;

/** A fresh connection with nothing of Fenlight's but the printed key, as a SQLCipher 4 tool would open it. */
function openWithLiteral(vaultPath: string, literal: string): Database.Database {
  const db = new Database(vaultFiles(vaultPath).database, { fileMustExist: true });
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="${literal}"`);
  return db;
}

async function disclosures(vaultPath: string): Promise<AuditEntry[]> {
  return withUnlocked(vaultPath, PASSPHRASE, async (engine) => value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { actions: ['DISCLOSE'] })).entries);
}

describe('npx fenlight vault raw-key', () => {
  it('prints only the SQLCipher raw-key literal on stdout, and that key opens the vault in a plain connection', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'raw-key', '--vault', vaultPath, '--reason', 'Forensic examination, exhibit PS/7'], withPassphrase);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(LITERAL);
    expect(result.stderr).toEqual([expect.stringMatching(/^This disclosure of the vault’s key was logged in its audit log \(entry 1\)\./)]);

    const db = openWithLiteral(vaultPath, result.stdout[0]!);
    expect(db.prepare('SELECT action, operation FROM audit_log WHERE seq = 1').get()).toEqual({ action: 'DISCLOSE', operation: 'cli vault raw-key' });
    db.close();
  });

  it('logs a DISCLOSE entry naming the vault, the reason and the recipients', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(
      ['vault', 'raw-key', '--vault', vaultPath, '--reason', 'Digital forensics unit request DFU-118', '--recipient', 'DFU examiner', '--recipient', 'CPS'],
      withPassphrase,
    );
    expect(result.code).toBe(0);
    const entries = await disclosures(vaultPath);
    const vaultId = await withUnlocked(vaultPath, PASSPHRASE, async (engine) => value<VaultStatus>(await engine.call('vault.status', {})).vault);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'DISCLOSE',
        operation: RAW_KEY_OPERATION,
        targets: [{ type: 'vault', id: (vaultId as OpenVaultInfo).id }],
        reason: 'Digital forensics unit request DFU-118',
        recipients: ['DFU examiner', 'CPS'],
      }),
    ]);
  });

  it('accepts the recovery key, without having to change the passphrase first', async () => {
    const cli = cliSandbox();
    const { vaultPath, recoveryKey } = await cli.createVault();
    const result = await cli.run(['vault', 'raw-key', '--vault', vaultPath, '--reason', 'Analyst has left the force'], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(LITERAL);
    openWithLiteral(vaultPath, result.stdout[0]!).close();
  });

  it('is a usage error without --reason (exit code 2), disclosing and logging nothing', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'raw-key', '--vault', vaultPath], withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([expect.stringMatching(/^--reason is required\.\nUsage: npx fenlight vault raw-key /)]);
    expect(await disclosures(vaultPath)).toEqual([]);
  });

  it('refuses a wrong passphrase with a one-line reason (exit code 1), printing no key', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'raw-key', '--vault', vaultPath, '--reason', 'Forensic examination'], { FENLIGHT_PASSPHRASE: 'lantern violin kettle marsh' });
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(['That passphrase is not right.']);
    expect(await disclosures(vaultPath)).toEqual([]);
  });

  it('refuses a reason too short to mean anything, before the key leaves', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'raw-key', '--vault', vaultPath, '--reason', 'x'], withPassphrase);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual(['Give the reason for this disclosure (at least 3 characters).']);
    expect(await disclosures(vaultPath)).toEqual([]);
  });
});

describe('discloseRawKey (engine side)', () => {
  it('commits the DISCLOSE entry and returns the key as x\'<64 lowercase hex>\'', async () => {
    const vault = await createTestVault();
    const session = vault.engine.vaults.requireSession();
    const before = session.audit.lastSeq();
    const { literal, entry } = discloseRawKey(session, 'Forensic examination', ['DFU']);
    expect(literal).toMatch(LITERAL);
    expect(entry).toMatchObject({ seq: before + 1, action: 'DISCLOSE', operation: 'cli vault raw-key', reason: 'Forensic examination', recipients: ['DFU'] });
    expect(session.audit.verify()).toEqual({ intact: true, entries: before + 1 });
    await vault.engine.close();
  });
});
