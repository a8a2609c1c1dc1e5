import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/fenlight';
import { useDataChanged } from '../../../lib/useDataChanged';

/**
 * Loads a record for the inspector and reloads it when records change elsewhere; answers to an
 * earlier request (the selection moved on) are dropped.
 */
export function useRecord<T>(
  key: string | null,
  load: (key: string) => Promise<T>,
  scopes: readonly string[],
): { record: T | null; error: string | null } {
  const [state, setState] = useState<{ key: string | null; record: T | null; error: string | null }>({
    key: null,
    record: null,
    error: null,
  });
  const latest = useRef(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  const fetchRecord = useCallback((target: string) => {
    const ticket = ++latest.current;
    loader
      .current(target)
      .then((record) => {
        if (ticket === latest.current) setState({ key: target, record, error: null });
      })
      .catch((failure: unknown) => {
        if (ticket === latest.current) setState({ key: target, record: null, error: errorMessage(failure) });
      });
  }, []);
  useEffect(() => {
    if (key !== null) fetchRecord(key);
    else latest.current += 1;
  }, [key, fetchRecord]);
  useDataChanged(scopes, () => {
    if (key !== null) fetchRecord(key);
  });
  return state.key === key ? { record: state.record, error: state.error } : { record: null, error: null };
}
