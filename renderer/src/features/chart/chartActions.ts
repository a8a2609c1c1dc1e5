/**
 * What the toolbar, shortcuts and panels do: layouts through the worker, analysis on the chart
 * (worker) or the vault (engine), and edits of the current selection. Components stay thin.
 */
import type { GraphPathResult } from '@shared/contract/calls/graph';
import { call, errorMessage } from '../../lib/fenlight';
import { areaEntitySet } from '../selection/areaFilter';
import { useSelectionStore } from '../selection/selectionStore';
import { requestAnalysis } from './analysis/analysisClient';
import type { AnalysisOutcome, AnalysisRequest } from './analysis/analysisTypes';
import { chartGraph } from './analysis/chartGraph';
import { addToChart } from './chartData';
import { useChartStore } from './chartStore';
import { useChartUiStore } from './chartUiStore';
import { requestLayout } from './layout/layoutClient';
import type { LayoutName } from './layout/layoutTypes';
import type { Point } from './model/types';
import { plural } from '@shared/format/numbers';

/** Lays the chart out in the worker; pinned entities keep their places. One undo step. */
export async function runLayout(name: LayoutName): Promise<void> {
  const ui = useChartUiStore.getState();
  const { document, links } = useChartStore.getState();
  if (document.nodes.length === 0 || ui.layoutBusy) return;
  ui.setLayoutBusy(true);
  ui.say(`Laying out ${plural(document.nodes.length, 'entity', 'entities')}…`);
  try {
    const onChart = new Set(document.nodes.map((node) => node.entityId));
    const edges: Array<[string, string]> = [];
    for (const link of document.links) {
      const summary = links.get(link.linkId)?.summary;
      if (summary && onChart.has(summary.fromId) && onChart.has(summary.toId))
        edges.push([summary.fromId, summary.toId]);
    }
    const result = await requestLayout({
      name,
      nodes: document.nodes.map((node) => ({
        id: node.entityId,
        x: node.x,
        y: node.y,
        pinned: node.pinned,
        groupId: node.groupId,
      })),
      edges,
    });
    const positions = new Map<string, Point>();
    result.ids.forEach((id, i) =>
      positions.set(id, { x: result.positions[i * 2]!, y: result.positions[i * 2 + 1]! }),
    );
    useChartStore.getState().move(positions);
    useChartUiStore
      .getState()
      .say(
        `Laid out ${plural(result.ids.length, 'entity', 'entities')} in ${(result.tookMs / 1000).toFixed(1)} s.`,
      );
  } catch (error) {
    useChartUiStore
      .getState()
      .say(`The layout failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    useChartUiStore.getState().setLayoutBusy(false);
  }
}

function show(outcome: AnalysisOutcome): void {
  useChartUiStore.getState().setAnalysis(outcome);
  useChartUiStore.getState().say(outcome.summary);
  const onChart = new Set(useChartStore.getState().document.nodes.map((node) => node.entityId));
  const entityIds = outcome.entityIds.filter((id) => onChart.has(id));
  useChartStore
    .getState()
    .setHighlight(
      entityIds.length > 0 || outcome.linkIds.length > 0
        ? { title: outcome.summary, entityIds, linkIds: outcome.linkIds }
        : null,
    );
}

/** Runs a chart-wide command in the analysis worker; shows and highlights the answer. */
export async function analyseChart(request: AnalysisRequest): Promise<void> {
  const ui = useChartUiStore.getState();
  ui.setAnalysisBusy(true);
  ui.showPanel('analysis');
  try {
    const inside = areaEntitySet(useSelectionStore.getState().area);
    show(await requestAnalysis(chartGraph(useChartStore.getState(), inside), request));
  } catch (error) {
    useChartUiStore
      .getState()
      .say(`The analysis failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    useChartUiStore.getState().setAnalysisBusy(false);
  }
}

function vaultOutcome(
  summary: string,
  result: Pick<GraphPathResult, 'entities' | 'links'>,
  columns: AnalysisOutcome['columns'],
  rows: AnalysisOutcome['rows'],
): AnalysisOutcome {
  const onChart = new Set(useChartStore.getState().document.nodes.map((node) => node.entityId));
  return {
    summary,
    scope: 'vault',
    entityIds: result.entities.map((entity) => entity.id),
    linkIds: result.links.map((link) => link.id),
    offChart: result.entities.map((entity) => entity.id).filter((id) => !onChart.has(id)),
    labels: Object.fromEntries(
      result.entities.map((entity) => [entity.id, entity.chartLabel || entity.label]),
    ),
    columns,
    rows,
  };
}

/** Find Path across the whole vault (through entities not yet on the chart), in the engine. */
export async function findPathInVault(
  fromId: string,
  toId: string,
  options: { followDirection: boolean; timeOrdered: boolean },
): Promise<void> {
  const ui = useChartUiStore.getState();
  ui.setAnalysisBusy(true);
  ui.showPanel('analysis');
  try {
    const result = await call('graph.findPath', {
      fromId,
      toId,
      followDirection: options.followDirection,
      timeOrdered: options.timeOrdered,
    });
    if (!result.found) {
      show({
        summary: 'No path joins them anywhere in the vault.',
        scope: 'vault',
        entityIds: [],
        linkIds: [],
        columns: [],
        rows: [],
      });
      return;
    }
    const first = result.paths[0]?.entityIds ?? [];
    const paths = result.totalPaths > 1 ? ` (${plural(result.totalPaths, 'tied path')})` : '';
    show(
      vaultOutcome(
        `Shortest path in the vault: ${plural(result.length ?? 0, 'link')}${paths}.`,
        result,
        [{ key: 'step', label: 'Step' }],
        first.map((entityId, step) => ({ entityId, values: { step: step + 1 } })),
      ),
    );
  } catch (error) {
    useChartUiStore.getState().say(errorMessage(error), 'error');
  } finally {
    useChartUiStore.getState().setAnalysisBusy(false);
  }
}

/** Find Connecting Network across the vault, in the engine. */
export async function connectInVault(ids: string[], followDirection: boolean): Promise<void> {
  const ui = useChartUiStore.getState();
  ui.setAnalysisBusy(true);
  ui.showPanel('analysis');
  try {
    const result = await call('graph.connectingNetwork', { ids, followDirection });
    const chosen = new Set(ids);
    show(
      vaultOutcome(
        `Connecting network in the vault: ${plural(result.entities.length, 'entity', 'entities')}, ${plural(result.links.length, 'link')}.`,
        result,
        [{ key: 'role', label: 'Role' }],
        result.entities.map((entity) => ({
          entityId: entity.id,
          values: { role: chosen.has(entity.id) ? 'Chosen' : 'Intermediary' },
        })),
      ),
    );
  } catch (error) {
    useChartUiStore.getState().say(errorMessage(error), 'error');
  } finally {
    useChartUiStore.getState().setAnalysisBusy(false);
  }
}

/** Puts a vault answer's entities on the chart (placed near what they link to) and highlights it. */
export async function addOutcomeToChart(outcome: AnalysisOutcome): Promise<void> {
  try {
    const result = await addToChart(outcome.entityIds, { select: false });
    useChartStore
      .getState()
      .setHighlight({ title: outcome.summary, entityIds: outcome.entityIds, linkIds: outcome.linkIds });
    useChartUiStore.getState().setAnalysis({ ...outcome, offChart: [] });
    useChartUiStore
      .getState()
      .say(`Added ${plural(result.added.length, 'entity', 'entities')} to the chart.`);
  } catch (error) {
    useChartUiStore.getState().say(errorMessage(error), 'error');
  }
}

export function clearAnalysis(): void {
  useChartStore.getState().setHighlight(null);
  useChartUiStore.getState().setAnalysis(null);
}

/** Entities selected on the chart (the shared selection, limited to what is on it). */
export function selectedOnChart(): string[] {
  const onChart = new Set(useChartStore.getState().document.nodes.map((node) => node.entityId));
  return useSelectionStore.getState().selected.filter((id) => onChart.has(id));
}

/** Delete: removes the selected entities, links and notes from the chart (not from the vault). */
export function removeSelection(): void {
  const { canvasSelection } = useChartUiStore.getState();
  const entityIds = selectedOnChart();
  if (entityIds.length === 0 && canvasSelection.linkIds.length === 0 && canvasSelection.noteIds.length === 0)
    return;
  useChartStore
    .getState()
    .remove({ entityIds, linkIds: canvasSelection.linkIds, annotationIds: canvasSelection.noteIds });
  useSelectionStore.getState().clear();
  useChartUiStore.getState().say(`Removed from the chart (the vault is unchanged). Undo with Ctrl+Z.`);
}
