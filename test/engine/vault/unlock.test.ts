import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '@shared/contract';
import { vaultFiles } from '../../../electron/engine/vault/paths';
import { PASSPHRASE, createTestVault, expectError, hashFolder, value } from '../../helpers/testVault';
import path from 'node:path';

describe('unlocking and locking', () => {
  it('locks on command: the vault closes and a lock event is sent', async () => {
    const vault = await createTestVault();
    const events: AnyEvent[] = [];
    vault.engine.subscribe((event) => events.push(event));
    const status = value<{ state: string }>(await vault.engine.call('vault.lock', {}));
    expect(status.state).toBe('locked');
    expect(events).toContainEqual({ name: 'vault.locked', payload: { reason: 'command' } });
    expectError(await vault.engine.call('audit.verify', {}), 'VAULT_LOCKED');
  });

  it('unlocks with the right passphrase after a restart', async () => {
    const vault = await createTestVault();
    await vault.engine.close();
    const engine = vault.restart();
    const result = value<{ status: { state: string }; failedAttempts: unknown }>(await engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(result).toEqual({ status: expect.objectContaining({ state: 'unlocked' }), failedAttempts: null });
  });

  it('refuses a wrong passphrase 20 times, changing no vault file, then opens with the right one and reports the failures', async () => {
    let clock = Date.parse('2026-11-29T09:00:00Z');
    const vault = await createTestVault({ now: () => new Date(clock) });
    await vault.engine.call('vault.lock', {});
    const folder = path.dirname(vault.vaultPath);
    const before = hashFolder(folder);
    const codes: string[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const result = await vault.engine.call('vault.unlock', { passphrase: `wrong guess number ${attempt}` });
      expect(result.ok).toBe(false);
      if (!result.ok) codes.push(result.error.code);
      if (!result.ok && result.error.code === 'TOO_MANY_ATTEMPTS') {
        expect(result.error.details?.retryAfterSeconds).toBeGreaterThan(0);
        clock += (result.error.details!.retryAfterSeconds! + 1) * 1000;
        attempt -= 1; // a refused-before-trying attempt is not a guess
      }
      expect(hashFolder(folder)).toEqual(before);
    }
    expect(codes.filter((code) => code === 'WRONG_PASSPHRASE')).toHaveLength(20);
    expect(codes).toContain('TOO_MANY_ATTEMPTS');
    clock += 16 * 60_000;
    const unlocked = value<{ failedAttempts: { failures: number } }>(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(unlocked.failedAttempts).toMatchObject({ failures: 20 });
    await vault.engine.call('vault.lock', {});
    expect(value<{ failedAttempts: unknown }>(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE })).failedAttempts).toBeNull();
  });

  it('slows down after five failures, keeping the count outside the vault’s files', async () => {
    const clock = Date.parse('2026-11-29T09:00:00Z');
    const vault = await createTestVault({ now: () => new Date(clock) });
    await vault.engine.call('vault.lock', {});
    for (let i = 0; i < 5; i++) expectError(await vault.engine.call('vault.unlock', { passphrase: 'not the passphrase' }), 'WRONG_PASSPHRASE');
    const message = expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'TOO_MANY_ATTEMPTS');
    expect(message).toMatch(/Wait 30 seconds/);
    expect(Object.keys(hashFolder(vault.options.dataFolder))).toContain('unlock-attempts.json');
    expect(Object.keys(hashFolder(path.dirname(vault.vaultPath))).some((file) => file.includes('attempt'))).toBe(false);
  });

  it('locks itself after the idle time set in settings, and activity postpones it', async () => {
    let clock = Date.parse('2026-11-29T09:00:00Z');
    const vault = await createTestVault({ now: () => new Date(clock) });
    await vault.engine.call('settings.update', { idleLockMinutes: 5 });
    const events: AnyEvent[] = [];
    vault.engine.subscribe((event) => events.push(event));
    clock += 4 * 60_000;
    await vault.engine.call('vault.touch', {});
    clock += 4 * 60_000;
    expect(await vault.engine.vaults.lockIfIdle()).toBe(false);
    clock += 2 * 60_000;
    expect(await vault.engine.vaults.lockIfIdle()).toBe(true);
    expect(events).toContainEqual({ name: 'vault.locked', payload: { reason: 'idle' } });
    expect(value<{ state: string }>(await vault.engine.call('vault.status', {})).state).toBe('locked');
  });

  it('locks on suspend or screen lock when the shell asks', async () => {
    const vault = await createTestVault();
    const events: AnyEvent[] = [];
    vault.engine.subscribe((event) => events.push(event));
    await vault.engine.call('vault.lock', { reason: 'suspend' });
    expect(events).toContainEqual({ name: 'vault.locked', payload: { reason: 'suspend' } });
  });

  it('opens another vault by path, locked', async () => {
    const first = await createTestVault();
    const second = await createTestVault({}, 'Other');
    const status = value<{ state: string; vault: { path: string } }>(await second.engine.call('vault.open', { path: first.vaultPath }));
    expect(status).toMatchObject({ state: 'locked', vault: { path: vaultFiles(first.vaultPath).database } });
    expectError(await second.engine.call('vault.open', { path: '/nowhere/none.fenlight-vault' }), 'VAULT_NOT_FOUND');
  });
});
