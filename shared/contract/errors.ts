/**
 * The closed set of error codes that may cross the UI–engine boundary, and the one error
 * class the engine throws. Messages are written for analysts: no stack traces, no SQL.
 */
export const errorCodes = [
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'CANCELLED',
  'IO_ERROR',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "grading.source". Empty for the whole input. */
  path: string;
  message: string;
}

export interface ErrorDetails {
  issues?: FieldIssue[];
  /** Seconds an analyst must wait before trying again (slowed-down unlock attempts). */
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

/** The plain, structured-clone-safe form of an error that crosses IPC, the bridge or the CLI. */
export interface ContractError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export class FenlightError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'FenlightError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toContractError(): ContractError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong inside Fenlight. Nothing was changed. Try again, and if it keeps happening, tell your system administrator.';

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

export function isContractError(value: unknown): value is ContractError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return isErrorCode(candidate.code) && typeof candidate.message === 'string';
}

/** Anything thrown becomes a contract error; unknown failures never leak their internals. */
export function toContractError(error: unknown): ContractError {
  if (error instanceof FenlightError) return error.toContractError();
  if (isContractError(error)) return error;
  return { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE };
}
