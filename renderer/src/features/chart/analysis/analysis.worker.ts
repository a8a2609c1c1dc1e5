/** Chart-wide analysis off the UI thread (betweenness on thousands of entities takes a while). */
import { runAnalysis } from './runAnalysis';
import type { AnalysisOutcome, AnalysisRequest, ChartGraphInput } from './analysisTypes';

type Message = { id: number; graph: ChartGraphInput; request: AnalysisRequest };
type Reply = { id: number; ok: true; outcome: AnalysisOutcome } | { id: number; ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  postMessage(message: Reply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, graph, request } = event.data;
  try {
    scope.postMessage({ id, ok: true, outcome: runAnalysis(graph, request) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
