import { runCli } from './run';
import { terminalIo } from './terminalIo';

void runCli(process.argv.slice(2), terminalIo()).then((code) => {
  process.exitCode = code;
});
