import type { CliCommand } from '../command';

/** Every command the CLI offers; each domain adds its own module here. */
export const commands: CliCommand[] = [];
