import type { AnyEvent, CallResult } from '@shared/contract';
import type { EngineOptions } from '../options';

/** Messages between the engine host (main or harness) and the engine worker thread. */
export type ToWorker =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'shutdown' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-failed'; message: string }
  | { type: 'result'; id: number; result: CallResult<unknown> }
  | { type: 'event'; event: AnyEvent }
  | { type: 'closed' };

export interface WorkerData {
  options: Omit<EngineOptions, 'log' | 'now'>;
}
