import {
  contract,
  failed,
  isCallName,
  isShellCall,
  ok,
  toContractError,
  FenlightError,
  type CallResult,
  type ParsedInput,
  type ShellCallName,
  type CallOutput,
} from '@shared/contract';
import { parseOrThrow } from '@shared/contract/validation';

export type ShellHandlers = { [N in ShellCallName]: (input: ParsedInput<N>) => Promise<CallOutput<N>> };

export interface CallTargets {
  /** Forwards an engine call (the engine re-validates: it is also reached from the CLI and tests). */
  engine(name: string, input: unknown): Promise<CallResult<unknown>>;
  shell: ShellHandlers;
}

/**
 * The gate every UI call passes in the shell: the name must be in the contract and the input
 * must match its schema before anything is forwarded. Shell calls are answered here; the rest
 * go to the engine worker. Used by Electron's IPC and by the browser harness alike.
 */
export async function routeCall(targets: CallTargets, name: unknown, input: unknown): Promise<CallResult<unknown>> {
  try {
    if (!isCallName(name)) {
      throw new FenlightError('INVALID_INPUT', 'Fenlight does not offer that operation.');
    }
    const parsed = parseOrThrow(contract[name].input, input);
    if (isShellCall(name)) {
      const handler = targets.shell[name] as (value: unknown) => Promise<unknown>;
      return ok(await handler(parsed));
    }
    return await targets.engine(name, input);
  } catch (error) {
    return failed(toContractError(error));
  }
}
