import './demo.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatCount } from '@shared/format';
import { call } from '../../lib/fenlight';
import { JobProgressBar } from '../import/JobProgress';
import { useJob } from '../import/useJob';
import { useVaultStore } from '../vault/vaultStore';

const DEFAULT_REPORTS = 500;
const MAX_REPORTS = 200_000;

/**
 * Offered only in an empty vault: synthetic Cambridgeshire and Peterborough cases for training
 * and trying Fenlight out. The engine marks the vault TRAINING DATA, so none of it can be
 * mistaken for real intelligence or counted in statistics.
 */
export function LoadDemoData({ onPinned }: { onPinned(pinned: boolean): void }) {
  const id = useId();
  const [count, setCount] = useState(String(DEFAULT_REPORTS));
  const [error, setError] = useState<string | null>(null);
  const { job, start, cancel } = useJob();
  const reports = Number(count);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d+$/.test(count.trim()) || reports < 1 || reports > MAX_REPORTS) {
      setError(`Enter a number of reports from 1 to ${formatCount(MAX_REPORTS)}.`);
      return;
    }
    setError(null);
    onPinned(true);
    await start(() => call('demo.load', { reports }));
  };

  const running = job !== null && (job.phase === 'starting' || job.phase === 'running');
  const loaded = job?.phase === 'succeeded';
  useEffect(() => {
    // The banners show TRAINING DATA from the vault's status, which the load has just changed.
    if (loaded) void useVaultStore.getState().load();
  }, [loaded]);
  return (
    <section className="demo-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Load demo data</h2>
      <p>
        This vault is empty. To learn Fenlight or try it out, load synthetic modern slavery cases set in
        Cambridgeshire and Peterborough: graded reports with the people, addresses, vehicles and phones in
        them, and the links between them. Everyone in them is fictional, and the phone numbers are Ofcom drama
        numbers.
      </p>
      <p>
        <strong>The vault is then marked TRAINING DATA</strong> on every screen and export. Use a separate
        vault for real casework.
      </p>
      {!loaded && (
        <form className="inline-row" onSubmit={(event) => void submit(event)} aria-label="Load demo data">
          <div className="form-field">
            <label htmlFor={`${id}-count`}>Number of reports</label>
            <input
              id={`${id}-count`}
              inputMode="numeric"
              value={count}
              onChange={(event) => setCount(event.target.value)}
              disabled={running}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </div>
          <button type="submit" className="primary" disabled={running}>
            Load demo data
          </button>
        </form>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="error-text">
          {error}
        </p>
      )}
      {job && running && (
        <JobProgressBar job={job} label="Loading demo data" unit="reports" onCancel={() => void cancel()} />
      )}
      {job?.phase === 'succeeded' && (
        <p role="status" className="success-text">
          Demo data loaded. The vault is marked TRAINING DATA.
        </p>
      )}
      {job?.phase === 'cancelled' && <p role="status">Loading demo data was cancelled.</p>}
      {job?.phase === 'failed' && (
        <p role="alert" className="error-text">
          Demo data could not be loaded: {job.error?.message}
        </p>
      )}
      {job && !running && (
        <button type="button" onClick={() => onPinned(false)}>
          Done
        </button>
      )}
    </section>
  );
}
