/**
 * Saving and opening charts through the engine (charts.*): the whole ChartDocument goes to the
 * vault; what the chart shows is always read fresh from the vault when it is opened.
 */
import type { OpenedChart, SavedChart } from '@shared/contract/calls/charts';
import { plural } from '@shared/format/numbers';
import { call } from '../../../lib/fenlight';
import { openChartDocument } from '../chartData';
import { getChartDocument, useChartStore } from '../chartStore';
import { exportMarking } from './markingChoices';

/** The floor for the chart as it stands: what the marking list may offer. */
export async function chartFloor(): Promise<{ marking: string; handlingConditions: string[] }> {
  const document = getChartDocument();
  return call('charts.minimumMarking', {
    entityIds: document.nodes.map((node) => node.entityId),
    linkIds: document.links.map((link) => link.linkId),
  });
}

export interface SaveRequest {
  name: string;
  description: string;
  marking: string;
  /** A new chart (Save as copy), leaving the one open unchanged in the vault. */
  asCopy: boolean;
}

/** Saves the chart on screen; later saves overwrite the same chart unless `asCopy`. */
export async function saveChart(request: SaveRequest): Promise<SavedChart> {
  const state = useChartStore.getState();
  const revision = state.revision;
  const chartId = request.asCopy ? null : state.meta.chartId;
  const saved = await call('charts.save', {
    ...(chartId ? { id: chartId } : {}),
    name: request.name,
    description: request.description,
    marking: request.marking,
    document: state.document,
  });
  // Edits made while saving stay unsaved: mark only the revision that was sent.
  useChartStore.setState({ meta: { chartId: saved.id, name: saved.name, marking: saved.marking }, savedRevision: revision });
  return saved;
}

/** Ctrl+S on a chart already saved: the same name, description and marking, overwritten. */
export async function saveAgain(): Promise<SavedChart | null> {
  const { meta } = useChartStore.getState();
  if (!meta.chartId || !meta.name) return null;
  const listed = (await call('charts.list', {})).find((chart) => chart.id === meta.chartId);
  if (!listed) return null;
  return saveChart({ name: meta.name, description: listed.description, marking: meta.marking ?? listed.marking, asCopy: false });
}

/** What changed in the vault since the chart was saved, in words; null when nothing did. */
export function describeChanges(changes: OpenedChart['changes']): string | null {
  const parts: string[] = [];
  if (changes.merged.length > 0) parts.push(`${plural(changes.merged.length, 'entity', 'entities')} merged into another (shown as the merged record)`);
  if (changes.missingEntities > 0) parts.push(`${plural(changes.missingEntities, 'entity', 'entities')} deleted from the vault`);
  if (changes.missingLinks > 0) parts.push(`${plural(changes.missingLinks, 'link')} deleted or no longer between entities on the chart`);
  if (parts.length === 0) return null;
  return `Since it was saved: ${parts.join('; ')}.`;
}

/** Opens a saved chart in place of the one on screen; returns what the analyst should be told. */
export async function openSavedChart(id: string): Promise<{ chart: SavedChart; message: string }> {
  const opened = await call('charts.open', { id });
  await openChartDocument(opened.chart.document, { chartId: opened.chart.id, name: opened.chart.name, marking: opened.chart.marking });
  const changed = describeChanges(opened.changes);
  const raised = exportMarking(opened.chart.marking, opened.minimumMarking) !== opened.chart.marking.trim().toUpperCase();
  const floorNote = raised ? ` What it shows is now marked ${opened.minimumMarking}, above the chart’s ${opened.chart.marking}: exports carry ${opened.minimumMarking}, and saving it again raises its marking.` : '';
  const counts = `${plural(opened.chart.document.nodes.length, 'entity', 'entities')}, ${plural(opened.chart.document.links.length, 'link')}`;
  return { chart: opened.chart, message: `Opened “${opened.chart.name}” (${counts}).${changed ? ` ${changed}` : ''}${floorNote}` };
}
