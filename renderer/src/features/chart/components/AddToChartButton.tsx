/**
 * "Add to chart" for the places outside the chart that show entities (an entity's profile, a
 * report's supports): puts them on the chart with their links and shows the chart.
 */
import { useState } from 'react';
import { errorMessage } from '../../../lib/fenlight';
import { addToChart } from '../chartData';

export function AddToChartButton({ entityIds, label = 'Add to chart' }: { entityIds: readonly string[]; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await addToChart(entityIds, { reveal: true });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void add()} disabled={busy || entityIds.length === 0}>
        {busy ? 'Adding…' : label}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </>
  );
}
