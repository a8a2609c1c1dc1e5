import { useEffect, useRef } from 'react';
import { onEvent } from './fenlight';

/**
 * Calls `refresh` when the engine says records in any of `scopes` changed (reports, entities,
 * links…), so lists and profiles stay current after edits elsewhere, imports and merges.
 */
export function useDataChanged(scopes: readonly string[], refresh: () => void): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  const key = scopes.join('|');
  useEffect(() => {
    const wanted = new Set(key.split('|'));
    return onEvent('data.changed', (change) => {
      if (change.scopes.some((scope) => wanted.has(scope))) latest.current();
    });
  }, [key]);
}
