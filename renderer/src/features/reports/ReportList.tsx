import { useEffect, useMemo, useState } from 'react';
import { plural } from '@shared/format';
import { ImportDialog } from '../import/ImportDialog';
import { areaDescription } from '../selection/areaFilter';
import { useSelectionStore } from '../selection/selectionStore';
import { useShellStore } from '../shell/shellStore';
import { ReportFilters } from './ReportFilters';
import { ReportTable } from './ReportTable';
import { SavedFilters } from './SavedFilters';
import { toListFilter, useReportsListStore } from './reportsStore';
import { useReportRows } from './useReportRows';
import './reports.css';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Typing in the search box waits this long before asking the engine again. */
const TEXT_DEBOUNCE_MS = 250;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** The reports list: filters, saved filters, and a sortable, virtualised grid. */
export function ReportList() {
  const openRecord = useShellStore((state) => state.openRecord);
  const { filter: form, sort, savedViewId, updateFilter, clearFilter, applySavedView, sortBy } = useReportsListStore();
  const text = useDebounced(form.text, TEXT_DEBOUNCE_MS);
  const { filter, error: filterError } = useMemo(() => toListFilter({ ...form, text }), [form, text]);
  // The area drawn on the map limits the list to reports supporting an entity inside it.
  const area = useSelectionStore((state) => state.area);
  const { rows, total, loading, error, loadMore } = useReportRows(filterError ? null : filter, sort, area?.entityIds ?? null);
  const problem = filterError ?? error;
  const [importing, setImporting] = useState(false);

  return (
    <section className="view reports-view" aria-labelledby="reports-heading">
      <div className="reports-heading-row">
        <h1 id="reports-heading">Reports</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => openRecord({ kind: 'new-report' })}>
            New report
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            Import…
          </button>
        </div>
      </div>
      <div className="reports-filter-area">
        <ReportFilters value={form} onChange={updateFilter} />
        <div className="reports-filter-side">
          <SavedFilters current={filterError ? null : filter} selectedId={savedViewId} onApply={applySavedView} />
          <button type="button" onClick={clearFilter}>
            Clear filters
          </button>
        </div>
      </div>
      <ErrorAlert message={problem} />
      <div className="reports-count-row">
        <p role="status" className="reports-count">
          {loading && !problem
            ? 'Loading reports…'
            : area
              ? `Showing ${plural(total, 'report')} supporting entities inside the drawn area (${areaDescription(area)}).`
              : plural(total, 'report')}
        </p>
        {area && (
          <button type="button" onClick={() => useSelectionStore.getState().setArea(null)}>
            Clear area
          </button>
        )}
      </div>
      {total === 0 && !loading && !problem ? (
        <p className="empty-state">
          {area
            ? 'No report supports anything inside the drawn area that matches. Clear the area, or draw another on the map.'
            : Object.keys(filter).length > 0
              ? 'No reports match these filters.'
              : 'There are no reports in this vault yet. Use “New report” to write one.'}
        </p>
      ) : (
        <ReportTable rows={rows} total={total} sort={sort} onSort={sortBy} onNeedMore={loadMore} onOpen={(report) => openRecord({ kind: 'report', id: report.id })} />
      )}
      {/* The list refreshes itself on data.changed when an import adds reports. */}
      {importing && <ImportDialog kind="reports" onClose={() => setImporting(false)} />}
    </section>
  );
}
