import type { ContractError } from './errors';

/** What every call resolves to on the wire: the bridge and IPC never reject. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export function ok<T>(value: T): CallResult<T> {
  return { ok: true, value };
}

export function failed(error: ContractError): CallResult<never> {
  return { ok: false, error };
}
