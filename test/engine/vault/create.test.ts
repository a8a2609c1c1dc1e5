import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecoveryKey } from '@shared/vault/recoveryKey';
import { createEngine } from '../../../electron/engine/index';
import { readKeySlots } from '../../../electron/engine/vault/keySlots';
import { vaultFiles } from '../../../electron/engine/vault/paths';
import { testEngineOptions } from '../../helpers/engineOptions';
import { ANALYST, PASSPHRASE, createTestVault, expectError, value } from '../../helpers/testVault';

describe('creating a vault', () => {
  it('writes an encrypted database and a key-slot file in the default Fenlight folder, and unlocks it', async () => {
    const vault = await createTestVault();
    const files = vaultFiles(vault.vaultPath);
    expect(path.dirname(files.database)).toBe(vault.options.defaultVaultFolder);
    expect(path.basename(files.database)).toBe('Casework.fenlight-vault');
    expect(fs.existsSync(files.keys)).toBe(true);
    const slots = readKeySlots(files.keys);
    expect(slots.slots.map((slot) => slot.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(slots.recoveryKeyConfirmed).toBe(false);
    const status = value<{ state: string; vault: Record<string, unknown> }>(await vault.engine.call('vault.status', {}));
    expect(status).toMatchObject({
      state: 'unlocked',
      vault: { name: 'Casework', analystName: 'Priya Shah', staffNumber: 'CC4127', marking: 'OFFICIAL-SENSITIVE', schemaVersion: expect.any(Number) },
    });
  });

  it('shows a recovery key once, in groups with a check group', async () => {
    const vault = await createTestVault();
    expect(vault.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(vault.recoveryKey).ok).toBe(true);
    const status = JSON.stringify(await vault.engine.call('vault.status', {}));
    expect(status).not.toContain(vault.recoveryKey);
  });

  it('records that the analyst confirmed writing the recovery key down', async () => {
    const vault = await createTestVault();
    expect(value<{ recoveryKeyConfirmed: boolean }>(await vault.engine.call('vault.confirmRecoveryKey', {})).recoveryKeyConfirmed).toBe(true);
    expect(readKeySlots(vaultFiles(vault.vaultPath).keys).recoveryKeyConfirmed).toBe(true);
  });

  it('refuses a passphrase shorter than 12 characters and creates nothing', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const message = expectError(await engine.call('vault.create', { name: 'Casework', ...ANALYST, passphrase: 'short one' }), 'INVALID_INPUT');
    expect(message).toMatch(/at least 12 characters/);
    expect(fs.existsSync(options.defaultVaultFolder)).toBe(false);
  });

  it('refuses an obvious passphrase or one built from the analyst’s own details', async () => {
    const engine = createEngine(testEngineOptions());
    expectError(await engine.call('vault.create', { name: 'A', ...ANALYST, passphrase: 'password1234' }), 'INVALID_INPUT');
    expectError(await engine.call('vault.create', { name: 'A', ...ANALYST, passphrase: 'Priya Shah CC4127' }), 'INVALID_INPUT');
  });

  it('refuses to overwrite an existing vault of the same name', async () => {
    const vault = await createTestVault();
    const before = fs.readFileSync(vaultFiles(vault.vaultPath).keys);
    const message = expectError(await vault.engine.call('vault.create', { name: 'Casework', ...ANALYST, passphrase: PASSPHRASE }), 'VAULT_EXISTS');
    expect(message).toMatch(/already exists/);
    expect(fs.readFileSync(vaultFiles(vault.vaultPath).keys)).toEqual(before);
  });

  it('can be created in a folder the analyst chooses', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const folder = path.join(options.dataFolder, '..', 'elsewhere', 'Op Lantern');
    const created = value<{ status: { vault: { path: string } } }>(await engine.call('vault.create', { name: 'Op Lantern', folder, ...ANALYST, passphrase: PASSPHRASE }));
    expect(created.status.vault.path).toBe(path.resolve(folder, 'Op Lantern.fenlight-vault'));
  });

  it('remembers the vault for next time, locked', async () => {
    const vault = await createTestVault();
    await vault.engine.close();
    const status = value<{ state: string; vault: { name: string } }>(await vault.restart().call('vault.status', {}));
    expect(status).toMatchObject({ state: 'locked', vault: { name: 'Casework' } });
  });
});
