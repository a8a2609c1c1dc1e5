import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { PASSPHRASE } from './cliTestKit';

const BIN = path.resolve('bin/fenlight.cjs');

/** `npx fenlight …` as a real process: real OWASP key derivation, no terminal (stdin is a pipe). */
function fenlight(args: string[], cwd: string, env: Record<string, string>) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FENLIGHT_')));
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...inherited, ...env }, input: '', encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx fenlight as a real process', () => {
  it('creates a vault and verifies its audit chain end to end, touching only FENLIGHT_DATA_DIR', () => {
    const root = tempDir('fenlight-cli-process-');
    // The profile folders point into the sandbox too, to prove FENLIGHT_DATA_DIR keeps the run out of them.
    const home = path.join(root, 'home');
    const profile = { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: path.join(home, '.config'), APPDATA: path.join(home, 'AppData') };
    const env = { ...profile, FENLIGHT_DATA_DIR: path.join(root, 'data'), FENLIGHT_PASSPHRASE: PASSPHRASE };

    const created = fenlight(['vault', 'create', '--vault', 'Op Kestrel', '--analyst', 'Priya Shah', '--staff-number', 'CC4127'], root, env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^\s+[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/m);
    expect(fs.existsSync(path.join(root, 'Op Kestrel.fenlight-vault'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'data', 'vaults.json'))).toBe(true);

    const verified = fenlight(['audit', 'verify', '--vault', 'Op Kestrel.fenlight-vault'], root, env);
    expect(verified).toEqual({ code: 0, stdout: 'audit chain intact: 0 entries\n', stderr: '' });

    const refused = fenlight(['audit', 'verify', '--vault', 'Op Kestrel'], root, { ...env, FENLIGHT_PASSPHRASE: 'not the right passphrase' });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'That passphrase is not right.\n' });
    expect(fs.existsSync(home)).toBe(false);
  });
});
