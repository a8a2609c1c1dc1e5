import { useEffect, useState, type FormEvent } from 'react';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { useVaultStore } from './vaultStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * An unlock normally takes a second or two. Longer means the vault is being brought up to date
 * after an update of Fenlight (a one-off: about 22 s for 100,000 reports on a 2-core machine),
 * and the analyst is told so rather than left wondering whether it has hung.
 */
const SLOW_UNLOCK_MS = 3000;

/** The morning screen: the passphrase, or the recovery key when it is forgotten. */
export function UnlockView({ vaultName }: { vaultName: string }) {
  const unlocked = useVaultStore((state) => state.unlocked);
  const setStatus = useVaultStore((state) => state.setStatus);
  const startCreating = useVaultStore((state) => state.startCreating);
  const lockNotice = useVaultStore((state) => state.lockNotice);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_UNLOCK_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSlow(false);
    setError(null);
    try {
      const result =
        mode === 'passphrase' ? await call('vault.unlock', { passphrase: secret }) : await call('vault.unlockWithRecoveryKey', { recoveryKey: secret });
      setSecret('');
      unlocked(result.status, result.failedAttempts);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const openAnother = async () => {
    const picked = await call('shell.pickOpenPath', { title: 'Open a Fenlight vault', filters: [{ name: 'Fenlight vaults', extensions: ['fenlight-vault'] }] });
    if (picked.cancelled) return;
    try {
      setStatus(await call('vault.open', { path: picked.path }));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const switchMode = (next: 'passphrase' | 'recovery') => {
    setMode(next);
    setSecret('');
    setError(null);
  };

  return (
    <section className="gate-panel" aria-labelledby="unlock-heading">
      <h1 id="unlock-heading">Unlock {vaultName}</h1>
      {lockNotice && <p className="notice">{lockNotice}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {mode === 'passphrase' ? (
          <FormField label="Passphrase" type="password" value={secret} onChange={(event) => setSecret(event.target.value)} autoComplete="current-password" autoFocus />
        ) : (
          <FormField
            label="Recovery key"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            hint="Nine groups of four letters and digits, as you wrote them down. You will then choose a new passphrase."
          />
        )}
        <ErrorAlert message={error} />
        {busy && slow && (
          <p role="status" className="notice">
            Still unlocking. The first unlock after Fenlight has been updated brings the vault up to date, which can take a minute or so on a large
            vault.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || secret.length === 0}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          {mode === 'passphrase' ? (
            <button type="button" onClick={() => switchMode('recovery')}>
              Use recovery key
            </button>
          ) : (
            <button type="button" onClick={() => switchMode('passphrase')}>
              Use passphrase
            </button>
          )}
        </div>
      </form>
      <div className="gate-secondary">
        <button type="button" className="link-button" onClick={() => void openAnother()}>
          Open another vault…
        </button>
        <button type="button" className="link-button" onClick={() => startCreating(true)}>
          Create a new vault
        </button>
      </div>
    </section>
  );
}
