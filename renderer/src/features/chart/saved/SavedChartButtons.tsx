/**
 * The chart toolbar's "New chart", "Open chart…" and "Save chart" (Ctrl+S), with an unsaved-changes
 * indicator. Ctrl+S on a chart already saved overwrites it straight away; otherwise it asks for
 * a name and marking.
 */
import { useCallback, useEffect, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { call, errorMessage } from '../../../lib/fenlight';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { OpenChartDialog } from './OpenChartDialog';
import { SaveChartDialog } from './SaveChartDialog';
import './saved.css';
import { saveAgain } from './savedCharts';

type Open = { kind: 'save'; description: string } | { kind: 'open' } | { kind: 'new' } | null;

export function SavedChartButtons() {
  const [dialog, setDialog] = useState<Open>(null);
  const empty = useChartStore((state) => state.document.nodes.length === 0 && state.document.annotations.length === 0);
  const unsaved = useChartStore((state) => state.revision !== state.savedRevision && !empty);
  const chartId = useChartStore((state) => state.meta.chartId);
  const say = useChartUiStore((state) => state.say);

  const openSave = useCallback(async () => {
    const { chartId } = useChartStore.getState().meta;
    let description = '';
    if (chartId) {
      try {
        description = (await call('charts.list', {})).find((chart) => chart.id === chartId)?.description ?? '';
      } catch {
        // The dialog still opens; the description field starts empty.
      }
    }
    setDialog({ kind: 'save', description });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      if (!ctrl || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      // Never the browser's "save page": the chart is saved into the vault or not at all.
      event.preventDefault();
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (useChartStore.getState().document.nodes.length === 0) {
        useChartUiStore.getState().say('The chart is empty: add something to it before saving.');
        return;
      }
      if (!useChartStore.getState().meta.chartId) {
        void openSave();
        return;
      }
      saveAgain().then(
        (saved) => (saved ? say(`Saved “${saved.name}”, marked ${saved.marking}.`) : void openSave()),
        (error: unknown) => {
          say(errorMessage(error), 'error');
          void openSave();
        },
      );
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openSave, say]);

  const startNew = () => {
    useChartStore.getState().clear();
    setDialog(null);
    say('Started a new, empty chart.');
  };

  return (
    <>
      <button type="button" onClick={() => (unsaved ? setDialog({ kind: 'new' }) : startNew())} disabled={empty && !chartId}>
        New chart
      </button>
      <button type="button" onClick={() => setDialog({ kind: 'open' })}>
        Open chart…
      </button>
      <button
        type="button"
        onClick={() => void openSave()}
        disabled={empty}
        aria-keyshortcuts="Control+S"
        title="Save the chart in the vault (Ctrl+S)"
      >
        Save chart
      </button>
      {unsaved && <span className="chart-unsaved">Unsaved changes</span>}
      {dialog?.kind === 'save' && (
        <SaveChartDialog
          description={dialog.description}
          onClose={() => setDialog(null)}
          onSaved={(message) => {
            setDialog(null);
            say(message);
          }}
        />
      )}
      {dialog?.kind === 'new' && (
        <Dialog title="Start a new chart?" onClose={() => setDialog(null)}>
          <p>The chart on screen has unsaved changes. A new chart replaces it and those changes are lost.</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setDialog(null)}>
              Keep this chart
            </button>
            <button type="button" className="danger" onClick={startNew}>
              Discard changes
            </button>
          </div>
        </Dialog>
      )}
      {dialog?.kind === 'open' && (
        <OpenChartDialog
          onClose={() => setDialog(null)}
          onOpened={(message) => {
            setDialog(null);
            say(message);
          }}
        />
      )}
    </>
  );
}
