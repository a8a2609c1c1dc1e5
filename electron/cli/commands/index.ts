import type { CliCommand } from '../command';
import { anxCommands } from './anx';
import { auditCommands } from './audit';
import { backupCommands } from './backup';
import { importCommands } from './import';
import { demoCommands } from './demo';
import { vaultCommands } from './vault';

/** Every command the CLI offers; each domain adds its own module here. */
export const commands: CliCommand[] = [...vaultCommands, ...backupCommands, ...auditCommands, ...anxCommands, ...demoCommands, ...importCommands];
