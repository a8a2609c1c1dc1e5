import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox, PASSPHRASE, withUnlocked } from './cliTestKit';
import { value } from '../helpers/testVault';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };

async function vaultWithBackup(disclosures: number) {
  const cli = cliSandbox();
  const vault = await cli.createVault();
  for (let i = 1; i <= disclosures; i++) {
    const exported = await cli.run(['audit', 'export', '--vault', vault.vaultPath, '--out', path.join(cli.dataDir, `e${i}.csv`), '--reason', `Disclosure ${i}`], withPassphrase);
    expect(exported.code).toBe(0);
  }
  const result = await cli.run(['backup', '--vault', vault.vaultPath, '--out', path.join(cli.dataDir, 'backups', 'casework')], withPassphrase);
  return { cli, ...vault, result, backupFile: path.join(cli.dataDir, 'backups', 'casework.fenlight-backup') };
}

describe('npx fenlight backup and restore', () => {
  it('writes one backup file and says where, with its size in en-GB units', async () => {
    const { result, backupFile } = await vaultWithBackup(1);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([expect.stringMatching(/^Backup written to .*casework\.fenlight-backup \([\d.,]+ (bytes|KB|MB)\)\.$/)]);
    expect(fs.existsSync(backupFile)).toBe(true);
  });

  it('round-trips: restored to another path, the vault opens and its audit chain is intact', async () => {
    const { cli, backupFile } = await vaultWithBackup(3);
    const elsewhere = path.join(cli.folder, 'restored', 'Casework copy.fenlight-vault');
    const restored = await cli.run(['restore', '--from', backupFile, '--vault', elsewhere], withPassphrase);
    expect(restored.stderr).toEqual([]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toEqual([`Restored the backup to ${elsewhere}.`]);
    const verify = await cli.run(['audit', 'verify', '--vault', elsewhere], withPassphrase);
    expect(verify.stdout).toEqual(['audit chain intact: 3 entries']);
    expect(verify.code).toBe(0);
  });

  it('moves an existing vault aside, unchanged, and says where', async () => {
    const { cli, vaultPath, backupFile } = await vaultWithBackup(1);
    const later = await cli.run(['audit', 'export', '--vault', vaultPath, '--out', path.join(cli.dataDir, 'later.csv'), '--reason', 'A later disclosure'], withPassphrase);
    expect(later.code).toBe(0);
    const restored = await cli.run(['restore', '--from', backupFile, '--vault', vaultPath], withPassphrase);
    expect(restored.code).toBe(0);
    const movedLine = restored.stdout.find((line) => line.startsWith('The vault that was there has been moved aside'));
    const moved = /to (.*)\.$/.exec(movedLine ?? '')?.[1];
    expect(moved && fs.existsSync(path.join(moved, 'Casework.fenlight-vault'))).toBe(true);
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      expect(value(await engine.call('audit.verify', {}))).toEqual({ intact: true, entries: 1 });
    });
  });

  it('restores with the recovery key from FENLIGHT_RECOVERY_KEY', async () => {
    const { cli, recoveryKey, backupFile } = await vaultWithBackup(0);
    const elsewhere = cli.vaultPath('From recovery');
    const restored = await cli.run(['restore', '--from', backupFile, '--vault', elsewhere], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(restored.stderr).toEqual([]);
    expect(restored.code).toBe(0);
  });

  it('changes nothing when the passphrase does not open the backup (exit code 1)', async () => {
    const { cli, backupFile } = await vaultWithBackup(0);
    const elsewhere = cli.vaultPath('Never');
    const restored = await cli.run(['restore', '--from', backupFile, '--vault', elsewhere], { FENLIGHT_PASSPHRASE: 'not the passphrase at all' });
    expect(restored.code).toBe(1);
    expect(restored.stderr).toEqual(['That passphrase does not open this backup. Nothing was changed.']);
    expect(fs.existsSync(elsewhere)).toBe(false);
  });
});
