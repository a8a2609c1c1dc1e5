/**
 * Getting vault records onto the chart: `addToChart` (search, entity profiles and reports call
 * it), neighbourhood expansion, refreshing after edits elsewhere, and opening a saved document.
 * Requests run one after another so each sees the chart the previous one left.
 */
import type { ChartDocument } from '@shared/chart/document';
import type { ChartItems } from '@shared/contract/calls/chart';
import type { CallInput } from '@shared/contract';
import { call } from '../../lib/fenlight';
import { useSelectionStore } from '../selection/selectionStore';
import { useShellStore } from '../shell/shellStore';
import { useChartStore, type ChartMeta } from './chartStore';
import type { Point } from './model/types';

let queue: Promise<unknown> = Promise.resolve();

function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export interface AddResult {
  /** Entities newly put on the chart. */
  added: string[];
  /** Asked for but already on it. */
  alreadyOnChart: string[];
  /** No longer in the vault. */
  missing: string[];
}

export interface AddOptions {
  /** Known positions for some of the entities (the rest are placed near their links). */
  positions?: ReadonlyMap<string, Point>;
  /** Select the entities afterwards (default true), so the inspector and map follow. */
  select?: boolean;
  /** Show the chart if the current view hides it (default false). */
  reveal?: boolean;
}

/**
 * Puts entities on the chart with the links between them and what is already there. Existing
 * items keep their places. Throws CallError (with a message for the analyst) on failure.
 */
export function addToChart(entityIds: readonly string[], options: AddOptions = {}): Promise<AddResult> {
  return serially(async () => {
    const onChart = new Set(useChartStore.getState().document.nodes.map((node) => node.entityId));
    const wanted = [...new Set(entityIds)];
    const fresh = wanted.filter((id) => !onChart.has(id));
    const alreadyOnChart = wanted.filter((id) => onChart.has(id));
    let added: string[] = [];
    let missing: string[] = [];
    if (fresh.length > 0) {
      const items = await call('chart.items', { entityIds: fresh, contextIds: [...onChart] });
      const before = new Set(useChartStore.getState().document.nodes.map((node) => node.entityId));
      useChartStore.getState().applyItems(items, options.positions ? { positions: options.positions } : {});
      added = items.entities.map((item) => item.summary.id).filter((id) => !before.has(id));
      missing = items.missing;
      for (const [asked, survivor] of Object.entries(items.merged))
        if (before.has(survivor)) alreadyOnChart.push(asked);
    }
    if (options.select !== false) {
      const shown = [
        ...added,
        ...alreadyOnChart.filter((id) =>
          useChartStore.getState().document.nodes.some((node) => node.entityId === id),
        ),
      ];
      if (shown.length > 0) useSelectionStore.getState().select(shown, 'chart');
    }
    if (options.reveal) {
      const view = useShellStore.getState().view;
      if (view !== 'chart' && view !== 'workbench') useShellStore.getState().navigate('chart');
    }
    return { added, alreadyOnChart, missing };
  });
}

export type ExpandOptions = Omit<CallInput<'graph.neighbours'>, 'ids'>;

/** The chart's Expand: the seeds' neighbourhood in the vault, added around them. */
export function expandNeighbours(
  seedIds: readonly string[],
  options: ExpandOptions,
): Promise<AddResult & { truncated: boolean }> {
  return serially(async () => {
    const result = await call('graph.neighbours', { ...options, ids: [...seedIds] });
    return { ids: result.entities.map((entity) => entity.id), truncated: result.truncated };
  }).then(async ({ ids, truncated }) => ({ ...(await addToChart(ids)), truncated }));
}

/** Fresh summaries for everything on the chart (after edits, merges or deletions elsewhere). */
export function refreshChart(): Promise<void> {
  return serially(async () => {
    const ids = useChartStore.getState().document.nodes.map((node) => node.entityId);
    if (ids.length === 0) return;
    const items = await call('chart.items', { entityIds: ids });
    useChartStore.getState().refreshItems(items);
  });
}

/**
 * For the saved-charts feature: opens a saved document (positions as saved), reading its items
 * fresh from the vault. Merged entities appear as their survivors; deleted ones are dropped.
 */
export function openChartDocument(document: ChartDocument, meta: ChartMeta): Promise<ChartItems> {
  return serially(async () => {
    const ids = document.nodes.map((node) => node.entityId);
    const items: ChartItems =
      ids.length > 0
        ? await call('chart.items', { entityIds: ids })
        : { entities: [], links: [], merged: {}, missing: [] };
    useChartStore.getState().load(document, items, meta);
    return items;
  });
}
