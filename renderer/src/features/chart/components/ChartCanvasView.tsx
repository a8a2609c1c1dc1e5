/**
 * Hosts the Cytoscape canvas: creates the adapter, feeds it render models as the store changes
 * (at most once a frame), follows the shared selection, and turns gestures into store edits.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChartDocument } from '@shared/chart/document';
import { areaEntitySet } from '../../selection/areaFilter';
import { useSelectionStore } from '../../selection/selectionStore';
import { setChartCanvas } from '../canvasRegistry';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { ChartCanvas } from '../cy/chartCanvas';
import { buildRenderModel } from '../cy/renderModel';
import { computeFilteredOut, type FilteredOut } from '../model/filters';
import type { ChartState } from '../model/chartTransitions';
import { useChartTheme } from './useChartTheme';

/** Cytoscape draws on a 2D canvas; without one (a broken graphics stack, or jsdom) it throws. */
function canDraw2d(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/**
 * Whether a document change alters what is drawn. Pan and zoom are saved in the document too,
 * but redrawing for them would rebuild the model of every element after each gesture.
 */
function drawnPartsChanged(next: ChartDocument, before: ChartDocument): boolean {
  return (
    next !== before &&
    (next.nodes !== before.nodes ||
      next.links !== before.links ||
      next.groups !== before.groups ||
      next.annotations !== before.annotations ||
      next.filters !== before.filters)
  );
}

export function ChartCanvasView({ describedBy }: { describedBy: string }) {
  const [drawable] = useState(canDraw2d);
  if (!drawable)
    return (
      <p className="chart-canvas chart-canvas--unavailable" role="status" data-testid="chart-canvas">
        This computer cannot draw the chart (it needs a 2D canvas). The chart's items, filters and analysis
        still work from the panels.
      </p>
    );
  return <DrawnChart describedBy={describedBy} />;
}

function DrawnChart({ describedBy }: { describedBy: string }) {
  const container = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<ChartCanvas | null>(null);
  const theme = useChartTheme();
  const themeRef = useRef(theme);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const canvas = new ChartCanvas(
      element,
      {
        selectionChanged: (selection) => {
          useChartUiStore.getState().setCanvasSelection(selection);
          // Only the analyst's own gestures arrive here (followed selections are not echoed).
          useSelectionStore.getState().select(selection.entityIds, 'chart');
          useChartStore
            .getState()
            .focusLink(
              selection.entityIds.length === 0 && selection.linkIds.length === 1
                ? selection.linkIds[0]!
                : null,
            );
        },
        moved: (entities, notes) => useChartStore.getState().move(entities, notes),
        viewportChanged: (viewport) => useChartStore.getState().setViewport(viewport),
        toggleGroup: (groupId) => {
          const group = useChartStore
            .getState()
            .document.groups.find((candidate) => candidate.id === groupId);
          if (group) useChartStore.getState().setGroupCollapsed(groupId, !group.collapsed);
        },
        editNote: (noteId) => useChartUiStore.getState().openDialog({ kind: 'note', noteId }),
      },
      { theme: themeRef.current },
    );
    canvasRef.current = canvas;
    setChartCanvas(canvas);

    // Filters are recomputed only when the document, items or drawn area change, not on highlight changes.
    let filterKey: { doc: unknown; entities: unknown; links: unknown; area: unknown } | null = null;
    let filtered: FilteredOut | null = null;
    let frame: number | null = null;
    const draw = () => {
      frame = null;
      const state: ChartState = useChartStore.getState();
      const area = useSelectionStore.getState().area;
      if (
        !filterKey ||
        filterKey.doc !== state.document ||
        filterKey.entities !== state.entities ||
        filterKey.links !== state.links ||
        filterKey.area !== area
      ) {
        filtered = computeFilteredOut(state.document, state.entities, state.links, areaEntitySet(area));
        filterKey = { doc: state.document, entities: state.entities, links: state.links, area };
      }
      const stats = canvas.render(
        buildRenderModel({ ...state, filteredOut: filtered!, theme: themeRef.current }),
      );
      // New nodes may be ones already selected (added to the chart and selected at once).
      canvas.selectEntities(useSelectionStore.getState().selected, stats.added > 0);
      // Show what was just added if it landed outside the view.
      if (stats.added > 0) canvas.reveal();
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(draw);
    };
    const viewport = useChartStore.getState().document.viewport;
    if (viewport) canvas.cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.panX, y: viewport.panY } });
    draw();
    const resizing = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => canvas.resize());
    resizing?.observe(element);

    const unsubscribeChart = useChartStore.subscribe((state, previous) => {
      if (
        drawnPartsChanged(state.document, previous.document) ||
        state.entities !== previous.entities ||
        state.links !== previous.links ||
        state.highlight !== previous.highlight
      )
        schedule();
    });
    const unsubscribeSelection = useSelectionStore.subscribe((state, previous) => {
      if (state.selected !== previous.selected && state.source !== 'chart')
        canvas.selectEntities(state.selected);
      // The map's drawn area filters the chart too.
      if (state.area !== previous.area) schedule();
    });
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      resizing?.disconnect();
      unsubscribeChart();
      unsubscribeSelection();
      setChartCanvas(null);
      canvas.destroy();
      canvasRef.current = null;
    };
  }, []);

  useEffect(() => {
    themeRef.current = theme;
    const canvas = canvasRef.current;
    if (!canvas) return;
    canvas.setTheme(theme);
    const state = useChartStore.getState();
    canvas.render(
      buildRenderModel({
        ...state,
        filteredOut: computeFilteredOut(
          state.document,
          state.entities,
          state.links,
          areaEntitySet(useSelectionStore.getState().area),
        ),
        theme,
      }),
    );
  }, [theme]);

  return (
    <div
      ref={container}
      className="chart-canvas"
      role="application"
      aria-roledescription="link chart"
      aria-label="Chart canvas"
      aria-describedby={describedBy}
      tabIndex={0}
      data-testid="chart-canvas"
    />
  );
}
