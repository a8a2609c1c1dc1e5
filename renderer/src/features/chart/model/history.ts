/**
 * Undo and redo for structural edits (add, remove, hide, pin, group, annotate, style, move,
 * layout). The history keeps whole documents: edits never mutate a document, so an entry costs
 * only the arrays that changed, and undo restores the earlier document exactly. Filters and the
 * viewport are views of the chart, not edits of it, so undo leaves them as they are.
 */
import type { ChartDocument } from '@shared/chart/document';

export interface ChartHistory {
  past: readonly ChartDocument[];
  future: readonly ChartDocument[];
  /** Consecutive edits with the same key (typing in a note) make one undo step. */
  lastKey: string | null;
}

export const EMPTY_HISTORY: ChartHistory = { past: [], future: [], lastKey: null };

/** Enough for a long session of edits; the oldest fall away first. */
export const HISTORY_LIMIT = 200;

/** Records that `before` was replaced by an edit. */
export function record(
  history: ChartHistory,
  before: ChartDocument,
  key: string | null = null,
): ChartHistory {
  if (key !== null && key === history.lastKey && history.past.length > 0) return { ...history, future: [] };
  const past = [...history.past, before];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    future: [],
    lastKey: key,
  };
}

/** The structural part of `from`, with the view settings (filters, viewport) of `current`. */
function withViewOf(from: ChartDocument, current: ChartDocument): ChartDocument {
  const { viewport: _viewport, ...rest } = from;
  return current.viewport
    ? { ...rest, filters: current.filters, viewport: current.viewport }
    : { ...rest, filters: current.filters };
}

export function undo(
  history: ChartHistory,
  current: ChartDocument,
): { history: ChartHistory; document: ChartDocument } | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, current], lastKey: null },
    document: withViewOf(previous, current),
  };
}

export function redo(
  history: ChartHistory,
  current: ChartDocument,
): { history: ChartHistory; document: ChartDocument } | null {
  const next = history.future[history.future.length - 1];
  if (!next) return null;
  return {
    history: { past: [...history.past, current], future: history.future.slice(0, -1), lastKey: null },
    document: withViewOf(next, current),
  };
}
