/** The chart's side of the analysis worker (started on first use; tests swap in their own). */
import AnalysisWorker from './analysis.worker.ts?worker';
import type { AnalysisOutcome, AnalysisRequest, ChartGraphInput } from './analysisTypes';

type Reply = { id: number; ok: true; outcome: AnalysisOutcome } | { id: number; ok: false; message: string };

export interface AnalysisWorkerLike {
  postMessage(message: { id: number; graph: ChartGraphInput; request: AnalysisRequest }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Reply>) => void): void;
  terminate(): void;
}

let factory: () => AnalysisWorkerLike = () => new AnalysisWorker() as unknown as AnalysisWorkerLike;
let worker: AnalysisWorkerLike | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve(outcome: AnalysisOutcome): void; reject(error: Error): void }>();

export function setAnalysisWorkerFactory(make: () => AnalysisWorkerLike): void {
  worker?.terminate();
  worker = null;
  factory = make;
}

export function requestAnalysis(graph: ChartGraphInput, request: AnalysisRequest): Promise<AnalysisOutcome> {
  if (!worker) {
    worker = factory();
    worker.addEventListener('message', (event) => {
      const pending = waiting.get(event.data.id);
      if (!pending) return;
      waiting.delete(event.data.id);
      if (event.data.ok) pending.resolve(event.data.outcome);
      else pending.reject(new Error(event.data.message));
    });
  }
  const id = nextId++;
  const target = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    target.postMessage({ id, graph, request });
  });
}
