import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportListFilter } from '@shared/contract/calls/reports';
import type { ReportSummary } from '@shared/records';
import { call, errorMessage } from '../../lib/fenlight';
import { useDataChanged } from '../../lib/useDataChanged';
import { idsToken } from '../selection/areaFilter';
import type { ListSort } from './reportsStore';

export const PAGE_SIZE = 100;
/** The contract's largest page: a refresh reloads at most this many rows at once. */
const MAX_LIMIT = 1000;

export interface ReportRows {
  rows: ReportSummary[];
  total: number;
  /** True until the first page for the current filter and sort has arrived. */
  loading: boolean;
  error: string | null;
  /** Asks for the next page, if there is one and none is on its way. */
  loadMore(): void;
}

/**
 * Reports for the list, a page at a time as the analyst scrolls (the vault may hold tens of
 * thousands). A new filter or sort starts again from the top; a change in the vault reloads
 * what was already shown. Answers to superseded queries are dropped. `supporting` (the entities
 * inside the area drawn on the map, or null) limits the list to reports supporting one of them.
 */
export function useReportRows(
  filter: ReportListFilter | null,
  sort: ListSort,
  supporting: readonly string[] | null = null,
): ReportRows {
  const [rows, setRows] = useState<ReportSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [answered, setAnswered] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const generation = useRef(0);
  const inFlight = useRef(false);
  const shown = useRef(0);
  // The filter arrives as a new object each render: the query is compared by value (the area's
  // ids, which can be tens of thousands, by identity).
  const query = filter ? JSON.stringify({ filter, sort, area: idsToken(supporting) }) : null;
  const area = () => (supporting ? { supporting: [...supporting] } : {});

  useEffect(() => {
    if (query === null) return;
    const mine = ++generation.current;
    const { filter: wanted, sort: order } = JSON.parse(query) as { filter: ReportListFilter; sort: ListSort };
    // A refresh after a change keeps as many rows as were on show, so the scroll position holds.
    const limit = reloads > 0 ? Math.min(MAX_LIMIT, Math.max(PAGE_SIZE, shown.current)) : PAGE_SIZE;
    inFlight.current = true;
    call('reports.list', { filter: wanted, ...area(), sort: order, offset: 0, limit })
      .then(
        (result) => {
          if (mine !== generation.current) return;
          shown.current = result.rows.length;
          setRows(result.rows);
          setTotal(result.total);
          setError(null);
          setAnswered(query);
        },
        (failure: unknown) => {
          if (mine !== generation.current) return;
          setError(errorMessage(failure));
          setAnswered(query);
        },
      )
      .finally(() => {
        if (mine === generation.current) inFlight.current = false;
      });
    // The query stands for the area too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, reloads]);

  useDataChanged(['reports'], () => setReloads((count) => count + 1));

  const loadMore = useCallback(() => {
    if (query === null || inFlight.current || shown.current >= total) return;
    const mine = generation.current;
    const offset = shown.current;
    const { filter: wanted, sort: order } = JSON.parse(query) as { filter: ReportListFilter; sort: ListSort };
    inFlight.current = true;
    call('reports.list', { filter: wanted, ...area(), sort: order, offset, limit: PAGE_SIZE })
      .then(
        (result) => {
          if (mine !== generation.current) return;
          setRows((current) => {
            const next = [...current.slice(0, offset), ...result.rows];
            shown.current = next.length;
            return next;
          });
          setTotal(result.total);
        },
        (failure: unknown) => {
          if (mine === generation.current) setError(errorMessage(failure));
        },
      )
      .finally(() => {
        if (mine === generation.current) inFlight.current = false;
      });
    // The query stands for the area too.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, total]);

  return { rows, total, loading: answered !== query, error, loadMore };
}
