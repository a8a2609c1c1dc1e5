import { useEffect, useState } from 'react';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { formatDate, plural } from '@shared/format';
import type { EntitySummary } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { call, errorMessage } from '../../../lib/fenlight';
import { useDataChanged } from '../../../lib/useDataChanged';
import { useShellStore } from '../../shell/shellStore';
import { CategoryBadge } from '../CategoryBadge';
import { ErrorAlert } from '../../../components/ErrorAlert';

const PAGE_SIZE = 100;

/**
 * Entities an import created from report text ("extracted, unreviewed"): an analyst confirms
 * each before it is relied on. Marked ones leave the queue.
 */
export function ReviewQueue() {
  const openRecord = useShellStore((state) => state.openRecord);
  const [result, setResult] = useState<{ rows: EntitySummary[]; total: number } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [reloads, setReloads] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useDataChanged(['entities'], () => setReloads((count) => count + 1));

  useEffect(() => {
    let current = true;
    call('entities.list', { reviewState: 'unreviewed', sort: 'evidence', offset: 0, limit: PAGE_SIZE }).then(
      (found) => {
        if (!current) return;
        setResult(found);
        setSelected(
          (previous) => new Set([...previous].filter((id) => found.rows.some((row) => row.id === id))),
        );
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [reloads]);

  const mark = async (ids: string[]) => {
    if (ids.length === 0) return;
    try {
      const { updated } = await call('entities.markReviewed', { ids });
      setMessage(`${plural(updated, 'entity', 'entities')} marked reviewed.`);
      setSelected(new Set());
      setReloads((count) => count + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) =>
      on ? new Set([...current, id]) : new Set([...current].filter((item) => item !== id)),
    );
  const rows = result?.rows ?? [];
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  return (
    <div className="review-queue">
      <p className="muted">
        Entities created from report text by an import. Check each against its reports, correct it if needed,
        then mark it reviewed.
      </p>
      <div className="toolbar">
        <button type="button" disabled={selected.size === 0} onClick={() => void mark([...selected])}>
          Mark reviewed{selected.size ? ` (${selected.size})` : ''}
        </button>
      </div>
      <div aria-live="polite">{message && <p className="success-text">{message}</p>}</div>
      <ErrorAlert message={error} />
      {result && (
        <p role="status">
          {result.total === 0
            ? 'Nothing to review.'
            : `${plural(result.total, 'entity', 'entities')} to review${result.total > rows.length ? ` (the ${rows.length} with most evidence shown)` : ''}.`}
        </p>
      )}
      {rows.length > 0 && (
        <table className="data-table" aria-label="Entities to review">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select all"
                  checked={allSelected}
                  onChange={(event) =>
                    setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())
                  }
                />
              </th>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Category</th>
              <th scope="col">Best grade</th>
              <th scope="col">Evidence</th>
              <th scope="col">Latest evidence</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entity) => (
              <tr key={entity.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${entity.label}`}
                    checked={selected.has(entity.id)}
                    onChange={(event) => toggle(entity.id, event.target.checked)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openRecord({ kind: 'entity', id: entity.id })}
                  >
                    {entity.label}
                  </button>
                </td>
                <td>{entityTypeLabels[entity.type]}</td>
                <td>
                  <CategoryBadge category={entity.category} />
                </td>
                <td>
                  <GradeBadge grade={entity.bestGrade} />
                </td>
                <td>{entity.evidenceCount}</td>
                <td>{entity.latestEvidenceOn ? formatDate(entity.latestEvidenceOn) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
