/**
 * What the canvas should show, derived purely from the chart state: one descriptor per Cytoscape
 * element with its data, classes, parent and position. The adapter diffs successive models, so a
 * change to one node touches one element. Collapsed groups are drawn as one summary node, with
 * their outside links gathered into one "meta" link per outside neighbour.
 */
import type { ChartDocument } from '@shared/chart/document';
import type { FilteredOut } from '../model/filters';
import type { ChartHighlight, EntityItems, LinkItems, Point } from '../model/types';
import { nodeImage } from './icons';
import { linkTypeColours, themed, type ChartTheme } from './palette';

/** Above this many links, link labels show only on selected links. */
export const LINK_LABELS_MAX = 400;

export type ElementKind = 'entity' | 'link' | 'group' | 'summary' | 'note' | 'meta';

export interface ElementDesc {
  id: string;
  group: 'nodes' | 'edges';
  kind: ElementKind;
  data: Record<string, string | number>;
  classes: string;
  parent?: string;
  position?: Point;
  /** Everything but the position, to tell cheaply whether the element must be updated. */
  signature: string;
}

export interface RenderModel {
  elements: ElementDesc[];
}

export const cyId = {
  entity: (id: string) => `e:${id}`,
  link: (id: string) => `l:${id}`,
  group: (id: string) => `g:${id}`,
  summary: (id: string) => `gs:${id}`,
  note: (id: string) => `n:${id}`,
  meta: (groupId: string, other: string) => `m:${groupId}|${other}`,
};

/** The record id behind a Cytoscape id, and what kind of element it is. */
export function parseCyId(id: string): { kind: ElementKind; id: string } | null {
  const colon = id.indexOf(':');
  const prefix = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const kinds: Record<string, ElementKind> = {
    e: 'entity',
    l: 'link',
    g: 'group',
    gs: 'summary',
    n: 'note',
    m: 'meta',
  };
  const kind = kinds[prefix];
  return kind ? { kind, id: rest } : null;
}

export interface RenderInput {
  document: ChartDocument;
  entities: EntityItems;
  links: LinkItems;
  filteredOut: FilteredOut;
  highlight: ChartHighlight | null;
  theme: ChartTheme;
  /** Vector symbols (SVG) for exports; the screen uses bitmaps, which draw far faster. */
  vectorIcons?: boolean;
}

function noteSize(text: string, width: number): { width: number; height: number } {
  // An estimate at 12 px text (about 6.5 px a character): the canvas wraps, this sizes the box.
  const perLine = Math.max(8, Math.floor((width - 16) / 6.5));
  const lines = text
    .split('\n')
    .reduce((count, line) => count + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return { width, height: Math.max(28, lines * 16 + 14) };
}

function describe(desc: Omit<ElementDesc, 'signature'>): ElementDesc {
  return { ...desc, signature: `${desc.classes}|${desc.parent ?? ''}|${JSON.stringify(desc.data)}` };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The entity pairs joined by more than one link on the chart. Cytoscape's bundled curves cost a
 * pass over every edge's siblings whenever styles or positions change, which on a chart of
 * thousands of links was most of a frame; straight lines need none.
 */
function pairsWithManyLinks(doc: ChartDocument, links: LinkItems): Set<string> {
  const seen = new Set<string>();
  const many = new Set<string>();
  for (const link of doc.links) {
    const summary = links.get(link.linkId)?.summary;
    if (!summary) continue;
    const key = pairKey(summary.fromId, summary.toId);
    if (seen.has(key)) many.add(key);
    else seen.add(key);
  }
  return many;
}

export function buildRenderModel(input: RenderInput): RenderModel {
  const { document: doc, entities, links, filteredOut, highlight, theme } = input;
  const mode = doc.filters.mode;
  const filterClass = mode === 'hide' ? 'filtered-hide' : 'filtered-dim';
  const lit = highlight
    ? { entities: new Set(highlight.entityIds), links: new Set(highlight.linkIds) }
    : null;
  const collapsed = new Map(doc.groups.filter((group) => group.collapsed).map((group) => [group.id, group]));
  const elements: ElementDesc[] = [];
  /** Where each entity is drawn: its own node, or its collapsed group's summary. */
  const drawnAs = new Map<string, string>();
  const members = new Map<string, Array<[string, number, number]>>();

  for (const node of doc.nodes) {
    const item = entities.get(node.entityId);
    if (!item) continue;
    if (node.groupId !== null && collapsed.has(node.groupId)) {
      drawnAs.set(node.entityId, cyId.summary(node.groupId));
      const list = members.get(node.groupId) ?? [];
      list.push([node.entityId, node.x, node.y]);
      members.set(node.groupId, list);
      continue;
    }
    drawnAs.set(node.entityId, cyId.entity(node.entityId));
    const { summary } = item;
    const classes = ['entity', `type-${summary.type}`];
    if (node.hidden) classes.push('hidden');
    if (filteredOut.entityIds.has(node.entityId)) classes.push(filterClass);
    if (node.pinned) classes.push('pinned');
    if (lit) classes.push(lit.entities.has(node.entityId) ? 'highlight' : 'faded');
    const scale = node.style.size ?? 1;
    elements.push(
      describe({
        id: cyId.entity(node.entityId),
        group: 'nodes',
        kind: 'entity',
        data: {
          label: summary.chartLabel || summary.label,
          image: nodeImage(
            {
              type: summary.type,
              category: summary.category,
              nrm: item.nrm,
              conditions: summary.hasHandlingConditions,
              pinned: node.pinned,
              unreviewed: summary.reviewState === 'unreviewed',
              colour: node.style.colour,
              theme,
            },
            input.vectorIcons ?? false,
          ),
          size: Math.round(64 * scale),
        },
        classes: classes.join(' '),
        ...(node.groupId !== null ? { parent: cyId.group(node.groupId) } : {}),
        position: { x: node.x, y: node.y },
      }),
    );
  }

  const counts = new Map<string, number>();
  for (const node of doc.nodes)
    if (node.groupId !== null) counts.set(node.groupId, (counts.get(node.groupId) ?? 0) + 1);
  for (const group of doc.groups) {
    const isCollapsed = collapsed.has(group.id);
    const count = counts.get(group.id) ?? 0;
    if (isCollapsed) {
      const points = members.get(group.id) ?? [];
      if (points.length === 0) continue;
      const centre = {
        x: points.reduce((sum, p) => sum + p[1], 0) / points.length,
        y: points.reduce((sum, p) => sum + p[2], 0) / points.length,
      };
      elements.push(
        describe({
          id: cyId.summary(group.id),
          group: 'nodes',
          kind: 'summary',
          // Members' places travel with the summary, so dragging it can move them all.
          data: {
            label: `${group.label} (${count})`,
            colour: group.colour ?? '',
            members: JSON.stringify(points),
          },
          classes: `group-summary${lit ? ' faded' : ''}`,
          position: centre,
        }),
      );
    } else if (count > 0) {
      elements.push(
        describe({
          id: cyId.group(group.id),
          group: 'nodes',
          kind: 'group',
          data: { label: `${group.label} (${count})`, colour: group.colour ?? '' },
          classes: 'group-box',
        }),
      );
    }
  }

  const labelLinks = doc.links.length <= LINK_LABELS_MAX;
  const parallel = pairsWithManyLinks(doc, links);
  const meta = new Map<
    string,
    { from: string; to: string; groupId: string; count: number; dimmed: boolean }
  >();
  for (const link of doc.links) {
    const item = links.get(link.linkId);
    if (!item) continue;
    const { summary } = item;
    const from = drawnAs.get(summary.fromId);
    const to = drawnAs.get(summary.toId);
    if (!from || !to) continue;
    if (from !== cyId.entity(summary.fromId) || to !== cyId.entity(summary.toId)) {
      // At least one end is folded into a collapsed group: one meta link per pair of drawn ends.
      if (from === to) continue;
      const [a, b] = from < to ? [from, to] : [to, from];
      const key = `${a}|${b}`;
      const groupId = (from.startsWith('gs:') ? from : to).slice(3);
      const entry = meta.get(key) ?? { from: a, to: b, groupId, count: 0, dimmed: true };
      entry.count += 1;
      entry.dimmed &&= link.hidden || filteredOut.linkIds.has(link.linkId);
      meta.set(key, entry);
      continue;
    }
    const classes = ['link', `strength-${summary.strength}`];
    // Only links that share their ends need curves to be told apart; the rest are drawn straight.
    if (parallel.has(pairKey(summary.fromId, summary.toId))) classes.push('parallel');
    if (labelLinks) classes.push('labelled');
    if (summary.directed) classes.push('directed');
    if (link.hidden) classes.push('hidden');
    if (filteredOut.linkIds.has(link.linkId)) classes.push(filterClass);
    if (lit) classes.push(lit.links.has(link.linkId) ? 'highlight' : 'faded');
    elements.push(
      describe({
        id: cyId.link(link.linkId),
        group: 'edges',
        kind: 'link',
        data: {
          source: from,
          target: to,
          label: summary.label,
          colour: link.style.colour ?? themed(linkTypeColours[summary.type], theme),
          width: link.style.width ?? 2,
        },
        classes: classes.join(' '),
      }),
    );
  }
  for (const [key, entry] of meta) {
    elements.push(
      describe({
        id: cyId.meta(entry.groupId, key),
        group: 'edges',
        kind: 'meta',
        data: {
          source: entry.from,
          target: entry.to,
          label: entry.count > 1 ? `${entry.count} links` : '1 link',
        },
        classes: `meta-link${entry.dimmed ? ` ${filterClass}` : ''}${lit ? ' faded' : ''}`,
      }),
    );
  }

  for (const note of doc.annotations) {
    const size = noteSize(note.text, note.width);
    elements.push(
      describe({
        id: cyId.note(note.id),
        group: 'nodes',
        kind: 'note',
        data: { label: note.text, width: size.width, height: size.height, wrap: size.width - 16 },
        classes: `note${lit ? ' faded' : ''}`,
        position: { x: note.x, y: note.y },
      }),
    );
  }
  return { elements };
}
