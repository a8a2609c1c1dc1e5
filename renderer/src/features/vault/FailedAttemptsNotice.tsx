import { formatDateTime, plural } from '@shared/format';
import { useVaultStore } from './vaultStore';

/** Reported at the next successful unlock, so an analyst notices someone else trying. */
export function FailedAttemptsNotice() {
  const report = useVaultStore((state) => state.failedAttempts);
  const dismiss = useVaultStore((state) => state.dismissFailedAttempts);
  if (!report) return null;
  return (
    <div role="alert" className="attention-bar">
      <span>
        There {report.failures === 1 ? 'was' : 'were'} {plural(report.failures, 'failed attempt')} to unlock this vault since it was last
        opened, the last at {formatDateTime(report.lastFailureAt)}. If that was not you, tell your supervisor.
      </span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
