import { useEffect, useState, type FormEvent } from 'react';
import type { ReportListFilter } from '@shared/contract/calls/reports';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { ErrorAlert } from '../../components/ErrorAlert';

interface SavedView {
  id: string;
  name: string;
  filter: ReportListFilter;
}

interface SavedFiltersProps {
  /** The filter as it stands, to save; null while it has a problem (an unreadable date). */
  current: ReportListFilter | null;
  selectedId: string | null;
  onApply(view: SavedView): void;
}

/** Named filters kept in the vault (reports.savedViews), applied in one choice. */
export function SavedFilters({ current, selectedId, onApply }: SavedFiltersProps) {
  const [views, setViews] = useState<SavedView[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    call('reports.savedViews', {}).then(
      (saved) => current && setViews(saved),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [reloads]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!current) return;
    try {
      const saved = await call('reports.saveView', { name, filter: current });
      setNaming(false);
      setName('');
      setError(null);
      setMessage(`Saved the filter “${saved.name}”.`);
      setReloads((count) => count + 1);
      onApply(saved);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const remove = async () => {
    const view = views.find((candidate) => candidate.id === selectedId);
    if (!view) return;
    try {
      await call('reports.deleteView', { id: view.id });
      setError(null);
      setMessage(`Deleted the saved filter “${view.name}”.`);
      setReloads((count) => count + 1);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const selected = views.some((view) => view.id === selectedId) ? selectedId : '';
  return (
    <div className="saved-filters">
      <div className="form-field">
        <label htmlFor="report-saved-filter">Saved filters</label>
        <select
          id="report-saved-filter"
          value={selected ?? ''}
          onChange={(event) => {
            const view = views.find((candidate) => candidate.id === event.target.value);
            if (view) onApply(view);
          }}
        >
          <option value="">{views.length === 0 ? 'None saved yet' : 'Choose a saved filter'}</option>
          {views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </div>
      <div className="saved-filter-actions">
        <button type="button" onClick={() => setNaming(true)} disabled={!current || naming}>
          Save filter…
        </button>
        <button type="button" onClick={() => void remove()} disabled={!selected}>
          Delete saved filter
        </button>
      </div>
      {naming && (
        <form className="saved-filter-form" aria-label="Save this filter" onSubmit={(event) => void save(event)}>
          <FormField label="Filter name" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} autoFocus />
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      )}
      <ErrorAlert message={error} />
      {message && !error && (
        <p role="status" className="success-text">
          {message}
        </p>
      )}
    </div>
  );
}
