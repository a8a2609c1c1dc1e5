import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { PASSPHRASE, createTestVault, expectError, hashFolder, value } from '../../helpers/testVault';

async function vaultWithHistory(entries = 3) {
  const vault = await createTestVault();
  for (let i = 1; i <= entries; i++) {
    value(await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, `e${i}.csv`), reason: `Request ${i}`, recipients: [] }));
  }
  return vault;
}

describe('backup and restore', () => {
  it('makes one .fenlight-backup file holding the encrypted database, key slots and a manifest', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string; bytes: number }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'Casework 2026-11-29') }));
    expect(backup.path.endsWith('Casework 2026-11-29.fenlight-backup')).toBe(true);
    const names: string[] = [];
    await tar.list({ file: backup.path, onReadEntry: (entry) => names.push(entry.path) });
    expect(names.sort()).toEqual(['manifest.json', 'vault.fenlight-keys', 'vault.fenlight-vault']);
    expect(fs.readdirSync(vault.options.dataFolder).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('restores to a new location on another “laptop”, verified, with the audit chain intact', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'casework') })).path;
    const laptop = await createTestVault({}, 'Scratch');
    const destination = path.join(tempDir(), 'Restored', 'Casework.fenlight-vault');
    const restored = value<{ path: string; replacedFolder: string | null }>(await laptop.engine.call('vault.restore', { from: backup, destination, passphrase: PASSPHRASE }));
    expect(restored).toEqual({ path: destination, replacedFolder: null });
    value(await laptop.engine.call('vault.open', { path: destination }));
    value(await laptop.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(value(await laptop.engine.call('audit.verify', {}))).toEqual({ intact: true, entries: 3 });
    expect(value<{ ok: boolean }>(await laptop.engine.call('vault.check', {})).ok).toBe(true);
  });

  it('restores with the recovery key too', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'b') })).path;
    const destination = path.join(tempDir(), 'Casework.fenlight-vault');
    value(await vault.engine.call('vault.restore', { from: backup, destination, recoveryKey: vault.recoveryKey }));
    expect(fs.existsSync(destination)).toBe(true);
  });

  it('moves an existing vault aside (never deletes it) when restoring over it', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'b') })).path;
    await vault.engine.call('vault.lock', {});
    const result = value<{ replacedFolder: string }>(await vault.engine.call('vault.restore', { from: backup, destination: vault.vaultPath, passphrase: PASSPHRASE }));
    expect(fs.readdirSync(result.replacedFolder).sort()).toEqual(['Casework.fenlight-keys', 'Casework.fenlight-vault']);
  });

  it('refuses to restore over the vault that is open', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'b') })).path;
    expectError(await vault.engine.call('vault.restore', { from: backup, destination: vault.vaultPath, passphrase: PASSPHRASE }), 'CONFLICT');
  });

  it('verifies before replacing anything: a wrong passphrase or a damaged backup changes nothing', async () => {
    const vault = await vaultWithHistory();
    const backup = value<{ path: string }>(await vault.engine.call('vault.backup', { destination: path.join(vault.options.dataFolder, 'b') })).path;
    await vault.engine.call('vault.lock', {});
    const folder = path.dirname(vault.vaultPath);
    const before = hashFolder(folder);
    expectError(await vault.engine.call('vault.restore', { from: backup, destination: vault.vaultPath, passphrase: 'not the passphrase here' }), 'WRONG_PASSPHRASE');
    const damaged = path.join(vault.options.dataFolder, 'damaged.fenlight-backup');
    const bytes = fs.readFileSync(backup);
    bytes[bytes.length - 3000] = bytes[bytes.length - 3000]! ^ 0xff;
    fs.writeFileSync(damaged, bytes);
    const result = await vault.engine.call('vault.restore', { from: damaged, destination: vault.vaultPath, passphrase: PASSPHRASE });
    expect(result.ok).toBe(false);
    expect(hashFolder(folder)).toEqual(before);
  });

  it.each([
    ['a path that climbs out of the folder', '../escaped.txt'],
    ['an absolute path', '/tmp/fenlight-escaped.txt'],
  ])('refuses an archive with %s, writing nothing', async (_label, entryName) => {
    const vault = await createTestVault();
    const work = tempDir();
    fs.writeFileSync(path.join(work, 'payload'), 'x');
    const archive = path.join(work, 'evil.fenlight-backup');
    await tar.create({ file: archive, cwd: work, preservePaths: true, onWriteEntry: (entry) => void (entry.path = entryName) }, ['payload']);
    const target = path.join(tempDir(), 'Restore', 'Casework.fenlight-vault');
    const message = expectError(await vault.engine.call('vault.restore', { from: archive, destination: target, passphrase: PASSPHRASE }), 'INVALID_INPUT');
    expect(message).toMatch(/cannot be restored safely.*outside the restore folder/);
    expect(fs.existsSync(path.dirname(target))).toBe(false);
    expect(fs.existsSync('/tmp/fenlight-escaped.txt')).toBe(false);
  });

  it('refuses an archive containing a link', async () => {
    const vault = await createTestVault();
    const work = tempDir();
    fs.symlinkSync('/etc/passwd', path.join(work, 'manifest.json'));
    const archive = path.join(work, 'link.fenlight-backup');
    await tar.create({ file: archive, cwd: work }, ['manifest.json']);
    const message = expectError(await vault.engine.call('vault.restore', { from: archive, destination: path.join(tempDir(), 'X.fenlight-vault'), passphrase: PASSPHRASE }), 'INVALID_INPUT');
    expect(message).toMatch(/not a plain file/);
  });

  it('says a file that is not a backup at all is not readable', async () => {
    const vault = await createTestVault();
    const bogus = path.join(tempDir(), 'holiday.fenlight-backup');
    fs.writeFileSync(bogus, 'these are not the files you are looking for');
    expect(expectError(await vault.engine.call('vault.restore', { from: bogus, destination: path.join(tempDir(), 'X.fenlight-vault'), passphrase: PASSPHRASE }), 'INVALID_INPUT')).toMatch(/not a (readable|complete) Fenlight backup/);
  });
});
