import path from 'node:path';
import { expect } from 'vitest';
import type { CliDeps } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/run';
import { createEngine, type Engine } from '../../electron/engine/index';
import { captureIo, type CapturedIo } from '../helpers/cliIo';
import { testEngineOptions, TEST_KDF } from '../helpers/engineOptions';
import { tempDir } from '../helpers/tempDir';
import { ANALYST, PASSPHRASE, value } from '../helpers/testVault';

export { ANALYST, PASSPHRASE };
export const NEW_PASSPHRASE = 'heron quarry tangerine bellows';

/** Cheap key derivation through the injection point every command honours; production passes nothing. */
export const TEST_DEPS: CliDeps = { engineOptions: { kdf: TEST_KDF } };

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
  io: CapturedIo;
}

/** A temp data folder (FENLIGHT_DATA_DIR, so no test touches the real profile) and a vault folder. */
export interface CliSandbox {
  dataDir: string;
  folder: string;
  vaultPath(name?: string): string;
  /** Runs one command line with FENLIGHT_DATA_DIR set, plus `env`; `answers` are typed at prompts. */
  run(argv: string[], env?: Record<string, string | undefined>, answers?: string[]): Promise<CliRun>;
  /** Creates a vault through the command line and returns its recovery key. */
  createVault(name?: string, passphrase?: string): Promise<{ vaultPath: string; recoveryKey: string }>;
}

const RECOVERY_LINE = /^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){8})$/;

export function recoveryKeyIn(stdout: string[]): string {
  const line = stdout.find((candidate) => RECOVERY_LINE.test(candidate));
  expect(line, `no recovery key in:\n${stdout.join('\n')}`).toBeDefined();
  return RECOVERY_LINE.exec(line!)![1]!;
}

export function cliSandbox(): CliSandbox {
  const root = tempDir('fenlight-cli-');
  const dataDir = path.join(root, 'data');
  const folder = path.join(root, 'vaults');
  const sandbox: CliSandbox = {
    dataDir,
    folder,
    vaultPath: (name = 'Casework') => path.join(folder, `${name}.fenlight-vault`),
    async run(argv, env = {}, answers = []) {
      const io = captureIo({ FENLIGHT_DATA_DIR: dataDir, ...env }, [...answers]);
      const code = await runCli(argv, io, TEST_DEPS);
      return { code, stdout: io.stdout, stderr: io.stderr, io };
    },
    async createVault(name = 'Casework', passphrase = PASSPHRASE) {
      const vaultPath = sandbox.vaultPath(name);
      const result = await sandbox.run(
        ['vault', 'create', '--vault', vaultPath, '--analyst', ANALYST.analystName, '--staff-number', ANALYST.staffNumber],
        { FENLIGHT_PASSPHRASE: passphrase },
      );
      expect(result.stderr).toEqual([]);
      expect(result.code).toBe(0);
      return { vaultPath, recoveryKey: recoveryKeyIn(result.stdout) };
    },
  };
  return sandbox;
}

/** A separate engine (its own data folder) unlocked on the vault, as the app would open it later. */
export async function withUnlocked<T>(vaultPath: string, passphrase: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = createEngine(testEngineOptions());
  try {
    value(await engine.call('vault.open', { path: vaultPath }));
    value(await engine.call('vault.unlock', { passphrase }));
    return await work(engine);
  } finally {
    await engine.close();
  }
}

/** Whether a passphrase opens the vault, through a fresh engine. */
export async function opensWith(vaultPath: string, passphrase: string): Promise<boolean> {
  const engine = createEngine(testEngineOptions());
  try {
    value(await engine.call('vault.open', { path: vaultPath }));
    return (await engine.call('vault.unlock', { passphrase })).ok;
  } finally {
    await engine.close();
  }
}
