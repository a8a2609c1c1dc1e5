import { useEffect, useRef } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { formatCount, formatDate } from '@shared/format';
import type { EntitySummary } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { CategoryBadge, ConditionsMarker, UnreviewedTag } from '../CategoryBadge';

const ROW_HEIGHT = 52;
/** Rows from the end at which the next page is fetched. */
const PREFETCH_ROWS = 40;
/** Height assumed before layout (a hidden panel, or jsdom), so the first rows still render. */
const UNMEASURED_HEIGHT = 600;

function observeWithFallback(
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    callback(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT }),
  );
}

interface EntityTableProps {
  rows: EntitySummary[];
  total: number;
  /** The shared selection (chart, map and lists): those rows are marked. */
  selected?: readonly string[];
  onOpen(entity: EntitySummary): void;
  onNearEnd(): void;
}

/**
 * The entities list, virtualised: only the rows in view are in the document, so 100,000 entities
 * scroll as smoothly as 100. ARIA table roles keep the columns meaningful to screen readers.
 */
export function EntityTable({ rows, total, selected = [], onOpen, onNearEnd }: EntityTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const chosen = new Set(selected);
  // The virtualiser's API is not compiler-memoisable; it is only read during render here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    observeElementRect: observeWithFallback,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (rows.length < total && lastIndex >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [lastIndex, rows.length, total, onNearEnd]);

  return (
    <div role="table" aria-label="Entities" aria-rowcount={total + 1} className="entity-table">
      <div role="rowgroup" className="entity-table-head">
        <div role="row" aria-rowindex={1} className="entity-row">
          <span role="columnheader">Name</span>
          <span role="columnheader">Type</span>
          <span role="columnheader">Category</span>
          <span role="columnheader">Best grade</span>
          <span role="columnheader">Evidence</span>
          <span role="columnheader">Latest evidence</span>
          <span role="columnheader">Handling</span>
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="entity-table-body" tabIndex={-1}>
        <div
          role="presentation"
          className="entity-table-spacer"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const entity = rows[item.index];
            if (!entity) return null;
            const isSelected = chosen.has(entity.id);
            return (
              <div
                key={entity.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={`entity-row${isSelected ? ' entity-row--selected' : ''}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="entity-name-cell">
                  <button type="button" className="link-button entity-open" onClick={() => onOpen(entity)}>
                    {entity.label}
                  </button>
                  <span className="entity-subline">
                    {entity.chartLabel !== entity.label && <span className="muted">{entity.chartLabel}</span>}
                    {entity.reviewState === 'unreviewed' && <UnreviewedTag />}
                    {isSelected && <span className="selected-tag">Selected</span>}
                  </span>
                </span>
                <span role="cell">{entityTypeLabels[entity.type]}</span>
                <span role="cell">
                  {entity.category ? (
                    <CategoryBadge category={entity.category} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </span>
                <span role="cell">
                  <GradeBadge grade={entity.bestGrade} />
                </span>
                <span role="cell">{formatCount(entity.evidenceCount)}</span>
                <span role="cell">
                  {entity.latestEvidenceOn ? (
                    formatDate(entity.latestEvidenceOn)
                  ) : (
                    <span className="muted">—</span>
                  )}
                </span>
                <span role="cell">{entity.hasHandlingConditions ? <ConditionsMarker /> : null}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
