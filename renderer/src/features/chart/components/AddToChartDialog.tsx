/** Finds entities in the vault by name or identifier and puts the chosen ones on the chart. */
import { useEffect, useId, useState } from 'react';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import type { EntitySummary } from '@shared/records';
import { Dialog } from '../../../components/Dialog';
import { GradeBadge } from '../../../components/GradeBadge';
import { call, errorMessage } from '../../../lib/fenlight';
import { addToChart } from '../chartData';
import { useChartUiStore } from '../chartUiStore';
import { plural } from '@shared/format/numbers';
import { ErrorAlert } from '../../../components/ErrorAlert';

export function AddToChartDialog({ onClose }: { onClose(): void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<EntitySummary[]>([]);
  const [searched, setSearched] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resultsId = useId();

  useEffect(() => {
    const text = query.trim();
    if (text === '') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      call('search.query', { q: text, scope: 'entities', limit: 50 })
        .then((result) => {
          if (!current) return;
          setResults(result.hits.flatMap((hit) => (hit.kind === 'entity' ? [hit.entity] : [])));
          setSearched(text);
          setError(null);
        })
        .catch((failure: unknown) => current && setError(errorMessage(failure)));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setError('Tick at least one entity to add.');
      return;
    }
    setBusy(true);
    try {
      const result = await addToChart([...chosen]);
      useChartUiStore
        .getState()
        .say(
          result.added.length > 0
            ? `Added ${plural(result.added.length, 'entity', 'entities')} to the chart.`
            : 'Those entities are already on the chart.',
        );
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  const shown = query.trim() === '' ? [] : results;
  return (
    <Dialog title="Add to chart" onClose={onClose} className="chart-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <div className="form-field">
          <label htmlFor={`${resultsId}-q`}>Find entities</label>
          <input
            id={`${resultsId}-q`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={`${resultsId}-hint`}
            autoComplete="off"
          />
          <div id={`${resultsId}-hint`} className="field-hint">
            A name, vehicle registration, phone number, postcode or any words (for example “POPESCU”, “AB12
            CDE”).
          </div>
        </div>
        <fieldset className="chart-pick-list" aria-live="polite">
          <legend>
            {searched && query.trim() !== ''
              ? `${plural(shown.length, 'entity', 'entities')} found`
              : 'Results'}
          </legend>
          {shown.length === 0 && searched && query.trim() !== '' && (
            <p className="empty-state">Nothing matches “{searched}”.</p>
          )}
          <ul>
            {shown.map((entity) => (
              <li key={entity.id}>
                <label className="chart-pick">
                  <input type="checkbox" checked={chosen.has(entity.id)} onChange={() => toggle(entity.id)} />
                  <span className="chart-pick-label">{entity.chartLabel || entity.label}</span>
                  <span className="chart-pick-type">{entityTypeLabels[entity.type]}</span>
                  <GradeBadge grade={entity.bestGrade} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            Add to chart
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
