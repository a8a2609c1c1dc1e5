import { useState, type FormEvent } from 'react';
import type { VaultCheckReport } from '@shared/vault/types';
import { formatBytes } from '@shared/format';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { MarkingDescriptorSettings } from './MarkingDescriptorSettings';
import { PassphraseFeedback } from './PassphraseFeedback';
import { useVaultStore } from './vaultStore';

function Outcome({ error, message }: { error: string | null; message: string | null }) {
  if (error)
    return (
      <p role="alert" className="error-text">
        {error}
      </p>
    );
  if (message)
    return (
      <p role="status" className="success-text">
        {message}
      </p>
    );
  return null;
}

function CheckVault() {
  const [report, setReport] = useState<VaultCheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await call('vault.check', {}));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="field-group">
      <legend>Check vault</legend>
      <p>Checks the encryption, the database structure, the links between records and the audit log.</p>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Checking…' : 'Check vault'}
      </button>
      <Outcome error={error} message={null} />
      {report && (
        <ul className="check-list" aria-label="Vault check results">
          {report.checks.map((check) => (
            <li key={check.id} className={check.ok ? 'check-ok' : 'check-failed'}>
              <strong>
                {check.ok ? '✓' : '✗'} {check.label}:
              </strong>{' '}
              {check.message}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function ChangePassphrase({ analystName, staffNumber }: { analystName: string; staffNumber: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (next !== confirm) {
      setError('The two new passphrases are different.');
      return;
    }
    try {
      await call('vault.changePassphrase', { currentPassphrase: current, newPassphrase: next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setError(null);
      setMessage('Passphrase changed. Use the new one from now on.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form className="field-group" onSubmit={(event) => void submit(event)} aria-labelledby="change-passphrase-heading" noValidate>
      <h2 id="change-passphrase-heading">Change passphrase</h2>
      <FormField label="Current passphrase" type="password" value={current} onChange={(event) => setCurrent(event.target.value)} autoComplete="current-password" />
      <FormField
        label="New passphrase"
        type="password"
        value={next}
        onChange={(event) => setNext(event.target.value)}
        autoComplete="new-password"
        hint={<PassphraseFeedback passphrase={next} analystName={analystName} staffNumber={staffNumber} />}
      />
      <FormField label="Confirm new passphrase" type="password" value={confirm} onChange={(event) => setConfirm(event.target.value)} autoComplete="new-password" />
      <button type="submit" disabled={!current || !next || !confirm}>
        Change passphrase
      </button>
      <Outcome error={error} message={message} />
    </form>
  );
}

function NewRecoveryKey() {
  const created = useVaultStore((state) => state.created);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { recoveryKey } = await call('vault.regenerateRecoveryKey', { passphrase });
      setPassphrase('');
      created(await call('vault.status', {}), recoveryKey);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form className="field-group" onSubmit={(event) => void submit(event)} aria-labelledby="recovery-key-heading" noValidate>
      <h2 id="recovery-key-heading">New recovery key</h2>
      <p>Makes a new recovery key. The old one stops working at once.</p>
      <FormField label="Passphrase for new recovery key" type="password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} autoComplete="current-password" />
      <button type="submit" disabled={!passphrase}>
        Make a new recovery key
      </button>
      <Outcome error={error} message={null} />
    </form>
  );
}

function BackupVault({ vaultName }: { vaultName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const backup = async () => {
    setError(null);
    setMessage(null);
    const picked = await call('shell.pickSavePath', { title: 'Save a backup of the vault', defaultName: `${vaultName}.fenlight-backup`, filters: [{ name: 'Fenlight backups', extensions: ['fenlight-backup'] }] });
    if (picked.cancelled) return;
    try {
      const result = await call('vault.backup', { destination: picked.path });
      setMessage(`Backup saved to ${result.path} (${formatBytes(result.bytes)}). It is encrypted with the same passphrase and recovery key.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <fieldset className="field-group">
      <legend>Back up</legend>
      <p>Saves an encrypted copy of the whole vault in one file, to move to a new laptop or keep safe.</p>
      <button type="button" onClick={() => void backup()}>
        Back up vault…
      </button>
      <Outcome error={error} message={message} />
    </fieldset>
  );
}

/** The vault's own settings: checks, secrets and backups. */
export function VaultSecuritySettings() {
  const status = useVaultStore((state) => state.status);
  if (status?.state !== 'unlocked') return null;
  return (
    <section aria-labelledby="vault-security-heading">
      <h2 id="vault-security-heading" className="section-heading">
        Vault: {status.vault.name}
      </h2>
      <CheckVault />
      <ChangePassphrase analystName={status.vault.analystName} staffNumber={status.vault.staffNumber} />
      <NewRecoveryKey />
      <BackupVault vaultName={status.vault.name} />
      <MarkingDescriptorSettings />
    </section>
  );
}
