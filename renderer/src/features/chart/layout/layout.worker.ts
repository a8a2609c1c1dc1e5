/**
 * The layout worker: layouts run here, off the UI thread, so the chart keeps panning and the
 * app keeps answering while a big chart is laid out (DESIGN.md: never frozen > 100 ms).
 */
import { computeLayout } from './computeLayout';
import type { LayoutMessage, LayoutReply } from './layoutTypes';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutMessage>) => void) | null;
  postMessage(message: LayoutReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    const result = computeLayout(request);
    scope.postMessage({ id, ok: true, result }, [result.positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
};
