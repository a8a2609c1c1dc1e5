/**
 * The chart's side of the layout worker: one worker, started on first use and kept; requests
 * are answered in order, and a newer request makes the chart ignore an older one's answer.
 */
import LayoutWorker from './layout.worker.ts?worker';
import type { LayoutMessage, LayoutReply, LayoutRequest, LayoutResult } from './layoutTypes';

export interface LayoutWorkerLike {
  postMessage(message: LayoutMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutReply>) => void): void;
  terminate(): void;
}

let factory: () => LayoutWorkerLike = () => new LayoutWorker() as unknown as LayoutWorkerLike;
let worker: LayoutWorkerLike | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve(result: LayoutResult): void; reject(error: Error): void }>();

/** Tests replace the worker (jsdom has none). */
export function setLayoutWorkerFactory(make: () => LayoutWorkerLike): void {
  worker?.terminate();
  worker = null;
  factory = make;
}

function ensureWorker(): LayoutWorkerLike {
  if (worker) return worker;
  const created = factory();
  created.addEventListener('message', (event) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  });
  worker = created;
  return created;
}

export function requestLayout(request: LayoutRequest): Promise<LayoutResult> {
  const id = nextId++;
  return new Promise<LayoutResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    ensureWorker().postMessage({ id, request });
  });
}
