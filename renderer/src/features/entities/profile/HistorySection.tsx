import { useEffect, useState } from 'react';
import type { AuditEntry } from '@shared/audit';
import { formatDateTime } from '@shared/format';
import { call, errorMessage } from '../../../lib/fenlight';
import { changedFields, entityOperationLabel } from '../labels';
import { ErrorAlert } from '../../../components/ErrorAlert';

/**
 * The entity's edit history, read from the audit log. Consultations are left out here (they are
 * in the Audit log view): this is what changed, when and by whom.
 */
export function HistorySection({ entityId, version }: { entityId: string; version: string }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('audit.list', {
      targetId: entityId,
      targetType: 'entity',
      actions: ['COLLECT', 'ALTER', 'COMBINE', 'ERASE'],
      limit: 100,
    }).then(
      (result) => {
        if (!current) return;
        setEntries(result.entries);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
    // `version` (the entity's updatedAt) re-reads the history after each change.
  }, [entityId, version]);

  return (
    <section className="profile-section" aria-labelledby="entity-history">
      <h2 id="entity-history">Edit history</h2>
      <ErrorAlert message={error} />
      {entries && entries.length === 0 && <p className="muted">No changes recorded.</p>}
      {entries && entries.length > 0 && (
        <table className="data-table" aria-label="Edit history">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Operation</th>
              <th scope="col">Analyst</th>
              <th scope="col">Changed fields</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entityOperationLabel(entry)}</td>
                <td>
                  {entry.analystName} ({entry.staffNumber})
                </td>
                <td>{changedFields(entry) || (entry.reason ?? '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
