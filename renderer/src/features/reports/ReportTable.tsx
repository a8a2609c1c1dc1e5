import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReportSortKey } from '@shared/contract/calls/reports';
import { districtName } from '@shared/domain/districts';
import { formatDate } from '@shared/format';
import type { ReportSummary } from '@shared/records';
import { GradeBadge } from '../../components/GradeBadge';
import type { ListSort } from './reportsStore';
import './reports.css';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;
/** Ask for the next page when the last rendered row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 20;

interface Column {
  label: string;
  /** Sortable columns name the engine's sort key. */
  sortKey?: ReportSortKey;
  render(report: ReportSummary): React.ReactNode;
}

const columns: Column[] = [
  { label: 'URN', sortKey: 'urn', render: (report) => report.urn },
  { label: 'Title', sortKey: 'title', render: (report) => report.title },
  { label: 'Grade', sortKey: 'grade', render: (report) => <GradeBadge grade={report.grade} legacy={report.legacyGrade} /> },
  { label: 'Marking', render: (report) => report.protectiveMarking },
  { label: 'Occurred', sortKey: 'occurredOn', render: (report) => (report.occurredOn ? formatDate(report.occurredOn) : 'Not known') },
  { label: 'Received', sortKey: 'receivedOn', render: (report) => formatDate(report.receivedOn) },
  { label: 'District', render: (report) => (report.district ? (districtName(report.district) ?? report.district) : '') },
  {
    label: 'Handling conditions',
    render: (report) =>
      report.handlingConditions ? (
        <span className="conditions-flag" title={report.handlingConditions}>
          <span aria-hidden="true">⚠ </span>
          {report.handlingConditions}
        </span>
      ) : (
        ''
      ),
  },
];

function ariaSort(sort: ListSort, key: ReportSortKey | undefined): 'ascending' | 'descending' | undefined {
  if (!key || sort.key !== key) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

interface ReportTableProps {
  rows: ReportSummary[];
  total: number;
  sort: ListSort;
  onSort(key: ReportSortKey): void;
  onOpen(report: ReportSummary): void;
  onNeedMore(): void;
}

/**
 * The reports as a grid: only the rows in view are in the page, so tens of thousands scroll
 * smoothly. The grid itself takes focus; arrow keys move the highlighted row
 * (aria-activedescendant), Enter opens it, and the headers sort.
 */
export function ReportTable({ rows, total, sort, onSort, onOpen, onNeedMore }: ReportTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  // The virtualiser keeps its own mutable state, so React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (rows.length < total && lastRendered >= rows.length - PREFETCH_ROWS) onNeedMore();
  }, [lastRendered, rows.length, total, onNeedMore]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a sort button belong to the button.
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, PageDown: activeIndex + page, PageUp: activeIndex - page, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const report = rows[activeIndex];
      if (report) onOpen(report);
    }
  };

  const rowId = (index: number) => `${idPrefix}-row-${index}`;
  const activeRendered = items.some((item) => item.index === activeIndex);
  return (
    <div
      ref={scroller}
      role="grid"
      aria-label="Reports"
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-readonly="true"
      aria-activedescendant={rows.length > 0 && activeRendered ? rowId(activeIndex) : undefined}
      tabIndex={0}
      className="report-grid"
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="report-grid-head">
        <div role="row" aria-rowindex={1} className="report-grid-row">
          {columns.map((column) => (
            <div key={column.label} role="columnheader" aria-sort={ariaSort(sort, column.sortKey)} className="report-grid-cell">
              {column.sortKey ? (
                <button type="button" className="sort-button" onClick={() => column.sortKey && onSort(column.sortKey)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-arrow">
                    {ariaSort(sort, column.sortKey) === 'ascending' ? ' ▲' : ariaSort(sort, column.sortKey) === 'descending' ? ' ▼' : ''}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="report-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const report = rows[item.index];
          if (!report) return null;
          return (
            <div
              key={report.id}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              className={`report-grid-row report-grid-data${item.index === activeIndex ? ' is-active' : ''}`}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(report);
              }}
            >
              {columns.map((column) => (
                <div key={column.label} role="gridcell" className="report-grid-cell">
                  {column.render(report)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
