import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { captureIo } from '../helpers/cliIo';

describe('fenlight command line', () => {
  it('prints the version with --version', async () => {
    const io = captureIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout).toEqual(['0.1.0']);
  });

  it('prints help with --help, listing the exit codes', async () => {
    const io = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Usage: npx fenlight <command>/);
    expect(io.stdout.join('\n')).toMatch(/Exit codes: 0 success, 1 failure/);
  });

  it('treats an unknown command as a usage error (exit code 2)', async () => {
    const io = captureIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/Unknown command: frobnicate/);
  });

  it('runs as `npx fenlight` from the repository’s bin entry', () => {
    const output = execFileSync(process.execPath, [path.resolve('bin/fenlight.cjs'), '--version'], { cwd: '/' }).toString();
    expect(output.trim()).toBe('0.1.0');
  });
});
