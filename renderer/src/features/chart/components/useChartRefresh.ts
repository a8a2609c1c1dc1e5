import { useDataChanged } from '../../../lib/useDataChanged';
import { refreshChart } from '../chartData';

const SCOPES = ['entities', 'links', 'reports', 'evidence'];

/**
 * Edits, merges and deletions elsewhere show on the chart: summaries are read again (debounced,
 * so an import's burst of changes costs one refresh).
 */
export function useChartRefresh(): void {
  useDataChanged(SCOPES, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refreshChart().catch(() => undefined), 400);
  });
}

let timer: ReturnType<typeof setTimeout> | undefined;
