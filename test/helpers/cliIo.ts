import type { CliIo } from '../../electron/cli/io';

export interface CapturedIo extends CliIo {
  stdout: string[];
  stderr: string[];
}

/** A CLI environment that records what was printed; secrets come from env or the answers given. */
export function captureIo(env: Record<string, string | undefined> = {}, secrets: string[] = []): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env,
    promptSecret: async () => secrets.shift() ?? null,
    cwd: process.cwd(),
  };
}
