import type { CliCommand, CliDeps } from './command';
import { CliFailure, EXIT, UsageError, type CliIo } from './io';
import { commands } from './commands';
import { packageVersion } from './packageVersion';
import { FenlightError } from '@shared/contract';

function helpText(): string {
  const width = Math.max(...commands.map((command) => command.name.join(' ').length));
  return [
    'Fenlight command line — administration, import and export for Fenlight vaults.',
    '',
    'Usage: npx fenlight <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.join(' ').padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  --help, -h     Show this help, or a command’s usage (npx fenlight <command> --help)',
    '  --version, -v  Show the version',
    '',
    'Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.',
  ].join('\n');
}

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  const matches = commands
    .filter((command) => command.name.every((word, index) => argv[index] === word))
    .sort((a, b) => b.name.length - a.name.length);
  const command = matches[0];
  return command ? { command, rest: argv.slice(command.name.length) } : null;
}

/** Failures are reported on one line: never a stack trace, never a multi-line dump. */
function oneLine(message: string): string {
  return message.split(/\r?\n/, 1)[0]!.trim();
}

/** Runs one command line; returns the process exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText());
    return argv.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(packageVersion());
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`Unknown command: ${argv.join(' ')}. Run "npx fenlight --help" to see the commands.`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: npx fenlight ${command.usage}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io, deps);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: npx fenlight ${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof FenlightError || error instanceof CliFailure) {
      io.err(oneLine(error.message));
      return EXIT.failure;
    }
    io.err(`Fenlight failed unexpectedly: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return EXIT.failure;
  }
}
