import type { z } from 'zod';
import type { CallDef } from '@shared/contract';
import type { demoCalls } from '@shared/contract/calls/demo';
import { CallError } from '../../lib/fenlight';

type Pending = typeof demoCalls;
export type PendingCallName = keyof Pending & string;
export type PendingInput<N extends PendingCallName> = z.input<Pending[N]['input']>;
export type PendingOutput<N extends PendingCallName> = Pending[N] extends CallDef<z.ZodType, infer O> ? O : never;

/**
 * demo.load, typed from its contract module. It is called through the bridge by name because
 * the contract table (shared/contract/index.ts) does not list demoCalls yet, so the typed `call`
 * cannot name it; once it does, this is `call` under another name.
 */
export async function callPending<N extends PendingCallName>(name: N, input: PendingInput<N>): Promise<PendingOutput<N>> {
  const result = await window.fenlight.call(name, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value as PendingOutput<N>;
}
