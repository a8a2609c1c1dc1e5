import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { call, errorMessage } from '../../../lib/fenlight';

/** Deleting is an erasure under DPA 2018 s62: the reason is required and logged. */
export function DeleteEntityDialog({
  entityId,
  label,
  onClose,
  onDeleted,
}: {
  entityId: string;
  label: string;
  onClose(): void;
  onDeleted(): void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError(
        'Give the reason for deleting (at least 3 characters), for example “MoPI review: no policing purpose”.',
      );
      return;
    }
    try {
      await call('entities.delete', { id: entityId, reason: reason.trim() });
      onDeleted();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Dialog title={`Delete ${label}?`} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Delete entity">
        <p>
          The entity and its links are deleted. The reports that supported it are kept. The deletion and your
          reason are recorded in the audit log.
        </p>
        <div className="form-field">
          <label htmlFor={`${id}-reason`}>Reason for deleting</label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <div id={`${id}-error`} className="field-error" role="alert">
              {error}
            </div>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="danger">
            Delete entity
          </button>
        </div>
      </form>
    </Dialog>
  );
}
