import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecoveryKey } from '@shared/vault/recoveryKey';
import type { VaultStatus } from '@shared/vault/types';
import { createEngine } from '../../electron/engine/index';
import { testEngineOptions } from '../helpers/engineOptions';
import { value } from '../helpers/testVault';
import { ANALYST, cliSandbox, opensWith, PASSPHRASE, recoveryKeyIn, withUnlocked } from './cliTestKit';

describe('npx fenlight vault create', () => {
  it('prints a valid recovery key, and the vault unlocks with the passphrase', async () => {
    const cli = cliSandbox();
    const vaultPath = cli.vaultPath();
    const result = await cli.run(['vault', 'create', '--vault', vaultPath, '--analyst', ANALYST.analystName, '--staff-number', ANALYST.staffNumber], {
      FENLIGHT_PASSPHRASE: PASSPHRASE,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    const recoveryKey = recoveryKeyIn(result.stdout);
    expect(parseRecoveryKey(recoveryKey).ok).toBe(true);
    expect(result.stdout.join('\n')).toMatch(/Write the recovery key down now and keep it apart from this laptop/);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(true);
  });

  it('creates a vault whose recovery key unlocks it, marked as seen, with the analyst’s profile', async () => {
    const cli = cliSandbox();
    const { vaultPath, recoveryKey } = await cli.createVault();
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      const status = value<VaultStatus>(await engine.call('vault.status', {}));
      expect(status.vault).toMatchObject({ name: 'Casework', recoveryKeyConfirmed: true, analystName: 'Priya Shah', staffNumber: 'CC4127' });
    });
    const engine = createEngine(testEngineOptions());
    value(await engine.call('vault.open', { path: vaultPath }));
    expect((await engine.call('vault.unlockWithRecoveryKey', { recoveryKey })).ok).toBe(true);
    await engine.close();
  });

  it('adds the .fenlight-vault extension to a path given without it, relative to the working folder', async () => {
    const cli = cliSandbox();
    fs.mkdirSync(cli.folder, { recursive: true });
    const result = await cli.run(['vault', 'create', '--vault', path.relative(process.cwd(), path.join(cli.folder, 'Op Heron')), '--analyst', 'Priya Shah', '--staff-number', '4127'], {
      FENLIGHT_PASSPHRASE: PASSPHRASE,
    });
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(cli.folder, 'Op Heron.fenlight-vault'))).toBe(true);
    expect(fs.existsSync(path.join(cli.folder, 'Op Heron.fenlight-keys'))).toBe(true);
  });

  it('asks for the passphrase twice at a hidden prompt when FENLIGHT_PASSPHRASE is not set', async () => {
    const cli = cliSandbox();
    const argv = ['vault', 'create', '--vault', cli.vaultPath(), '--analyst', 'Priya Shah', '--staff-number', 'CC4127'];
    const result = await cli.run(argv, {}, [PASSPHRASE, PASSPHRASE]);
    expect(result.code).toBe(0);
    expect(await opensWith(cli.vaultPath(), PASSPHRASE)).toBe(true);
  });

  it('refuses when the two typed passphrases differ, creating nothing', async () => {
    const cli = cliSandbox();
    const argv = ['vault', 'create', '--vault', cli.vaultPath(), '--analyst', 'Priya Shah', '--staff-number', 'CC4127'];
    const result = await cli.run(argv, {}, [PASSPHRASE, 'marsh kettle violin lanterm']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['The two passphrases typed do not match. Nothing was changed.']);
    expect(fs.existsSync(cli.vaultPath())).toBe(false);
  });

  it('passes on the engine’s refusal of a weak passphrase as a one-line reason (exit code 1)', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['vault', 'create', '--vault', cli.vaultPath(), '--analyst', 'Priya Shah', '--staff-number', 'CC4127'], { FENLIGHT_PASSPHRASE: 'password1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringMatching(/passphrase/i)]);
    expect(result.stdout).toEqual([]);
    expect(fs.existsSync(cli.vaultPath())).toBe(false);
  });

  it('refuses to overwrite an existing vault', async () => {
    const cli = cliSandbox();
    await cli.createVault();
    const result = await cli.run(['vault', 'create', '--vault', cli.vaultPath(), '--analyst', 'Priya Shah', '--staff-number', 'CC4127'], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringMatching(/already exists/)]);
  });
});
