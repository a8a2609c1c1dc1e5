import { describe, expect, it } from 'vitest';
import { cliSandbox, NEW_PASSPHRASE, opensWith, PASSPHRASE } from './cliTestKit';

describe('npx fenlight vault passwd', () => {
  it('changes the passphrase: the old one stops working and the new one opens the vault', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE, FENLIGHT_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual(['The passphrase of “Casework” has been changed. The recovery key is unchanged.']);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(false);
    expect(await opensWith(vaultPath, NEW_PASSPHRASE)).toBe(true);
  });

  it('asks for the current passphrase once and the new one twice when nothing is in the environment', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], {}, [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE]);
    expect(result.code).toBe(0);
    expect(await opensWith(vaultPath, NEW_PASSPHRASE)).toBe(true);
  });

  it('sets a new passphrase with the recovery key when the old one is forgotten, and the recovery key still works', async () => {
    const cli = cliSandbox();
    const { vaultPath, recoveryKey } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], { FENLIGHT_RECOVERY_KEY: recoveryKey, FENLIGHT_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(false);
    expect(await opensWith(vaultPath, NEW_PASSPHRASE)).toBe(true);
    const check = await cli.run(['vault', 'check', '--vault', vaultPath], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(check.code).toBe(0);
  });

  it('changes nothing when the current passphrase is wrong (exit code 1, one line)', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: 'marsh kettle violin lanterns', FENLIGHT_NEW_PASSPHRASE: NEW_PASSPHRASE });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['That passphrase is not right.']);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(true);
  });

  it('passes on the engine’s refusal of a weak new passphrase, keeping the old one', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE, FENLIGHT_NEW_PASSPHRASE: 'Priya Shah' });
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(true);
  });

  it('refuses with a clear reason when there is no new passphrase and no terminal to ask on', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['vault', 'passwd', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['No new passphrase given: set FENLIGHT_NEW_PASSPHRASE, or run the command in a terminal to be asked for it.']);
    expect(await opensWith(vaultPath, PASSPHRASE)).toBe(true);
  });
});
