import { useState } from 'react';
import { formatCount, plural } from '@shared/format';
import type { ColumnMapping, ImportOutcome, ImportPreview, RejectedRow } from '@shared/contract/calls/ingest';
import { call, errorMessage } from '../../lib/fenlight';
import { ErrorAlert } from '../../components/ErrorAlert';

/** More than this many rejected rows are saved as CSV rather than listed on screen. */
const SHOWN_REJECTIONS = 500;

export function isImportOutcome(value: unknown): value is ImportOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as Partial<ImportOutcome>;
  return typeof outcome.imported === 'number' && Array.isArray(outcome.rejected);
}

/** The field's label, with the file's own header when it is called something else there. */
export function columnLabel(row: RejectedRow, preview: ImportPreview | null, mapping: ColumnMapping): string {
  if (!row.column) return '—';
  const label = preview?.canonicalColumns.find((column) => column.name === row.column)?.label ?? row.column;
  const header = mapping[row.column];
  return header && header.toLowerCase() !== label.toLowerCase() ? `${label} (“${header}”)` : label;
}

/** Counts, and the rows the engine refused with their row number, column and reason. */
export function ImportResult({
  jobId,
  outcome,
  preview,
  mapping,
}: {
  jobId: string;
  outcome: ImportOutcome;
  preview: ImportPreview | null;
  mapping: ColumnMapping;
}) {
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const saveRejected = async () => {
    setError(null);
    try {
      const picked = await call('shell.pickSavePath', {
        title: 'Save rejected rows',
        defaultName: 'rejected-rows.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (picked.cancelled) return;
      const result = await call('import.saveRejected', { jobId, destination: picked.path });
      setSaved(`Saved ${plural(result.rows, 'rejected row')} to ${result.path}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const rejected = outcome.rejected;
  return (
    <div className="import-result">
      <dl className="import-counts" aria-label="Import results">
        <div>
          <dt>Imported</dt>
          <dd>{formatCount(outcome.imported)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatCount(outcome.updated)}</dd>
        </div>
        <div>
          <dt>Unchanged</dt>
          <dd>{formatCount(outcome.unchanged)}</dd>
        </div>
        <div>
          <dt>Entities extracted</dt>
          <dd>{formatCount(outcome.extractedEntities)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd>{formatCount(rejected.length)}</dd>
        </div>
      </dl>
      {outcome.extractedEntities > 0 && (
        <p className="muted">
          Extracted entities are marked “extracted, unreviewed” and wait in the Entities review queue.
        </p>
      )}
      {rejected.length > 0 && (
        <>
          <h3>Rejected rows</h3>
          <div className="toolbar">
            <button type="button" onClick={() => void saveRejected()}>
              Save rejected rows…
            </button>
          </div>
          {saved && (
            <p role="status" className="success-text">
              {saved}
            </p>
          )}
          <ErrorAlert message={error} />
          <table className="data-table rejection-table" aria-label="Rejected rows">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, SHOWN_REJECTIONS).map((row, index) => (
                <tr key={`${row.row}-${index}`}>
                  <td>{row.row}</td>
                  <td>{columnLabel(row, preview, mapping)}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > SHOWN_REJECTIONS && (
            <p className="muted">
              The first {formatCount(SHOWN_REJECTIONS)} of {formatCount(rejected.length)} are listed; save
              them to see them all.
            </p>
          )}
        </>
      )}
    </div>
  );
}
