/**
 * The link-chart workspace: toolbar, canvas, and a side panel with analysis, filters and the key.
 * `toolbarExtra` is the slot for Save chart and Export… (the saved-charts and exports feature).
 */
import { useId, type ReactNode } from 'react';
import { useSelectionStore } from '../../selection/selectionStore';
import { useChartStore } from '../chartStore';
import { useChartUiStore, type ChartPanel } from '../chartUiStore';
import { AddToChartDialog } from './AddToChartDialog';
import { AnalysisPanel } from './AnalysisPanel';
import { ChartCanvasView } from './ChartCanvasView';
import { ChartKey } from './ChartKey';
import { ChartToolbar } from './ChartToolbar';
import { ExpandDialog } from './ExpandDialog';
import { FiltersPanel } from './FiltersPanel';
import { GroupDialog } from './GroupDialog';
import { NoteDialog } from './NoteDialog';
import { useChartShortcuts } from './useChartShortcuts';
import { useChartRefresh } from './useChartRefresh';
import '../chart.css';
import { plural } from '@shared/format/numbers';

const panels: Array<{ id: ChartPanel; label: string }> = [
  { id: 'analysis', label: 'Analysis' },
  { id: 'filters', label: 'Filters' },
  { id: 'key', label: 'Key' },
];

export function ChartWorkspace({ toolbarExtra }: { toolbarExtra?: ReactNode }) {
  const id = useId();
  const nodeCount = useChartStore((state) => state.document.nodes.length);
  const linkCount = useChartStore((state) => state.document.links.length);
  const name = useChartStore((state) => state.meta.name);
  const panel = useChartUiStore((state) => state.panel);
  const showPanel = useChartUiStore((state) => state.showPanel);
  const dialog = useChartUiStore((state) => state.dialog);
  const closeDialog = useChartUiStore((state) => state.closeDialog);
  const message = useChartUiStore((state) => state.message);
  const selected = useSelectionStore((state) => state.selected);
  const nodes = useChartStore((state) => state.document.nodes);
  useChartShortcuts();
  useChartRefresh();

  const onChart = new Set(nodes.map((node) => node.entityId));
  const chosen = selected.filter((entityId) => onChart.has(entityId));

  return (
    <section className="pane chart-pane" aria-label="Link chart">
      <h2 className="panel-title">
        Link chart{name ? `: ${name}` : ''}
        <span className="chart-counts">
          {plural(nodeCount, 'entity', 'entities')}, {plural(linkCount, 'link')}
        </span>
      </h2>
      <ChartToolbar extra={toolbarExtra} />
      <div className="chart-body">
        <div className="chart-stage">
          <ChartCanvasView describedBy={`${id}-help`} />
          {nodeCount === 0 && (
            <div className="chart-empty">
              <p>The chart is empty.</p>
              <p>
                Use <strong>Add to chart</strong> to find people, addresses, vehicles and phones, or add them
                from search (<kbd>Ctrl+K</kbd>), a report or an entity’s profile.
              </p>
            </div>
          )}
          <p id={`${id}-help`} className="visually-hidden">
            Click to select, Ctrl+click to add to the selection, drag to move, Shift+drag to select an area,
            scroll to zoom. Delete removes the selection from the chart; Ctrl+Z undoes. The Analysis panel
            lists results for keyboard use.
          </p>
        </div>
        <aside className="chart-side" aria-label="Chart panels">
          <div role="tablist" aria-label="Chart panels" className="chart-tabs">
            {panels.map((entry) => (
              <button
                key={entry.id}
                type="button"
                role="tab"
                id={`${id}-tab-${entry.id}`}
                aria-selected={panel === entry.id}
                aria-controls={`${id}-panel`}
                tabIndex={panel === entry.id ? 0 : -1}
                onClick={() => showPanel(entry.id)}
                onKeyDown={(event) => {
                  const index = panels.findIndex((candidate) => candidate.id === panel);
                  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                    const next =
                      panels[(index + (event.key === 'ArrowRight' ? 1 : panels.length - 1)) % panels.length]!;
                    showPanel(next.id);
                    document.getElementById(`${id}-tab-${next.id}`)?.focus();
                  }
                }}
              >
                {entry.label}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`${id}-panel`}
            aria-labelledby={`${id}-tab-${panel}`}
            className="chart-tabpanel"
          >
            {panel === 'analysis' && <AnalysisPanel />}
            {panel === 'filters' && <FiltersPanel />}
            {panel === 'key' && <ChartKey />}
          </div>
        </aside>
      </div>
      <p
        className={`chart-status${message?.tone === 'error' ? ' error-text' : ''}`}
        role="status"
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
      {dialog?.kind === 'add' && <AddToChartDialog onClose={closeDialog} />}
      {dialog?.kind === 'expand' && <ExpandDialog seedIds={chosen} onClose={closeDialog} />}
      {dialog?.kind === 'group' && <GroupDialog entityIds={chosen} onClose={closeDialog} />}
      {dialog?.kind === 'note' && <NoteDialog noteId={dialog.noteId} onClose={closeDialog} />}
    </section>
  );
}
