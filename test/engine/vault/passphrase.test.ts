import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vaultFiles } from '../../../electron/engine/vault/paths';
import { PASSPHRASE, createTestVault, expectError, value } from '../../helpers/testVault';

const NEW_PASSPHRASE = 'copper heron quiet meadow';

describe('passphrase change, recovery and recovery-key regeneration', () => {
  it('changes the passphrase by rewrapping the key: the database file is not rewritten and the old passphrase stops working', async () => {
    const vault = await createTestVault();
    const files = vaultFiles(vault.vaultPath);
    await vault.engine.call('vault.lock', {});
    const databaseBefore = fs.readFileSync(files.database);
    await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE });
    const keysBefore = fs.readFileSync(files.keys, 'utf8');
    value(await vault.engine.call('vault.changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE }));
    expect(fs.readFileSync(files.keysPrevious, 'utf8')).toBe(keysBefore);
    await vault.engine.call('vault.lock', {});
    expect(fs.readFileSync(files.database).equals(databaseBefore)).toBe(true);
    expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    value(await vault.engine.call('vault.unlock', { passphrase: NEW_PASSPHRASE }));
  });

  it('refuses to change the passphrase without the current one', async () => {
    const vault = await createTestVault();
    expectError(await vault.engine.call('vault.changePassphrase', { currentPassphrase: 'not my passphrase at all', newPassphrase: NEW_PASSPHRASE }), 'WRONG_PASSPHRASE');
    expectError(await vault.engine.call('vault.changePassphrase', { newPassphrase: NEW_PASSPHRASE }), 'INVALID_INPUT');
  });

  it('recovers a forgotten passphrase: the recovery key unlocks, a new passphrase must be set, then it works', async () => {
    const vault = await createTestVault();
    await vault.engine.call('vault.lock', {});
    const recovered = value<{ status: { vault: { mustChangePassphrase: boolean } } }>(
      await vault.engine.call('vault.unlockWithRecoveryKey', { recoveryKey: vault.recoveryKey.toLowerCase().replace(/-/g, ' ') }),
    );
    expect(recovered.status.vault.mustChangePassphrase).toBe(true);
    expectError(await vault.engine.call('audit.verify', {}), 'FORBIDDEN');
    value(await vault.engine.call('vault.changePassphrase', { newPassphrase: NEW_PASSPHRASE }));
    value(await vault.engine.call('audit.verify', {}));
    await vault.engine.call('vault.lock', {});
    expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    value(await vault.engine.call('vault.unlock', { passphrase: NEW_PASSPHRASE }));
  });

  it('catches a mistyped recovery key before trying it', async () => {
    const vault = await createTestVault();
    await vault.engine.call('vault.lock', {});
    const chars = vault.recoveryKey.split('');
    chars[0] = chars[0] === 'A' ? 'B' : 'A';
    const message = expectError(await vault.engine.call('vault.unlockWithRecoveryKey', { recoveryKey: chars.join('') }), 'WRONG_RECOVERY_KEY');
    expect(message).toMatch(/typing mistake/);
  });

  it('regenerating the recovery key invalidates the old one', async () => {
    const vault = await createTestVault();
    const { recoveryKey } = value<{ recoveryKey: string }>(await vault.engine.call('vault.regenerateRecoveryKey', { passphrase: PASSPHRASE }));
    expect(recoveryKey).not.toBe(vault.recoveryKey);
    await vault.engine.call('vault.lock', {});
    expectError(await vault.engine.call('vault.unlockWithRecoveryKey', { recoveryKey: vault.recoveryKey }), 'WRONG_RECOVERY_KEY');
    value(await vault.engine.call('vault.unlockWithRecoveryKey', { recoveryKey }));
  });

  it('needs the passphrase to regenerate the recovery key', async () => {
    const vault = await createTestVault();
    expectError(await vault.engine.call('vault.regenerateRecoveryKey', { passphrase: 'not the passphrase' }), 'WRONG_PASSPHRASE');
  });
});
