import { describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { cliSandbox, PASSPHRASE } from './cliTestKit';

const withPassphrase = { FENLIGHT_PASSPHRASE: PASSPHRASE };

describe('command-line usage', () => {
  it('lists every vault administration command in --help', async () => {
    const cli = cliSandbox();
    const help = (await cli.run(['--help'])).stdout.join('\n');
    for (const name of ['vault create', 'vault check', 'vault passwd', 'vault raw-key', 'backup', 'restore', 'audit verify', 'audit export']) {
      expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it.each(commands.map((command) => [command.name.join(' '), command] as const))('prints the usage of "%s" with --help (exit code 0)', async (_name, command) => {
    const cli = cliSandbox();
    const result = await cli.run([...command.name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain(`Usage: npx fenlight ${command.usage}`);
  });

  it('treats an unknown option as a usage error (exit code 2), naming it', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['vault', 'check', '--vault', cli.vaultPath(), '--verbose'], withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual(['Unknown option --verbose.\nUsage: npx fenlight vault check --vault PATH']);
  });

  it('treats a stray word as a usage error (exit code 2)', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['audit', 'verify', cli.vaultPath()], withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/^Unexpected argument “.*Casework\.fenlight-vault”/);
  });

  it('treats an option without its value as a usage error (exit code 2)', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['backup', '--vault', cli.vaultPath(), '--out'], withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/^--out needs a value\./);
  });

  it.each([
    [['vault', 'create', '--analyst', 'Priya Shah', '--staff-number', 'CC4127'], '--vault is required.'],
    [['vault', 'create', '--vault', 'X', '--staff-number', 'CC4127'], '--analyst is required.'],
    [['vault', 'create', '--vault', 'X', '--analyst', 'Priya Shah'], '--staff-number is required.'],
    [['vault', 'check'], '--vault is required.'],
    [['vault', 'passwd'], '--vault is required.'],
    [['backup', '--vault', 'X'], '--out is required.'],
    [['restore', '--vault', 'X'], '--from is required.'],
    [['restore', '--from', 'X.fenlight-backup'], '--vault is required.'],
    [['audit', 'verify'], '--vault is required.'],
    [['audit', 'export', '--vault', 'X', '--reason', 'SAR'], '--out is required.'],
    [['vault', 'raw-key', '--reason', 'Forensics'], '--vault is required.'],
  ])('treats %j as a usage error: %s', async (argv, message) => {
    const cli = cliSandbox();
    const result = await cli.run(argv, withPassphrase);
    expect(result.code).toBe(2);
    expect(result.stderr[0]?.split('\n')[0]).toBe(message);
  });
});

describe('secrets without a terminal', () => {
  it('refuses with a clear one-line reason when there is no passphrase and no terminal (exit code 1)', async () => {
    const cli = cliSandbox();
    const { vaultPath } = await cli.createVault();
    const result = await cli.run(['audit', 'verify', '--vault', vaultPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([
      'No passphrase given: set FENLIGHT_PASSPHRASE (or FENLIGHT_RECOVERY_KEY), or run the command in a terminal to be asked for it.',
    ]);
  });

  it('does the same for a new vault, creating nothing', async () => {
    const cli = cliSandbox();
    const result = await cli.run(['vault', 'create', '--vault', cli.vaultPath(), '--analyst', 'Priya Shah', '--staff-number', 'CC4127']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['No passphrase given: set FENLIGHT_PASSPHRASE, or run the command in a terminal to be asked for it.']);
  });

  it('does not offer the recovery key where the command cannot use it', async () => {
    const cli = cliSandbox();
    const { vaultPath, recoveryKey } = await cli.createVault();
    const result = await cli.run(['backup', '--vault', vaultPath, '--out', `${cli.dataDir}/b`], { FENLIGHT_RECOVERY_KEY: recoveryKey });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['No passphrase given: set FENLIGHT_PASSPHRASE, or run the command in a terminal to be asked for it.']);
  });
});
