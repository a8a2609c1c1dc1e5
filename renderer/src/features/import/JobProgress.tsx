import { formatCount } from '@shared/format';
import type { JobView } from './useJob';

/** A progress bar with counts, and Cancel while the job runs. */
export function JobProgressBar({
  job,
  label,
  unit,
  onCancel,
}: {
  job: JobView;
  label: string;
  unit: string;
  onCancel?(): void;
}) {
  const running = job.phase === 'starting' || job.phase === 'running';
  const percent = job.total ? Math.min(100, Math.round((job.done / job.total) * 100)) : null;
  return (
    <div className="job-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={job.total ?? undefined}
        aria-valuenow={job.total ? job.done : undefined}
        aria-valuetext={
          job.total
            ? `${formatCount(job.done)} of ${formatCount(job.total)}`
            : `${formatCount(job.done)} done`
        }
        className="progress-track"
      >
        <div
          className={`progress-fill${percent === null ? ' progress-indeterminate' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="job-counts" aria-live="polite">
        {job.phase === 'starting'
          ? 'Starting…'
          : job.total
            ? `${formatCount(job.done)} of ${formatCount(job.total)} ${unit}`
            : `${formatCount(job.done)} ${unit} done`}
        {job.message && ` — ${job.message}`}
      </p>
      {running && onCancel && (
        <button type="button" onClick={onCancel} disabled={job.jobId === null}>
          Cancel
        </button>
      )}
    </div>
  );
}
