/**
 * "Open chart…": the vault's saved charts with their marking, last save and size; open one in
 * place of the chart on screen, duplicate it, or delete it (after a confirmation).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChartListItem } from '@shared/contract/calls/charts';
import { formatDateTime } from '@shared/format/dates';
import { plural } from '@shared/format/numbers';
import { Dialog } from '../../../components/Dialog';
import { call, errorMessage } from '../../../lib/fenlight';
import { useChartStore } from '../chartStore';
import { MAX_CHART_NAME } from './SaveChartDialog';
import { openSavedChart } from './savedCharts';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface OpenChartDialogProps {
  onOpened(message: string): void;
  onClose(): void;
}

/** "Name (copy)", kept within the name limit. */
export function copyName(name: string): string {
  const suffix = ' (copy)';
  return `${name.slice(0, MAX_CHART_NAME - suffix.length)}${suffix}`;
}

export function OpenChartDialog({ onOpened, onClose }: OpenChartDialogProps) {
  const [charts, setCharts] = useState<ChartListItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ChartListItem | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useChartStore((state) => state.revision !== state.savedRevision && state.document.nodes.length > 0);

  const load = useCallback(async () => {
    try {
      setCharts(await call('charts.list', {}));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }, []);

  useEffect(() => {
    let live = true;
    call('charts.list', {}).then(
      (list) => live && setCharts(list),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const open = (chart: ChartListItem) =>
    act(async () => {
      const opened = await openSavedChart(chart.id);
      onOpened(opened.message);
    });

  const duplicate = (chart: ChartListItem) =>
    act(async () => {
      const copy = await call('charts.duplicate', { id: chart.id, name: copyName(chart.name) });
      setNotice(`Saved a copy as “${copy.name}”.`);
      await load();
    });

  const remove = (chart: ChartListItem) =>
    act(async () => {
      await call('charts.delete', { id: chart.id });
      if (useChartStore.getState().meta.chartId === chart.id) {
        // The chart stays on screen, now unsaved: saving it again makes a new saved chart.
        useChartStore.setState({ meta: { chartId: null, name: null, marking: null }, savedRevision: -1 });
      }
      setConfirming(null);
      setNotice(`Deleted “${chart.name}”. The records it showed are still in the vault.`);
      await load();
    });

  return (
    <Dialog title="Open chart" onClose={onClose} className="saved-charts-dialog">
      {unsaved && <p className="field-hint">The chart on screen has unsaved changes: opening another replaces it.</p>}
      {charts === null && !problem && <p>Loading saved charts…</p>}
      {charts?.length === 0 && <p>No charts are saved in this vault yet. Use Save chart to keep one.</p>}
      {charts && charts.length > 0 && (
        <table className="saved-charts">
          <caption className="visually-hidden">Saved charts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Marking</th>
              <th scope="col">Last saved</th>
              <th scope="col">Entities</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {charts.map((chart) => (
              <tr key={chart.id}>
                <th scope="row">
                  {chart.name}
                  {chart.description && <div className="field-hint">{chart.description}</div>}
                </th>
                <td>{chart.marking}</td>
                <td>{formatDateTime(chart.updatedAt)}</td>
                <td>{plural(chart.entities, 'entity', 'entities')}</td>
                <td className="saved-chart-actions">
                  <button type="button" className="primary" disabled={busy} aria-label={`Open ${chart.name}`} onClick={() => void open(chart)}>
                    Open
                  </button>
                  <button type="button" disabled={busy} aria-label={`Duplicate ${chart.name}`} onClick={() => void duplicate(chart)}>
                    Duplicate
                  </button>
                  <button type="button" disabled={busy} aria-label={`Delete ${chart.name}`} onClick={() => setConfirming(chart)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div role="alertdialog" aria-label="Confirm deletion" className="confirm-box">
          <p>
            Delete the saved chart “{confirming.name}”? This cannot be undone; the records it shows stay in the vault.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setConfirming(null)}>
              Keep it
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void remove(confirming)}>
              Delete chart
            </button>
          </div>
        </div>
      )}
      {notice && <p role="status">{notice}</p>}
      <ErrorAlert message={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
