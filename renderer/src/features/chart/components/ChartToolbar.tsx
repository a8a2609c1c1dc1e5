/**
 * The chart's tools. `extra` is the slot for features built on this one (Save chart, Export…):
 * they render their own buttons there rather than this file holding placeholders.
 */
import { useState, type ReactNode } from 'react';
import { useSelectionStore } from '../../selection/selectionStore';
import { getChartCanvas } from '../canvasRegistry';
import { analyseChart, removeSelection, runLayout } from '../chartActions';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { layoutLabels, layoutNames, type LayoutName } from '../layout/layoutTypes';

export function ChartToolbar({ extra }: { extra?: ReactNode }) {
  const nodes = useChartStore((state) => state.document.nodes);
  const groups = useChartStore((state) => state.document.groups);
  const canUndo = useChartStore((state) => state.history.past.length > 0);
  const canRedo = useChartStore((state) => state.history.future.length > 0);
  const selected = useSelectionStore((state) => state.selected);
  const canvasSelection = useChartUiStore((state) => state.canvasSelection);
  const layoutBusy = useChartUiStore((state) => state.layoutBusy);
  const openDialog = useChartUiStore((state) => state.openDialog);
  const [layout, setLayout] = useState<LayoutName>('auto');

  const onChart = new Set(nodes.map((node) => node.entityId));
  const chosen = selected.filter((id) => onChart.has(id));
  const chosenNodes = nodes.filter((node) => chosen.includes(node.entityId));
  const allPinned = chosenNodes.length > 0 && chosenNodes.every((node) => node.pinned);
  const groupIds = new Set([
    ...canvasSelection.groupIds,
    ...chosenNodes.map((node) => node.groupId).filter((id): id is string => id !== null),
  ]);
  const anythingSelected =
    chosen.length > 0 || canvasSelection.linkIds.length > 0 || canvasSelection.noteIds.length > 0;
  const store = useChartStore.getState;

  const findPath = () => {
    useChartUiStore.getState().showPanel('analysis');
    if (chosen.length === 2)
      void analyseChart({
        command: 'findPath',
        fromId: chosen[0]!,
        toId: chosen[1]!,
        followDirection: false,
        timeOrdered: false,
      });
    else
      useChartUiStore
        .getState()
        .say(
          'Select exactly two entities on the chart to find the shortest path between them, or choose them in the Analysis panel.',
        );
  };

  return (
    <div className="chart-toolbar">
      <div role="group" aria-label="Build the chart" className="chart-toolbar-group">
        <button type="button" onClick={() => openDialog({ kind: 'add' })}>
          Add to chart
        </button>
        <button
          type="button"
          onClick={() => openDialog({ kind: 'expand' })}
          disabled={chosen.length === 0}
          title="Add the selected entities’ neighbours from the vault"
        >
          Expand
        </button>
        <button type="button" onClick={findPath} disabled={nodes.length < 2}>
          Find path
        </button>
      </div>
      <div role="group" aria-label="Layout" className="chart-toolbar-group">
        <select
          aria-label="Layout algorithm"
          value={layout}
          onChange={(event) => setLayout(event.target.value as LayoutName)}
        >
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {layoutLabels[name]}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => void runLayout(layout)}
          disabled={nodes.length === 0 || layoutBusy}
          aria-busy={layoutBusy}
        >
          Layout
        </button>
      </div>
      <div role="group" aria-label="Edit" className="chart-toolbar-group">
        <button
          type="button"
          onClick={() => store().undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => store().redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button
          type="button"
          onClick={() => store().setHidden({ entityIds: chosen, linkIds: canvasSelection.linkIds }, true)}
          disabled={chosen.length === 0 && canvasSelection.linkIds.length === 0}
        >
          Hide
        </button>
        <button
          type="button"
          onClick={() => store().showAll()}
          disabled={!nodes.some((node) => node.hidden) && !store().document.links.some((link) => link.hidden)}
        >
          Show all
        </button>
        <button
          type="button"
          onClick={removeSelection}
          disabled={!anythingSelected}
          aria-keyshortcuts="Delete"
          title="Remove from the chart (Delete); the vault is unchanged"
        >
          Remove
        </button>
        <button
          type="button"
          onClick={() => store().setPinned(chosen, !allPinned)}
          disabled={chosen.length === 0}
          aria-pressed={chosen.length > 0 ? allPinned : undefined}
        >
          Pin
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'group' })} disabled={chosen.length === 0}>
          Group
        </button>
        <button
          type="button"
          onClick={() => [...groupIds].forEach((id) => store().ungroup(id))}
          disabled={groupIds.size === 0 || groups.length === 0}
        >
          Ungroup
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'note', noteId: null })}>
          Note
        </button>
      </div>
      <div role="group" aria-label="View" className="chart-toolbar-group">
        <button
          type="button"
          onClick={() => getChartCanvas()?.fit(chosen)}
          disabled={nodes.length === 0}
          title="Fit the chart (or the selection) to the view"
        >
          Fit
        </button>
        <button type="button" onClick={() => getChartCanvas()?.zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => getChartCanvas()?.zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
      </div>
      {extra && (
        <div role="group" aria-label="Save and export" className="chart-toolbar-group">
          {extra}
        </div>
      )}
    </div>
  );
}
