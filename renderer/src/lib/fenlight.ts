import type { CallInput, CallName, CallOutput, ContractError, ErrorCode, EventName, EventPayload } from '@shared/contract';
import type { FenlightBridge } from '@shared/contract/bridge';

declare global {
  interface Window {
    /** Provided by the preload (app) or the harness bridge script (browser); nothing else is. */
    fenlight: FenlightBridge;
  }
}

/** A contract error thrown by the typed client; `message` is already written for analysts. */
export class CallError extends Error {
  readonly code: ErrorCode;
  readonly details: ContractError['details'];

  constructor(error: ContractError) {
    super(error.message);
    this.name = 'CallError';
    this.code = error.code;
    this.details = error.details;
  }
}

function bridge(): FenlightBridge {
  if (!window.fenlight) {
    throw new CallError({ code: 'INTERNAL', message: 'Fenlight’s engine is not connected. Restart Fenlight.' });
  }
  return window.fenlight;
}

/** The typed renderer client: one call of the contract, resolved or thrown as CallError. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await bridge().call(name, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value as CallOutput<N>;
}

export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(name, listener as (payload: unknown) => void);
}

/** The message to show for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof CallError) return error.message;
  return 'Something went wrong. Nothing was changed. Try again.';
}
