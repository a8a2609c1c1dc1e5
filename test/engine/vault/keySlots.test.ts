import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSlots, readKeySlots } from '../../../electron/engine/vault/keySlots';
import { vaultFiles } from '../../../electron/engine/vault/paths';
import { OWASP_SCRYPT } from '../../../electron/engine/vault/crypto/kdf';
import { PASSPHRASE, createTestVault } from '../../helpers/testVault';

describe('key slots', () => {
  it('binds each slot’s metadata to its wrapped key: altering it stops the passphrase working', async () => {
    const vault = await createTestVault();
    const file = vaultFiles(vault.vaultPath).keys;
    const slots = readKeySlots(file);
    expect(await openSlots(slots, 'passphrase', PASSPHRASE)).not.toBeNull();
    const tampered = structuredClone(slots);
    const slot = tampered.slots.find((candidate) => candidate.kind === 'passphrase')!;
    slot.createdAt = '2000-01-01T00:00:00.000Z';
    expect(await openSlots(tampered, 'passphrase', PASSPHRASE)).toBeNull();
    const moved = structuredClone(slots);
    moved.vaultId = 'another-vault';
    expect(await openSlots(moved, 'passphrase', PASSPHRASE)).toBeNull();
  });

  it('uses OWASP’s scrypt parameters by default', () => {
    expect(OWASP_SCRYPT).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('names the problem when the key file is damaged or missing', async () => {
    const vault = await createTestVault();
    const file = vaultFiles(vault.vaultPath).keys;
    await vault.engine.call('vault.lock', {});
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 100));
    const damaged = await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'VAULT_CORRUPT', message: expect.stringContaining('key file (Casework.fenlight-keys) is damaged') } });
    fs.rmSync(file);
    expect(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'VAULT_NOT_FOUND', message: expect.stringContaining('key file is missing') } });
  });

  it('writes the key file without leaving temporary files behind', async () => {
    const vault = await createTestVault();
    await vault.engine.call('vault.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: 'copper heron quiet meadow' });
    const names = fs.readdirSync(path.dirname(vault.vaultPath));
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('Casework.fenlight-keys.previous');
  });
});
