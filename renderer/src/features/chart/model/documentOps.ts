/**
 * Pure edits of a ChartDocument. Each returns a new document and never mutates its input, so the
 * undo history can keep earlier documents as they were. Edits that change nothing return the
 * same object, which lets the store skip an empty history entry.
 */
import type {
  ChartAnnotation,
  ChartDocument,
  ChartFilters,
  ChartGroup,
  ChartLink,
  ChartNode,
} from '@shared/chart/document';
import type { Point } from './types';

/** A link's two entity ids, from the loaded link summaries. */
export type LinkEnds = (linkId: string) => readonly [string, string] | undefined;

/** Positions are kept to 0.01 px: finer digits are noise, and equal positions compare equal. */
const round = (value: number) => Math.round(value * 100) / 100;

export interface NewNode extends Point {
  entityId: string;
}

export function addItems(
  doc: ChartDocument,
  nodes: readonly NewNode[],
  linkIds: readonly string[],
): ChartDocument {
  const haveNodes = new Set(doc.nodes.map((node) => node.entityId));
  const haveLinks = new Set(doc.links.map((link) => link.linkId));
  const addedNodes: ChartNode[] = [];
  for (const node of nodes) {
    if (haveNodes.has(node.entityId)) continue;
    haveNodes.add(node.entityId);
    addedNodes.push({
      entityId: node.entityId,
      x: round(node.x),
      y: round(node.y),
      pinned: false,
      hidden: false,
      groupId: null,
      style: {},
    });
  }
  const addedLinks: ChartLink[] = [];
  for (const linkId of linkIds) {
    if (haveLinks.has(linkId)) continue;
    haveLinks.add(linkId);
    addedLinks.push({ linkId, hidden: false, style: {} });
  }
  if (addedNodes.length === 0 && addedLinks.length === 0) return doc;
  return { ...doc, nodes: [...doc.nodes, ...addedNodes], links: [...doc.links, ...addedLinks] };
}

/** Removes entities (with every link touching them), links and annotations. */
export function removeItems(
  doc: ChartDocument,
  items: { entityIds?: readonly string[]; linkIds?: readonly string[]; annotationIds?: readonly string[] },
  ends: LinkEnds,
): ChartDocument {
  const entities = new Set(items.entityIds ?? []);
  const links = new Set(items.linkIds ?? []);
  const notes = new Set(items.annotationIds ?? []);
  const nodes = doc.nodes.filter((node) => !entities.has(node.entityId));
  const keptLinks = doc.links.filter((link) => {
    if (links.has(link.linkId)) return false;
    const pair = ends(link.linkId);
    return !pair || (!entities.has(pair[0]) && !entities.has(pair[1]));
  });
  const annotations = doc.annotations.filter((note) => !notes.has(note.id));
  if (
    nodes.length === doc.nodes.length &&
    keptLinks.length === doc.links.length &&
    annotations.length === doc.annotations.length
  )
    return doc;
  // A group left with no members goes too: an empty box means nothing to an analyst.
  const used = new Set(nodes.map((node) => node.groupId).filter((id): id is string => id !== null));
  const groups = doc.groups.filter((group) => used.has(group.id));
  return {
    ...doc,
    nodes,
    links: keptLinks,
    annotations,
    groups: groups.length === doc.groups.length ? doc.groups : groups,
  };
}

function mapNodes(
  doc: ChartDocument,
  ids: readonly string[],
  change: (node: ChartNode) => ChartNode,
): ChartDocument {
  const wanted = new Set(ids);
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (!wanted.has(node.entityId)) return node;
    const next = change(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

function mapLinks(
  doc: ChartDocument,
  ids: readonly string[],
  change: (link: ChartLink) => ChartLink,
): ChartDocument {
  const wanted = new Set(ids);
  let changed = false;
  const links = doc.links.map((link) => {
    if (!wanted.has(link.linkId)) return link;
    const next = change(link);
    if (next !== link) changed = true;
    return next;
  });
  return changed ? { ...doc, links } : doc;
}

export function setHidden(
  doc: ChartDocument,
  items: { entityIds?: readonly string[]; linkIds?: readonly string[] },
  hidden: boolean,
): ChartDocument {
  const withNodes = mapNodes(doc, items.entityIds ?? [], (node) =>
    node.hidden === hidden ? node : { ...node, hidden },
  );
  return mapLinks(withNodes, items.linkIds ?? [], (link) =>
    link.hidden === hidden ? link : { ...link, hidden },
  );
}

/** Shows everything hidden by hand (filters are separate). */
export function showAll(doc: ChartDocument): ChartDocument {
  const hiddenNodes = doc.nodes.filter((node) => node.hidden).map((node) => node.entityId);
  const hiddenLinks = doc.links.filter((link) => link.hidden).map((link) => link.linkId);
  return setHidden(doc, { entityIds: hiddenNodes, linkIds: hiddenLinks }, false);
}

export function setPinned(doc: ChartDocument, entityIds: readonly string[], pinned: boolean): ChartDocument {
  return mapNodes(doc, entityIds, (node) => (node.pinned === pinned ? node : { ...node, pinned }));
}

/** Moves entities and annotations (a drag, a layout). Positions are rounded to 0.01 px. */
export function moveItems(
  doc: ChartDocument,
  positions: ReadonlyMap<string, Point>,
  annotations: ReadonlyMap<string, Point> = new Map(),
): ChartDocument {
  const withNodes = mapNodes(doc, [...positions.keys()], (node) => {
    const to = positions.get(node.entityId)!;
    const x = round(to.x);
    const y = round(to.y);
    return node.x === x && node.y === y ? node : { ...node, x, y };
  });
  if (annotations.size === 0) return withNodes;
  let changed = false;
  const notes = withNodes.annotations.map((note) => {
    const to = annotations.get(note.id);
    if (!to) return note;
    const x = round(to.x);
    const y = round(to.y);
    if (note.x === x && note.y === y) return note;
    changed = true;
    return { ...note, x, y };
  });
  return changed ? { ...withNodes, annotations: notes } : withNodes;
}

/** Puts entities in a new group box (leaving any group they were in). */
export function group(doc: ChartDocument, newGroup: ChartGroup, entityIds: readonly string[]): ChartDocument {
  if (entityIds.length === 0 || doc.groups.some((existing) => existing.id === newGroup.id)) return doc;
  const moved = mapNodes({ ...doc, groups: [...doc.groups, newGroup] }, entityIds, (node) => ({
    ...node,
    groupId: newGroup.id,
  }));
  return dropEmptyGroups(moved);
}

/** Removes a group box; its members stay on the chart where they are. */
export function ungroup(doc: ChartDocument, groupId: string): ChartDocument {
  if (!doc.groups.some((existing) => existing.id === groupId)) return doc;
  const members = doc.nodes.filter((node) => node.groupId === groupId).map((node) => node.entityId);
  const freed = mapNodes(doc, members, (node) => ({ ...node, groupId: null }));
  return { ...freed, groups: freed.groups.filter((existing) => existing.id !== groupId) };
}

/** Takes entities out of whatever group they are in. */
export function leaveGroup(doc: ChartDocument, entityIds: readonly string[]): ChartDocument {
  return dropEmptyGroups(
    mapNodes(doc, entityIds, (node) => (node.groupId === null ? node : { ...node, groupId: null })),
  );
}

export function updateGroup(
  doc: ChartDocument,
  groupId: string,
  change: Partial<Omit<ChartGroup, 'id'>>,
): ChartDocument {
  let changed = false;
  const groups = doc.groups.map((existing) => {
    if (existing.id !== groupId) return existing;
    const next = { ...existing, ...change };
    if ((Object.keys(change) as Array<keyof typeof change>).every((key) => next[key] === existing[key]))
      return existing;
    changed = true;
    return next;
  });
  return changed ? { ...doc, groups } : doc;
}

function dropEmptyGroups(doc: ChartDocument): ChartDocument {
  const used = new Set(doc.nodes.map((node) => node.groupId).filter((id): id is string => id !== null));
  const groups = doc.groups.filter((existing) => used.has(existing.id));
  return groups.length === doc.groups.length ? doc : { ...doc, groups };
}

export function addAnnotation(doc: ChartDocument, note: ChartAnnotation): ChartDocument {
  if (doc.annotations.some((existing) => existing.id === note.id)) return doc;
  return { ...doc, annotations: [...doc.annotations, note] };
}

export function updateAnnotation(
  doc: ChartDocument,
  id: string,
  change: Partial<Omit<ChartAnnotation, 'id'>>,
): ChartDocument {
  let changed = false;
  const annotations = doc.annotations.map((note) => {
    if (note.id !== id) return note;
    const next = { ...note, ...change };
    if ((Object.keys(change) as Array<keyof typeof change>).every((key) => next[key] === note[key]))
      return note;
    changed = true;
    return next;
  });
  return changed ? { ...doc, annotations } : doc;
}

export function styleNodes(
  doc: ChartDocument,
  entityIds: readonly string[],
  style: ChartNode['style'],
): ChartDocument {
  return mapNodes(doc, entityIds, (node) =>
    sameStyle(node.style, style) ? node : { ...node, style: { ...style } },
  );
}

export function styleLinks(
  doc: ChartDocument,
  linkIds: readonly string[],
  style: ChartLink['style'],
): ChartDocument {
  return mapLinks(doc, linkIds, (link) =>
    sameStyle(link.style, style) ? link : { ...link, style: { ...style } },
  );
}

function sameStyle(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => left[key] === right[key]);
}

export function setFilters(doc: ChartDocument, filters: ChartFilters): ChartDocument {
  return { ...doc, filters };
}

/**
 * After merges in the vault: a node whose entity was merged becomes (or joins) the survivor's
 * node, keeping the first position; deleted entities leave the chart with their links.
 */
export function applyMerges(
  doc: ChartDocument,
  merged: Readonly<Record<string, string>>,
  missing: readonly string[],
  ends: LinkEnds,
): ChartDocument {
  const gone = new Set(missing);
  const seen = new Set<string>();
  let changed = false;
  const nodes: ChartNode[] = [];
  for (const node of doc.nodes) {
    const survivor = merged[node.entityId];
    if (gone.has(node.entityId)) {
      changed = true;
      continue;
    }
    const entityId = survivor ?? node.entityId;
    if (seen.has(entityId)) {
      changed = true;
      continue;
    }
    seen.add(entityId);
    if (survivor) changed = true;
    nodes.push(survivor ? { ...node, entityId: survivor } : node);
  }
  if (!changed) return doc;
  const next = { ...doc, nodes };
  // Links to a gone entity disappear; links of a merged one were rewired in the vault and come back with their survivor.
  return removeItems(next, { entityIds: [...gone, ...Object.keys(merged)] }, ends);
}
