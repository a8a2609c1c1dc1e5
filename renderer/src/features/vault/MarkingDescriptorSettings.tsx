import { useState, type FormEvent } from 'react';
import { MAX_DESCRIPTORS } from '@shared/domain/markings';
import { call, errorMessage } from '../../lib/fenlight';
import { useMarkingDescriptors, useVaultStore } from './vaultStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * The force's list of OFFICIAL-SENSITIVE descriptors for this vault, one per line. Reports and
 * charts choose from it; the engine refuses classifications and descriptors still in use.
 */
export function MarkingDescriptorSettings() {
  const current = useMarkingDescriptors();
  const [text, setText] = useState(() => current.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setMessage(null);
    try {
      const status = await call('vault.setMarkingDescriptors', { descriptors: text.split('\n') });
      useVaultStore.getState().setStatus(status);
      const saved = status.state === 'unlocked' ? status.vault.markingDescriptors : [];
      setText(saved.join('\n'));
      setMessage(saved.length === 0 ? 'Saved: OFFICIAL-SENSITIVE is offered without descriptors.' : `Saved: ${saved.join(', ')}.`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="field-group" onSubmit={(event) => void submit(event)} aria-labelledby="descriptor-settings-title">
      <h3 id="descriptor-settings-title">Protective marking descriptors</h3>
      <p id="descriptor-settings-help">
        Descriptors qualify OFFICIAL-SENSITIVE, for example PERSONAL DATA. Enter your force’s list, one per line (at most{' '}
        {MAX_DESCRIPTORS}). A descriptor still carried by a report or a saved chart cannot be removed.
      </p>
      <label htmlFor="descriptor-settings-list">Descriptors</label>
      <textarea
        id="descriptor-settings-list"
        rows={5}
        value={text}
        aria-describedby="descriptor-settings-help"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save descriptors'}
      </button>
      <ErrorAlert message={error} />
      {message && (
        <p role="status" className="success-text">
          {message}
        </p>
      )}
    </form>
  );
}
