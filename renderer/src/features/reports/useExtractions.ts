import { useEffect, useState } from 'react';
import type { Extraction } from '@shared/extraction/types';
import { call } from '../../lib/fenlight';

/** Waits for a pause in typing before asking the engine to look through the text again. */
export const EXTRACT_DEBOUNCE_MS = 400;

/**
 * Identifiers and known names in each text (reports.extract), refreshed after a pause in
 * typing. Each list keeps its offsets into its own text. A failure leaves the last answer: the
 * highlights are a help, never in the way of writing the report.
 */
export function useExtractions(texts: readonly string[], delay = EXTRACT_DEBOUNCE_MS): Extraction[][] {
  const key = JSON.stringify(texts);
  const [result, setResult] = useState<{ key: string; lists: Extraction[][] }>({ key: '', lists: [] });

  useEffect(() => {
    let current = true;
    const wanted = JSON.parse(key) as string[];
    const timer = setTimeout(() => {
      Promise.all(wanted.map((text) => (text.trim() === '' ? Promise.resolve([]) : call('reports.extract', { text })))).then(
        (lists) => {
          if (current) setResult({ key, lists });
        },
        () => undefined,
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, delay]);

  // Until the answer for these texts arrives, stale offsets are dropped by textPieces.
  return texts.map((_, index) => result.lists[index] ?? []);
}
