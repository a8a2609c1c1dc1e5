import { useState, type FormEvent } from 'react';
import { assessPassphrase } from '@shared/vault/passphrasePolicy';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { PassphraseFeedback } from './PassphraseFeedback';
import { useVaultStore } from './vaultStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/** First run (or File › New vault): name the vault, record who the analyst is, set a passphrase. */
export function CreateVaultView() {
  const status = useVaultStore((state) => state.status);
  const created = useVaultStore((state) => state.created);
  const startCreating = useVaultStore((state) => state.startCreating);
  const [name, setName] = useState('Casework');
  const [folder, setFolder] = useState<string | null>(null);
  const [analystName, setAnalystName] = useState('');
  const [staffNumber, setStaffNumber] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const mismatch = confirm.length > 0 && confirm !== passphrase ? 'The two passphrases are different.' : null;
  const acceptable = assessPassphrase(passphrase, { analystName, staffNumber }).acceptable;

  const chooseFolder = async () => {
    const picked = await call('shell.pickFolder', { title: 'Choose where to keep the vault' });
    if (!picked.cancelled) setFolder(picked.path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== confirm) {
      setError('The two passphrases are different. Type the same passphrase in both boxes.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('vault.create', { name, analystName, staffNumber, passphrase, ...(folder ? { folder } : {}) });
      created(result.status, result.recoveryKey);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="gate-panel" aria-labelledby="create-vault-heading">
      <h1 id="create-vault-heading">Create a vault</h1>
      <p>
        A vault is an encrypted store for your intelligence reports. Only someone with its passphrase (or its recovery key) can
        open it.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField label="Vault name" value={name} onChange={(event) => setName(event.target.value)} required autoComplete="off" />
        <div className="form-field">
          <span className="field-label">Location</span>
          <div className="inline-row">
            <code className="path">{folder ?? status?.defaultFolder ?? ''}</code>
            <button type="button" onClick={() => void chooseFolder()}>
              Choose folder…
            </button>
          </div>
        </div>
        <FormField label="Analyst name" value={analystName} onChange={(event) => setAnalystName(event.target.value)} required autoComplete="name" hint="Recorded with everything you do in this vault, as the law requires." />
        <FormField label="Staff number" value={staffNumber} onChange={(event) => setStaffNumber(event.target.value)} required autoComplete="off" />
        <FormField
          label="Passphrase"
          type="password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          required
          autoComplete="new-password"
          hint={<PassphraseFeedback passphrase={passphrase} analystName={analystName} staffNumber={staffNumber} />}
        />
        <FormField label="Confirm passphrase" type="password" value={confirm} onChange={(event) => setConfirm(event.target.value)} required autoComplete="new-password" error={mismatch} />
        <ErrorAlert message={error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !acceptable || !confirm}>
            {busy ? 'Creating…' : 'Create vault'}
          </button>
          {status && status.state !== 'none' && (
            <button type="button" onClick={() => startCreating(false)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
