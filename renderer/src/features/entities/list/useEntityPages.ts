import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EntitySummary } from '@shared/records';
import { call, errorMessage } from '../../../lib/fenlight';
import { useDataChanged } from '../../../lib/useDataChanged';
import { ENTITY_PAGE_SIZE, listQuery, type EntityFilters } from '../entitiesStore';

export interface EntityPages {
  rows: EntitySummary[];
  total: number;
  /** False until the first answer for the current filters arrives. */
  loaded: boolean;
  error: string | null;
  /** Fetches the next page (if there is one and none is on its way). */
  loadMore(): void;
}

/**
 * The entities matching the filters, a page at a time: the vault may hold hundreds of thousands,
 * so the list asks for more only as the analyst scrolls towards the end. `inside` (the ids inside
 * the area drawn on the map, or null) limits the list further.
 */
export function useEntityPages(filters: EntityFilters, inside: readonly string[] | null = null): EntityPages {
  const [state, setState] = useState<{
    key: string;
    inside: readonly string[] | null;
    rows: EntitySummary[];
    total: number;
    error: string | null;
  } | null>(null);
  const [reloads, setReloads] = useState(0);
  // The area is compared by identity: it can hold tens of thousands of ids, too many to stringify.
  const key = useMemo(() => JSON.stringify(listQuery(filters)), [filters]);
  const same = (current: { key: string; inside: readonly string[] | null } | null) =>
    current !== null && current.key === key && current.inside === inside;
  const generation = useRef(0);
  const fetching = useRef(false);

  useDataChanged(['entities', 'links', 'reports'], () => setReloads((count) => count + 1));

  useEffect(() => {
    const mine = ++generation.current;
    fetching.current = true;
    call('entities.list', listQuery(filters, 0, ENTITY_PAGE_SIZE, inside)).then(
      (result) => {
        if (mine !== generation.current) return;
        fetching.current = false;
        setState({ key, inside, rows: result.rows, total: result.total, error: null });
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        fetching.current = false;
        setState({ key, inside, rows: [], total: 0, error: errorMessage(failure) });
      },
    );
    // The key stands for the filters; reloads re-runs the query after changes elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, inside, reloads]);

  const loadMore = useCallback(() => {
    if (!state || !same(state) || fetching.current || state.rows.length >= state.total) return;
    const mine = generation.current;
    fetching.current = true;
    call('entities.list', listQuery(filters, state.rows.length, ENTITY_PAGE_SIZE, inside)).then(
      (result) => {
        fetching.current = false;
        if (mine !== generation.current) return;
        setState((current) =>
          current && same(current)
            ? { ...current, rows: [...current.rows, ...result.rows], total: result.total }
            : current,
        );
      },
      (failure: unknown) => {
        fetching.current = false;
        if (mine === generation.current)
          setState((current) => (current ? { ...current, error: errorMessage(failure) } : current));
      },
    );
    // `same` reads only key and inside, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, key, inside, filters]);

  const current = same(state) ? state : null;
  return {
    // While new filters load, the previous rows stay rather than flashing an empty list.
    rows: current?.rows ?? state?.rows ?? [],
    total: current?.total ?? state?.total ?? 0,
    loaded: current !== null,
    error: state?.error ?? null,
    loadMore,
  };
}
