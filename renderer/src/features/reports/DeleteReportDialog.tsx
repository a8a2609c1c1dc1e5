import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { call, errorMessage } from '../../lib/fenlight';
import { ErrorAlert } from '../../components/ErrorAlert';

interface DeleteReportDialogProps {
  reportId: string;
  urn: string;
  onClose(): void;
  onDeleted(): void;
}

/** Deleting is an erasure under MoPI: the reason goes into the audit log. */
export function DeleteReportDialog({ reportId, urn, onClose, onDeleted }: DeleteReportDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await call('reports.delete', { id: reportId, reason });
      onDeleted();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Delete report ${urn}`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>
          The report is erased from this vault, with the evidence it gives for entities and links (the entities and links stay). This cannot be undone.
        </p>
        <div className="form-field">
          <label htmlFor={`${id}-reason`}>Reason for deleting</label>
          <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={`${id}-hint`} />
          <div id={`${id}-hint`} className="field-hint">
            Recorded in the audit log, for example “MoPI review: no policing purpose”.
          </div>
        </div>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="report-danger" disabled={busy}>
            Delete report
          </button>
        </div>
      </form>
    </Dialog>
  );
}
