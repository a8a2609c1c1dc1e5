import type { CliIo } from './io';

export interface CliCommand {
  /** Words that select the command, e.g. ['vault', 'create']. */
  name: string[];
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
