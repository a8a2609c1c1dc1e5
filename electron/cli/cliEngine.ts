import path from 'node:path';
import { FenlightError, type CallInput, type CallOutput, type EngineCallName } from '@shared/contract';
import { readBuildInfo } from '../engine/buildInfo';
import { createEngine } from '../engine/index';
import type { EngineOptions } from '../engine/options';
import type { VaultManager } from '../engine/vault/vaultManager';
import type { CliDeps } from './command';
import { cliDataFolder, cliDefaultVaultFolder } from './dataFolder';
import type { CliIo } from './io';

const REPO_ROOT = path.resolve(__dirname, '../..');

/** The engine as a command sees it: calls that answer with their value or throw the engine's refusal. */
export interface CliEngine {
  call<N extends EngineCallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** In-process access for what is deliberately not in the contract (the raw-key disclosure). */
  readonly vaults: VaultManager;
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]!.trim();
}

/** The engine options for a command-line run: the app's data folder unless FENLIGHT_DATA_DIR says otherwise. */
export function cliEngineOptions(io: CliIo, deps: CliDeps, log: (message: string) => void): EngineOptions {
  return {
    dataFolder: cliDataFolder(io.env, io.cwd),
    defaultVaultFolder: cliDefaultVaultFolder(),
    build: readBuildInfo(REPO_ROOT),
    runtime: `node ${process.versions.node} (command line)`,
    log,
    ...deps.engineOptions,
  };
}

/**
 * Runs `work` against an in-process engine and always closes it (which locks the vault and
 * folds its journal back in). The engine's diagnostics carry stack traces, which a command
 * line must not print: an unexpected failure is reported on one line with its first line as
 * the cause, and any other diagnostic is shown once, on one line, when the run ends.
 */
export async function withEngine<T>(io: CliIo, deps: CliDeps, work: (engine: CliEngine) => Promise<T>): Promise<T> {
  const diagnostics: string[] = [];
  const engine = createEngine(cliEngineOptions(io, deps, (message) => diagnostics.push(firstLine(message))));
  const cliEngine: CliEngine = {
    vaults: engine.vaults,
    call: async (name, input) => {
      const result = await engine.call(name, input);
      if (result.ok) return result.value as CallOutput<typeof name>;
      const cause = result.error.code === 'INTERNAL' ? diagnostics.pop() : undefined;
      throw new FenlightError(result.error.code, cause ? `${result.error.message} (${cause})` : result.error.message);
    },
  };
  try {
    return await work(cliEngine);
  } finally {
    await engine.close();
    for (const line of diagnostics) io.err(line);
  }
}
