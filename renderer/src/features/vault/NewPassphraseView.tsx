import { useState, type FormEvent } from 'react';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { PassphraseFeedback } from './PassphraseFeedback';
import { useVaultStore } from './vaultStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/** After unlocking with the recovery key, a new passphrase comes before anything else. */
export function NewPassphraseView({ analystName, staffNumber }: { analystName: string; staffNumber: string }) {
  const load = useVaultStore((state) => state.load);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase !== confirm) {
      setError('The two passphrases are different. Type the same passphrase in both boxes.');
      return;
    }
    try {
      await call('vault.changePassphrase', { newPassphrase: passphrase });
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="gate-panel" aria-labelledby="new-passphrase-heading">
      <h1 id="new-passphrase-heading">Choose a new passphrase</h1>
      <p>You opened the vault with its recovery key. Choose a new passphrase to use from now on.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField
          label="New passphrase"
          type="password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          autoComplete="new-password"
          hint={<PassphraseFeedback passphrase={passphrase} analystName={analystName} staffNumber={staffNumber} />}
        />
        <FormField label="Confirm new passphrase" type="password" value={confirm} onChange={(event) => setConfirm(event.target.value)} autoComplete="new-password" />
        <ErrorAlert message={error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!passphrase || !confirm}>
            Set passphrase
          </button>
        </div>
      </form>
    </section>
  );
}
