/**
 * The chart's state and its pure transitions (state → partial state), tested without React or
 * Cytoscape. The store in chartStore.ts binds them; the Cytoscape adapter only ever reads.
 */
import {
  emptyChartDocument,
  type ChartAnnotation,
  type ChartDocument,
  type ChartFilters,
  type ChartGroup,
} from '@shared/chart/document';
import type { ChartItems } from '@shared/contract/calls/chart';
import * as ops from './documentOps';
import { EMPTY_HISTORY, record, redo, undo, type ChartHistory } from './history';
import { placeNewNodes } from './placement';
import type { ChartEntityItem, ChartHighlight, ChartLinkItem, EntityItems, LinkItems, Point } from './types';

/** Slots the saved-charts feature fills: null until the chart is saved. */
export interface ChartMeta {
  chartId: string | null;
  name: string | null;
  /** The protective marking chosen for the saved chart (exports print it). */
  marking: string | null;
}

export interface ChartState {
  document: ChartDocument;
  entities: EntityItems;
  links: LinkItems;
  meta: ChartMeta;
  history: ChartHistory;
  /** Bumped by every change to the document (filters included, viewport not). */
  revision: number;
  /** The revision last saved (the saved-charts feature sets it); differs from `revision` when unsaved. */
  savedRevision: number;
  highlight: ChartHighlight | null;
  /** The link whose details the inspector shows (entity selection lives in the shared selection). */
  focusedLinkId: string | null;
}

export const EMPTY_META: ChartMeta = { chartId: null, name: null, marking: null };

export function initialChartState(): ChartState {
  return {
    document: emptyChartDocument(),
    entities: new Map(),
    links: new Map(),
    meta: EMPTY_META,
    history: EMPTY_HISTORY,
    revision: 0,
    savedRevision: 0,
    highlight: null,
    focusedLinkId: null,
  };
}

export const linkEndsOf =
  (links: LinkItems): ops.LinkEnds =>
  (linkId) => {
    const summary = links.get(linkId)?.summary;
    return summary ? [summary.fromId, summary.toId] : undefined;
  };

/** One undoable edit: nothing happens (and nothing is recorded) when the edit changes nothing. */
export function edit(
  state: ChartState,
  change: (doc: ChartDocument) => ChartDocument,
  key: string | null = null,
): Partial<ChartState> {
  const next = change(state.document);
  if (next === state.document) return {};
  return {
    document: next,
    history: record(state.history, state.document, key),
    revision: state.revision + 1,
  };
}

function mergeItems(
  state: ChartState,
  items: ChartItems,
): { entities: Map<string, ChartEntityItem>; links: Map<string, ChartLinkItem> } {
  const entities = new Map(state.entities);
  for (const item of items.entities) entities.set(item.summary.id, item);
  const links = new Map(state.links);
  for (const item of items.links) links.set(item.summary.id, item);
  return { entities, links };
}

export interface ApplyItemsOptions {
  /** Known positions (a saved layout, a path laid out by the caller); the rest are placed. */
  positions?: ReadonlyMap<string, Point>;
}

/**
 * Adds what `chart.items` returned: new entities placed incrementally (existing ones keep their
 * places), their links, and any merges the vault reports. One undo step.
 */
export function applyItems(
  state: ChartState,
  items: ChartItems,
  options: ApplyItemsOptions = {},
): Partial<ChartState> {
  const { entities, links } = mergeItems(state, items);
  const merged =
    Object.keys(items.merged).length > 0 || items.missing.length > 0
      ? ops.applyMerges(state.document, items.merged, items.missing, linkEndsOf(state.links))
      : state.document;
  const onChart = new Map<string, Point>(
    merged.nodes.map((node) => [node.entityId, { x: node.x, y: node.y }]),
  );
  const newIds = items.entities.map((item) => item.summary.id).filter((id) => !onChart.has(id));
  const given = options.positions ?? new Map<string, Point>();
  const toPlace = newIds.filter((id) => !given.has(id));
  const known = new Map(onChart);
  for (const id of newIds) if (given.has(id)) known.set(id, given.get(id)!);
  const placed =
    toPlace.length > 0
      ? placeNewNodes(
          known,
          toPlace,
          items.links.map((item) => [item.summary.fromId, item.summary.toId] as const),
        )
      : new Map<string, Point>();
  const nodes = newIds.map((entityId) => ({ entityId, ...(given.get(entityId) ?? placed.get(entityId)!) }));
  const onChartAfter = new Set([...onChart.keys(), ...newIds]);
  const linkIds = items.links
    .map((item) => item.summary)
    .filter((summary) => onChartAfter.has(summary.fromId) && onChartAfter.has(summary.toId))
    .map((summary) => summary.id);
  const next = ops.addItems(merged, nodes, linkIds);
  if (next === state.document) return { entities, links };
  return {
    entities,
    links,
    document: next,
    history: record(state.history, state.document),
    revision: state.revision + 1,
  };
}

/**
 * Fresh summaries for what is already on the chart (after edits, merges or deletions elsewhere).
 * Not an undo step; merged and deleted entities are resolved on the document directly.
 */
export function refreshItems(state: ChartState, items: ChartItems): Partial<ChartState> {
  const { entities, links } = mergeItems(state, items);
  // Links that now join two chart entities (made elsewhere) appear; deleted ones go.
  const returned = new Set(items.links.map((item) => item.summary.id));
  let doc = ops.applyMerges(state.document, items.merged, items.missing, linkEndsOf(state.links));
  const onChart = new Set(doc.nodes.map((node) => node.entityId));
  const gone = doc.links.filter((link) => !returned.has(link.linkId)).map((link) => link.linkId);
  doc = ops.removeItems(doc, { linkIds: gone }, linkEndsOf(links));
  const fresh = items.links
    .map((item) => item.summary)
    .filter((summary) => onChart.has(summary.fromId) && onChart.has(summary.toId));
  doc = ops.addItems(
    doc,
    [],
    fresh.map((summary) => summary.id),
  );
  return doc === state.document
    ? { entities, links }
    : { entities, links, document: doc, revision: state.revision + 1 };
}

export function removeItems(
  state: ChartState,
  items: { entityIds?: readonly string[]; linkIds?: readonly string[]; annotationIds?: readonly string[] },
): Partial<ChartState> {
  const result = edit(state, (doc) => ops.removeItems(doc, items, linkEndsOf(state.links)));
  if (!result.document) return result;
  const focused = state.focusedLinkId;
  return focused && !result.document.links.some((link) => link.linkId === focused)
    ? { ...result, focusedLinkId: null }
    : result;
}

export function setFilters(state: ChartState, filters: ChartFilters): Partial<ChartState> {
  return { document: ops.setFilters(state.document, filters), revision: state.revision + 1 };
}

/** Pan and zoom are kept for saving but are neither an edit nor an undo step. */
export function setViewport(
  state: ChartState,
  viewport: NonNullable<ChartDocument['viewport']>,
): Partial<ChartState> {
  const current = state.document.viewport;
  if (
    current &&
    current.zoom === viewport.zoom &&
    current.panX === viewport.panX &&
    current.panY === viewport.panY
  )
    return {};
  return { document: { ...state.document, viewport } };
}

export function undoEdit(state: ChartState): Partial<ChartState> {
  const result = undo(state.history, state.document);
  return result
    ? { history: result.history, document: result.document, revision: state.revision + 1, highlight: null }
    : {};
}

export function redoEdit(state: ChartState): Partial<ChartState> {
  const result = redo(state.history, state.document);
  return result
    ? { history: result.history, document: result.document, revision: state.revision + 1, highlight: null }
    : {};
}

/** A saved chart opened: its document, the vault's items for it, and its saved-chart slots. */
export function load(document: ChartDocument, items: ChartItems, meta: ChartMeta): ChartState {
  const base = initialChartState();
  const { entities, links } = mergeItems(base, items);
  const merged = ops.applyMerges(document, items.merged, items.missing, linkEndsOf(links));
  // Links deleted in the vault since the chart was saved leave it.
  const live = new Set(items.links.map((item) => item.summary.id));
  const doc = ops.removeItems(
    merged,
    { linkIds: merged.links.filter((link) => !live.has(link.linkId)).map((link) => link.linkId) },
    linkEndsOf(links),
  );
  return { ...base, document: doc, entities, links, meta };
}

export function newGroup(
  id: string,
  label: string,
  entityIds: readonly string[],
): (state: ChartState) => Partial<ChartState> {
  const created: ChartGroup = { id, label, collapsed: false };
  return (state) => edit(state, (doc) => ops.group(doc, created, entityIds));
}

export function newAnnotation(note: ChartAnnotation): (state: ChartState) => Partial<ChartState> {
  return (state) => edit(state, (doc) => ops.addAnnotation(doc, note));
}
