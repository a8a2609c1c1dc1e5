import { useId, useState, type FormEvent } from 'react';
import type { EntitySummary } from '@shared/records';
import { Dialog } from '../../../components/Dialog';

interface MergeDialogProps {
  survivor: EntitySummary;
  merged: EntitySummary;
  onCancel(): void;
  onConfirm(reason: string): Promise<void>;
}

/** Says what a merge keeps before the analyst commits to it, and asks for an optional reason. */
export function MergeDialog({ survivor, merged, onCancel, onConfirm }: MergeDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Merge “${merged.label}” into “${survivor.label}”?`} onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)} aria-label="Merge entities">
        <ul className="merge-explainer">
          <li>
            “{survivor.label}” stays; “{merged.label}” becomes one of its aliases.
          </li>
          <li>Every alias and all evidence of both are kept, and their links move to “{survivor.label}”.</li>
          <li>Where the two clash, the value of “{survivor.label}” is kept.</li>
          <li>
            The merge is recorded in the audit log as a combination, and can be undone from the entity’s
            profile.
          </li>
        </ul>
        <div className="form-field">
          <label htmlFor={`${id}-reason`}>Reason (optional)</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Merge
          </button>
        </div>
      </form>
    </Dialog>
  );
}
