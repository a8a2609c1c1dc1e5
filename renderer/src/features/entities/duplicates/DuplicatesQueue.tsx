import { useEffect, useState } from 'react';
import { plural } from '@shared/format';
import type { DuplicateCandidate, EntitySummary, MergeRecord } from '@shared/records';
import { call, errorMessage } from '../../../lib/fenlight';
import { useDataChanged } from '../../../lib/useDataChanged';
import { useShellStore } from '../../shell/shellStore';
import { DuplicateCard } from './DuplicateCard';
import { MergeDialog } from './MergeDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';

const PAGE_SIZE = 20;

interface Pending {
  survivor: EntitySummary;
  merged: EntitySummary;
}

/** The "possible duplicates" queue: merge (kept and undoable) or dismiss as different people. */
export function DuplicatesQueue() {
  const openRecord = useShellStore((state) => state.openRecord);
  const [result, setResult] = useState<{ candidates: DuplicateCandidate[]; total: number } | null>(null);
  const [page, setPage] = useState(0);
  const [reloads, setReloads] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<{ merge: MergeRecord; survivorLabel: string } | null>(null);
  const [undone, setUndone] = useState<string | null>(null);

  useDataChanged(['entities'], () => setReloads((count) => count + 1));

  useEffect(() => {
    let current = true;
    call('duplicates.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (found) => {
        if (!current) return;
        setResult(found);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [page, reloads]);

  const merge = async (reason: string) => {
    if (!pending) return;
    try {
      const outcome = await call('entities.merge', {
        survivorId: pending.survivor.id,
        mergedId: pending.merged.id,
        reason,
      });
      setDone({ merge: outcome.merge, survivorLabel: outcome.entity.summary.label });
      setUndone(null);
      setPending(null);
      setReloads((count) => count + 1);
    } catch (failure) {
      setPending(null);
      setError(errorMessage(failure));
    }
  };

  const undo = async (record: MergeRecord) => {
    try {
      const outcome = await call('entities.unmerge', { mergeId: record.id });
      setDone(null);
      setUndone(
        `Merge undone: “${outcome.restored.summary.label}” and “${outcome.survivor.summary.label}” are separate again, each with its own evidence.`,
      );
      setReloads((count) => count + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const dismiss = async (candidate: DuplicateCandidate) => {
    try {
      await call('duplicates.dismiss', { leftId: candidate.left.id, rightId: candidate.right.id });
      setReloads((count) => count + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const pages = Math.max(1, Math.ceil((result?.total ?? 0) / PAGE_SIZE));
  return (
    <div className="duplicates-queue">
      <p className="muted">
        People and organisations whose names or aliases match, ignoring accents and word order, and addresses
        at the same postcode. Compare them, then merge or mark them as different.
      </p>
      <div aria-live="polite">
        {done && (
          <p className="notice">
            Merged “{done.merge.mergedLabel}” into “{done.survivorLabel}”.{' '}
            <button type="button" onClick={() => void undo(done.merge)}>
              Undo merge
            </button>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => openRecord({ kind: 'entity', id: done.merge.survivorId })}
            >
              Open “{done.survivorLabel}”
            </button>
          </p>
        )}
        {undone && <p className="notice">{undone}</p>}
      </div>
      <ErrorAlert message={error} />
      {result && (
        <p role="status">
          {result.total === 0
            ? 'No possible duplicates.'
            : `${plural(result.total, 'possible duplicate')} to review.`}
        </p>
      )}
      {result?.candidates.map((candidate) => (
        <DuplicateCard
          key={`${candidate.left.id}|${candidate.right.id}`}
          candidate={candidate}
          onMerge={(survivor, merged) => setPending({ survivor, merged })}
          onDismiss={() => void dismiss(candidate)}
        />
      ))}
      {pages > 1 && (
        <nav className="pager" aria-label="Possible duplicates pages">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous page
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next page
          </button>
        </nav>
      )}
      {pending && (
        <MergeDialog
          survivor={pending.survivor}
          merged={pending.merged}
          onCancel={() => setPending(null)}
          onConfirm={merge}
        />
      )}
    </div>
  );
}
