import { useEffect, useState } from 'react';
import type { ColumnMapping, ImportKind, ImportOutcome, ImportPreview } from '@shared/contract/calls/ingest';
import { Dialog } from '../../components/Dialog';
import { call, errorMessage } from '../../lib/fenlight';
import { ImportResult, isImportOutcome } from './ImportResult';
import { JobProgressBar } from './JobProgress';
import { MappingStep, missingRequired } from './MappingStep';
import { useJob } from './useJob';
import './import.css';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface ImportDialogProps {
  kind: ImportKind;
  onClose(): void;
}

const kindNames: Record<ImportKind, string> = { reports: 'reports', entities: 'entities', links: 'links' };

const kindHelp: Record<ImportKind, string> = {
  reports: 'One report per row. Entities named in the text are extracted and wait for review.',
  entities: 'One entity per row, with its type in a column; the other columns are the details for that type.',
  links:
    'One link per row: the entity at each end (its type and a key such as a name with date of birth, a VRM or a postcode), the link type and its strength.',
};

const fileFilters = [
  { name: 'CSV or Excel workbook', extensions: ['csv', 'xlsx'] },
  { name: 'CSV', extensions: ['csv'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
];

/**
 * A cancelled or failed import has no result in its job.finished event, but the batches it
 * committed are kept: ask the engine for what it did, rejected rows included.
 */
function useFetchedOutcome(jobId: string | null, haveResult: boolean): ImportOutcome | null {
  const [fetched, setFetched] = useState<{ jobId: string; outcome: ImportOutcome } | null>(null);
  useEffect(() => {
    if (!jobId || haveResult) return undefined;
    let current = true;
    call('import.outcome', { jobId }).then(
      (outcome) => current && setFetched({ jobId, outcome }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [jobId, haveResult]);
  return fetched && fetched.jobId === jobId ? fetched.outcome : null;
}

/**
 * Import as a cancellable job: choose a file → check the column mapping → progress → results with
 * every rejected row (row, column, reason), which can be saved as CSV to fix and re-import.
 */
export function ImportDialog({ kind, onClose }: ImportDialogProps) {
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [saved, setSaved] = useState<Array<{ name: string; mapping: ColumnMapping }>>([]);
  const [saveAs, setSaveAs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const { job, start, cancel } = useJob();

  const choose = async () => {
    setError(null);
    try {
      const picked = await call('shell.pickOpenPath', {
        title: `Choose a file of ${kindNames[kind]} to import`,
        filters: fileFilters,
      });
      if (picked.cancelled) return;
      setBusy(true);
      const [found, mappings] = await Promise.all([
        call('import.preview', { path: picked.path, kind }),
        call('import.mappings', { kind }),
      ]);
      setPath(picked.path);
      setPreview(found);
      setMapping(found.suggestedMapping);
      setSaved(mappings);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const missing = preview ? missingRequired(preview, mapping) : [];
  const run = async () => {
    setTried(true);
    if (!path || missing.length > 0) return;
    const name = saveAs.trim();
    await start(() =>
      call('import.start', { path, kind, mapping, ...(name ? { saveMappingAs: name } : {}) }),
    );
  };

  const running = job !== null && (job.phase === 'starting' || job.phase === 'running');
  const finished = job !== null && !running;
  const fetched = useFetchedOutcome(finished ? job.jobId : null, finished && isImportOutcome(job.result));
  const outcome = finished && isImportOutcome(job.result) ? job.result : fetched;

  return (
    <Dialog
      title={`Import ${kindNames[kind]}`}
      onClose={running ? () => undefined : onClose}
      className="import-dialog"
    >
      {!preview && !job && (
        <div className="import-choose">
          <p>{kindHelp[kind]}</p>
          <p className="muted">
            CSV (any common encoding) or an Excel workbook (.xlsx). Dates are read day first (dd/mm/yyyy).
          </p>
          <button type="button" className="primary" onClick={() => void choose()} disabled={busy}>
            {busy ? 'Reading the file…' : 'Choose file…'}
          </button>
        </div>
      )}
      {preview && !job && (
        <MappingStep
          preview={preview}
          mapping={mapping}
          onMapping={setMapping}
          saved={saved}
          saveAs={saveAs}
          onSaveAs={setSaveAs}
          missing={tried ? missing : []}
        />
      )}
      {job && running && (
        <JobProgressBar
          job={job}
          label={`Importing ${kindNames[kind]}`}
          unit="rows"
          onCancel={() => void cancel().catch((failure: unknown) => setError(errorMessage(failure)))}
        />
      )}
      {job && finished && (
        <div role="status" className={job.phase === 'succeeded' ? 'success-text' : 'error-text'}>
          {job.phase === 'succeeded' && 'Import finished.'}
          {job.phase === 'cancelled' &&
            'Import cancelled. The rows imported before you cancelled are kept; importing the same file again picks up where it stopped.'}
          {job.phase === 'failed' && `Import failed: ${job.error?.message ?? 'the engine gave no reason.'}`}
        </div>
      )}
      {outcome && job?.jobId && (
        <ImportResult jobId={job.jobId} outcome={outcome} preview={preview} mapping={mapping} />
      )}
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        {preview && !job && (
          <>
            <button
              type="button"
              onClick={() => {
                setPreview(null);
                setPath(null);
              }}
            >
              Choose another file
            </button>
            <button type="button" className="primary" onClick={() => void run()}>
              Import
            </button>
          </>
        )}
        {!running && (
          <button type="button" onClick={onClose}>
            {finished ? 'Close' : 'Cancel'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
