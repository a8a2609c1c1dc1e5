import { useState } from 'react';
import { call, errorMessage } from '../../lib/fenlight';
import { useVaultStore } from './vaultStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Shown once: the analyst must confirm the recovery key is written down before carrying on. */
export function RecoveryKeyView({ recoveryKey }: { recoveryKey: string }) {
  const clearRecoveryKey = useVaultStore((state) => state.clearRecoveryKey);
  const load = useVaultStore((state) => state.load);
  const [recorded, setRecorded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    try {
      await call('vault.confirmRecoveryKey', {});
      clearRecoveryKey();
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="gate-panel" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">Write down your recovery key</h1>
      <p>
        If you forget your passphrase, this key is the only way back into the vault. Fenlight will not show it again. Write it
        on paper and keep it somewhere safe, apart from this laptop.
      </p>
      <p className="recovery-key" aria-label="Recovery key">
        {recoveryKey.split('-').map((group, index) => (
          <span key={index} className="recovery-group">
            {group}
          </span>
        ))}
      </p>
      <label className="checkbox-row">
        <input type="checkbox" checked={recorded} onChange={(event) => setRecorded(event.target.checked)} />I have written down the
        recovery key and will keep it apart from this laptop
      </label>
      <ErrorAlert message={error} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={!recorded} onClick={() => void confirm()}>
          Continue
        </button>
      </div>
    </section>
  );
}
