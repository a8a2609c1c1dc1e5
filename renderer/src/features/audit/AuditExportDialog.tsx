import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { cleanRecipients, DisclosureFields, type Disclosure } from '../../components/DisclosureFields';
import { call, errorMessage } from '../../lib/fenlight';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Exporting the audit log is itself a disclosure: a reason is required and it is logged. */
export function AuditExportDialog({ onClose, onDone }: { onClose(): void; onDone(message: string): void }) {
  const [disclosure, setDisclosure] = useState<Disclosure>({ reason: '', recipients: [] });
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    const picked = await call('shell.pickSavePath', { title: 'Export the audit log', defaultName: 'audit-log.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    if (picked.cancelled) return;
    try {
      const result = await call('audit.export', { destination: picked.path, reason: disclosure.reason, recipients: cleanRecipients(disclosure.recipients) });
      onDone(`Exported ${result.entries.toLocaleString('en-GB')} entries to ${result.path}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Dialog title="Export the audit log" onClose={onClose}>
      <DisclosureFields value={disclosure} onChange={setDisclosure} />
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={disclosure.reason.trim().length < 3} onClick={() => void save()}>
          Export…
        </button>
      </div>
    </Dialog>
  );
}
