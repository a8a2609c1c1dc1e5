import type { CallResult } from './result';

/**
 * The whole API the renderer sees as `window.fenlight`, identical in the app (preload) and
 * in the browser harness (bridge script). Nothing else crosses.
 */
export interface FenlightBridge {
  /** Resolves with a result envelope; never rejects for engine errors. */
  call(name: string, input: unknown): Promise<CallResult<unknown>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}
