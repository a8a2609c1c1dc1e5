import type { z } from 'zod';

/**
 * One call of the contract: its zod input schema and (as a type only) its output.
 * The output type is carried by a phantom property so the whole contract stays one table.
 */
export interface CallDef<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

export function call<I extends z.ZodType>(input: I): { returns<O>(): CallDef<I, O> } {
  return { returns: <O>() => ({ input }) as CallDef<I, O> };
}

/** One event the engine or the shell pushes to the UI; the payload is a type only. */
export interface EventDef<P> {
  readonly payload?: P;
}

export function event<P>(): EventDef<P> {
  return {};
}
