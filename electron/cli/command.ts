import type { EngineOptions } from '../engine/options';
import type { CliIo } from './io';

/** What a command is given besides its arguments and terminal. */
export interface CliDeps {
  /**
   * Laid over the engine options the command line builds for itself. Production passes nothing;
   * tests pass cheap KDF parameters and a quiet clock or log, so no command needs a test flag.
   */
  engineOptions?: Partial<EngineOptions>;
}

export interface CliCommand {
  /** Words that select the command, e.g. ['vault', 'create']. */
  name: string[];
  summary: string;
  usage: string;
  run(args: string[], io: CliIo, deps: CliDeps): Promise<number>;
}
