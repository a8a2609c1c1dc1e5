import { useState } from 'react';
import { formatDateTime } from '@shared/format';
import type { EntityDetail, MergeRecord } from '@shared/records';
import { call, errorMessage } from '../../../lib/fenlight';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Merges this entity took part in; a merge into it that is still in force can be undone here. */
export function MergeHistory({
  detail,
  onUndone,
}: {
  detail: EntityDetail;
  onUndone(survivor: EntityDetail, restored: EntityDetail): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (detail.merges.length === 0) return null;

  const undo = async (merge: MergeRecord) => {
    setBusy(merge.id);
    setError(null);
    try {
      const result = await call('entities.unmerge', { mergeId: merge.id });
      onUndone(result.survivor, result.restored);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="profile-section" aria-labelledby="entity-merges">
      <h2 id="entity-merges">Merge history</h2>
      <ul className="merge-list" aria-label="Merges">
        {detail.merges.map((merge) => {
          const intoThis = merge.survivorId === detail.summary.id;
          return (
            <li key={merge.id}>
              {intoThis ? (
                <>“{merge.mergedLabel}” was merged into this entity</>
              ) : (
                <>This entity was merged into another</>
              )}{' '}
              on {formatDateTime(merge.mergedAt)}
              {merge.undoneAt ? (
                <span className="muted"> (undone {formatDateTime(merge.undoneAt)})</span>
              ) : (
                intoThis && (
                  <button
                    type="button"
                    className="merge-undo"
                    disabled={busy === merge.id}
                    onClick={() => void undo(merge)}
                    aria-label={`Undo merge of ${merge.mergedLabel}`}
                  >
                    Undo merge
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      <ErrorAlert message={error} />
    </section>
  );
}
