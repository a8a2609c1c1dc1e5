import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vaultFiles } from '../../../electron/engine/vault/paths';
import { PASSPHRASE, createTestVault, expectError, value } from '../../helpers/testVault';

async function vaultWithBackup() {
  const vault = await createTestVault();
  for (let i = 0; i < 30; i++) {
    await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, `export-${i}.csv`), reason: `Case file request ${i}`, recipients: ['DS Khan'] });
  }
  const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'casework') })).path;
  return { vault, backup };
}

async function restoreAndUnlock(vault: Awaited<ReturnType<typeof vaultWithBackup>>['vault'], backup: string) {
  value(await vault.engine.call('vault.restore', { from: backup, destination: vault.vaultPath, passphrase: PASSPHRASE }));
  value(await vault.engine.call('vault.open', { path: vault.vaultPath }));
  value(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
  const check = value<{ ok: boolean }>(await vault.engine.call('vault.check', {}));
  expect(check.ok).toBe(true);
  expect(value<{ intact: boolean; entries: number }>(await vault.engine.call('audit.verify', {}))).toEqual({ intact: true, entries: 30 });
}

describe('damaged vault files', () => {
  it('names a truncated database, and restore from backup works', async () => {
    const { vault, backup } = await vaultWithBackup();
    await vault.engine.call('vault.lock', {});
    fs.truncateSync(vault.vaultPath, 512);
    const message = expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'VAULT_CORRUPT');
    expect(message).toMatch(/database file \(Casework.fenlight-vault\) is damaged/);
    await restoreAndUnlock(vault, backup);
  });

  it('names a database with a damaged page when it is checked, and restore from backup works', async () => {
    const { vault, backup } = await vaultWithBackup();
    await vault.engine.call('vault.lock', {});
    const bytes = fs.readFileSync(vault.vaultPath);
    bytes[bytes.length - 2000] = bytes[bytes.length - 2000]! ^ 0xff;
    fs.writeFileSync(vault.vaultPath, bytes);
    const unlock = await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE });
    if (unlock.ok) {
      const report = value<{ ok: boolean; checks: Array<{ id: string; ok: boolean; message: string }> }>(await vault.engine.call('vault.check', {}));
      expect(report.ok).toBe(false);
      expect(report.checks.find((check) => !check.ok)?.message).toMatch(/damaged|tamper|decrypt/);
      await vault.engine.call('vault.lock', {});
    } else {
      expect(unlock.error.code).toBe('VAULT_CORRUPT');
    }
    await restoreAndUnlock(vault, backup);
  });

  it('names a damaged journal (-wal) file instead of silently dropping it, and restore works', async () => {
    const { vault, backup } = await vaultWithBackup();
    const wal = vaultFiles(vault.vaultPath).wal;
    await vault.engine.call('vault.lock', {});
    fs.writeFileSync(wal, Buffer.alloc(4096, 0x5a));
    const message = expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'VAULT_CORRUPT');
    expect(message).toMatch(/journal file \(Casework.fenlight-vault-wal\) is damaged/);
    fs.rmSync(wal);
    await restoreAndUnlock(vault, backup);
  });

  it('names a damaged key file, and restore works', async () => {
    const { vault, backup } = await vaultWithBackup();
    await vault.engine.call('vault.lock', {});
    fs.writeFileSync(vaultFiles(vault.vaultPath).keys, '{"format":"fenlight-key-slots"');
    expect(expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'VAULT_CORRUPT')).toMatch(/key file/);
    await restoreAndUnlock(vault, backup);
  });
});
