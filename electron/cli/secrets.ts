import { CliFailure, type CliIo } from './io';

/** The environment variables the command line reads secrets from (documented in the README). */
export const SECRET_ENV = {
  passphrase: 'FENLIGHT_PASSPHRASE',
  newPassphrase: 'FENLIGHT_NEW_PASSPHRASE',
  recoveryKey: 'FENLIGHT_RECOVERY_KEY',
} as const;

export function fromEnv(io: CliIo, name: string): string | undefined {
  const value = io.env[name];
  return value === undefined || value === '' ? undefined : value;
}

export interface SecretRequest {
  /** The variable that supplies it without asking. */
  env: string;
  question: string;
  /** Asked as well when prompting, so a typing slip cannot set a passphrase nobody knows. */
  confirm?: string;
  /** Told to the user when there is neither the variable nor a terminal to ask on. */
  missing: string;
}

/** A secret from its environment variable, else typed at a hidden prompt (twice when confirming). */
export async function askSecret(io: CliIo, request: SecretRequest): Promise<string> {
  const given = fromEnv(io, request.env);
  if (given !== undefined) return given;
  const answer = await io.promptSecret(request.question);
  if (answer === null) throw new CliFailure(request.missing);
  if (request.confirm !== undefined) {
    const again = await io.promptSecret(request.confirm);
    if (again === null) throw new CliFailure(request.missing);
    if (again !== answer) throw new CliFailure('The two passphrases typed do not match. Nothing was changed.');
  }
  return answer;
}

/** How to get a passphrase in when none was given. */
export function noPassphrase(alternatives = ''): string {
  return `No passphrase given: set ${SECRET_ENV.passphrase}${alternatives}, or run the command in a terminal to be asked for it.`;
}
