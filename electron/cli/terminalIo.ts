import readline from 'node:readline';
import type { CliIo } from './io';

/** Reads a secret from the terminal with echo turned off. */
function promptSecret(question: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    process.stderr.write(question);
    const rl = readline.createInterface({ input, terminal: true });
    // Suppress echo: readline writes keystrokes through _writeToOutput.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export function terminalIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    promptSecret,
    cwd: process.cwd(),
  };
}
