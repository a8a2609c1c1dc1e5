import type { z } from 'zod';
import type { CallDef } from '@shared/contract';
import type { demoCalls } from '@shared/contract/calls/demo';
import type { ingestCalls } from '@shared/contract/calls/ingest';
import { CallError } from '../../lib/fenlight';

type Pending = typeof ingestCalls & typeof demoCalls;
export type PendingCallName = keyof Pending & string;
export type PendingInput<N extends PendingCallName> = z.input<Pending[N]['input']>;
export type PendingOutput<N extends PendingCallName> = Pending[N] extends CallDef<z.ZodType, infer O> ? O : never;

/**
 * The import.* and demo.load calls, typed from their contract modules. They are called through
 * the bridge by name because the contract table (shared/contract/index.ts) does not list them
 * yet, so the typed `call` cannot name them; once it does, this is `call` under another name.
 */
export async function callPending<N extends PendingCallName>(name: N, input: PendingInput<N>): Promise<PendingOutput<N>> {
  const result = await window.fenlight.call(name, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value as PendingOutput<N>;
}
