/** What a CLI command may touch, so commands can be tested without a terminal. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for a secret without echoing it; null when there is no terminal to ask on. */
  promptSecret(question: string): Promise<string | null>;
  cwd: string;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A usage mistake (exit code 2), reported with the command's usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A refusal the command line itself decides (exit code 1), e.g. no way to ask for a passphrase. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}
