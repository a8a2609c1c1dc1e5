import { useState, type FormEvent } from 'react';
import type { ReportSummary } from '@shared/records';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { call, errorMessage } from '../../../lib/fenlight';
import { ReportPicker } from './Pickers';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Records that a report supports this entity; the report's grading then counts towards it. */
export function AddEvidenceDialog({
  entityId,
  label,
  onClose,
  onAdded,
}: {
  entityId: string;
  label: string;
  onClose(): void;
  onAdded(): void;
}) {
  const [report, setReport] = useState<ReportSummary | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!report) {
      setError('Choose the report that supports this entity.');
      return;
    }
    setError(null);
    try {
      await call('evidence.add', { target: { entityId }, reportId: report.id, note });
      onAdded();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };

  return (
    <Dialog title={`Add evidence for ${label}`} onClose={onClose} className="entity-dialog">
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Add evidence">
        <ReportPicker
          label="Report"
          searchLabel="Find the report"
          value={report}
          onChange={setReport}
          error={error ?? undefined}
        />
        <FormField
          label="Note"
          hint="Why this report supports the entity, e.g. “names her as the victim”."
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <ErrorAlert message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Add evidence
          </button>
        </div>
      </form>
    </Dialog>
  );
}
