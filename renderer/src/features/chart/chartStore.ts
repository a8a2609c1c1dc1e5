/**
 * The link chart's store: the ChartDocument (what saved charts and exports persist), the vault
 * items it shows, its saved-chart slots and its undo history. Actions are the pure transitions of
 * model/chartTransitions.ts; the Cytoscape instance lives in the canvas adapter, never here.
 */
import { create } from 'zustand';
import type { ChartDocument, ChartFilters, ChartLink, ChartNode } from '@shared/chart/document';
import type { ChartItems } from '@shared/contract/calls/chart';
import { onSessionReset } from '../../lib/sessionReset';
import * as ops from './model/documentOps';
import * as t from './model/chartTransitions';
import type { ChartHighlight, Point } from './model/types';

export type { ChartMeta, ChartState } from './model/chartTransitions';

export interface ChartActions {
  applyItems(items: ChartItems, options?: t.ApplyItemsOptions): void;
  refreshItems(items: ChartItems): void;
  remove(items: {
    entityIds?: readonly string[];
    linkIds?: readonly string[];
    annotationIds?: readonly string[];
  }): void;
  setHidden(items: { entityIds?: readonly string[]; linkIds?: readonly string[] }, hidden: boolean): void;
  showAll(): void;
  setPinned(entityIds: readonly string[], pinned: boolean): void;
  /** A drag or a layout: one undo step for all the positions given. */
  move(positions: ReadonlyMap<string, Point>, annotations?: ReadonlyMap<string, Point>): void;
  group(label: string, entityIds: readonly string[]): string;
  ungroup(groupId: string): void;
  leaveGroup(entityIds: readonly string[]): void;
  setGroupCollapsed(groupId: string, collapsed: boolean): void;
  renameGroup(groupId: string, label: string): void;
  annotate(text: string, at: Point): string;
  editAnnotation(id: string, text: string): void;
  styleNodes(entityIds: readonly string[], style: ChartNode['style']): void;
  styleLinks(linkIds: readonly string[], style: ChartLink['style']): void;
  setFilters(filters: ChartFilters): void;
  setViewport(viewport: NonNullable<ChartDocument['viewport']>): void;
  undo(): void;
  redo(): void;
  setHighlight(highlight: ChartHighlight | null): void;
  focusLink(linkId: string | null): void;
  /** For the saved-charts feature: open a saved document with its items and slots (clears the history). */
  load(document: ChartDocument, items: ChartItems, meta: t.ChartMeta): void;
  /** For the saved-charts feature: fill the slots after a save and mark the current revision saved. */
  markSaved(meta: t.ChartMeta): void;
  /** An empty, unsaved chart. */
  clear(): void;
}

export type ChartStore = t.ChartState & ChartActions;

const newId = () => crypto.randomUUID();

export const useChartStore = create<ChartStore>()((set, get) => ({
  ...t.initialChartState(),
  applyItems: (items, options) => set((state) => t.applyItems(state, items, options)),
  refreshItems: (items) => set((state) => t.refreshItems(state, items)),
  remove: (items) => set((state) => t.removeItems(state, items)),
  setHidden: (items, hidden) => set((state) => t.edit(state, (doc) => ops.setHidden(doc, items, hidden))),
  showAll: () => set((state) => t.edit(state, ops.showAll)),
  setPinned: (ids, pinned) => set((state) => t.edit(state, (doc) => ops.setPinned(doc, ids, pinned))),
  move: (positions, annotations) =>
    set((state) => t.edit(state, (doc) => ops.moveItems(doc, positions, annotations))),
  group: (label, entityIds) => {
    const id = newId();
    set(t.newGroup(id, label, entityIds));
    return id;
  },
  ungroup: (groupId) => set((state) => t.edit(state, (doc) => ops.ungroup(doc, groupId))),
  leaveGroup: (ids) => set((state) => t.edit(state, (doc) => ops.leaveGroup(doc, ids))),
  setGroupCollapsed: (groupId, collapsed) =>
    set((state) => t.edit(state, (doc) => ops.updateGroup(doc, groupId, { collapsed }))),
  renameGroup: (groupId, label) =>
    set((state) =>
      t.edit(state, (doc) => ops.updateGroup(doc, groupId, { label }), `group-label:${groupId}`),
    ),
  annotate: (text, at) => {
    const id = newId();
    set(t.newAnnotation({ id, text, x: at.x, y: at.y, width: 240 }));
    return id;
  },
  editAnnotation: (id, text) =>
    set((state) => t.edit(state, (doc) => ops.updateAnnotation(doc, id, { text }), `note-text:${id}`)),
  styleNodes: (ids, style) => set((state) => t.edit(state, (doc) => ops.styleNodes(doc, ids, style))),
  styleLinks: (ids, style) => set((state) => t.edit(state, (doc) => ops.styleLinks(doc, ids, style))),
  setFilters: (filters) => set((state) => t.setFilters(state, filters)),
  setViewport: (viewport) => set((state) => t.setViewport(state, viewport)),
  undo: () => set(t.undoEdit),
  redo: () => set(t.redoEdit),
  setHighlight: (highlight) => set({ highlight }),
  focusLink: (linkId) => set({ focusedLinkId: linkId }),
  load: (document, items, meta) => set(t.load(document, items, meta)),
  markSaved: (meta) => set({ meta, savedRevision: get().revision }),
  clear: () => set(t.initialChartState()),
}));

/** The document as it stands (for saving and exporting). */
export function getChartDocument(): ChartDocument {
  return useChartStore.getState().document;
}

// A locked vault leaves nothing of its records on screen.
onSessionReset(() => useChartStore.setState(t.initialChartState()));
