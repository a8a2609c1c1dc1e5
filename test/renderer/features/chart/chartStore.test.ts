import { beforeEach, describe, expect, it } from 'vitest';
import type { ChartDocument } from '@shared/chart/document';
import { resetSession } from '../../../../renderer/src/lib/sessionReset';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { HISTORY_LIMIT } from '../../../../renderer/src/features/chart/model/history';
import { entityItem, items, linkItem, star } from './fixtures';

const store = () => useChartStore.getState();
const positions = () =>
  new Map(store().document.nodes.map((node) => [node.entityId, { x: node.x, y: node.y }]));
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

beforeEach(() => store().clear());

describe('chart store: adding', () => {
  it('adds entities and the links among them as one undo step, at distinct places', () => {
    store().applyItems(star(5));
    expect(store().document.nodes.map((node) => node.entityId)).toEqual(['h', 's0', 's1', 's2', 's3', 's4']);
    expect(store().document.links.map((link) => link.linkId)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4']);
    expect(store().history.past).toHaveLength(1);
    const placed = [...positions().values()];
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(distance(placed[i]!, placed[j]!)).toBeGreaterThan(50);
  });

  it('places new entities near their links and never moves what is already on the chart', () => {
    store().applyItems(star(4));
    store().move(new Map([['s0', { x: 400, y: -250 }]]));
    const before = positions();
    const more = Array.from({ length: 30 }, (_, i) => entityItem(`n${i}`));
    store().applyItems(
      items(
        more,
        [...more.map((item, i) => linkItem(`m${i}`, 's0', item.summary.id)), linkItem('x', 'n0', 'h')],
        { entities: more },
      ),
    );
    const after = positions();
    for (const [id, point] of before) expect(after.get(id)).toEqual(point);
    const s0 = after.get('s0')!;
    const placed = more.map((item) => after.get(item.summary.id)!);
    // 30 spokes fit in the first three rings around s0 (6 + 12 + 18 slots, 90 apart).
    for (const point of placed) expect(distance(point, s0)).toBeLessThanOrEqual(3 * 90 + 1);
    const everything = [...after.values()];
    for (let i = 0; i < everything.length; i++)
      for (let j = i + 1; j < everything.length; j++)
        expect(distance(everything[i]!, everything[j]!)).toBeGreaterThan(60);
  });

  it('places an unlinked cluster beside the chart, with its members together', () => {
    store().applyItems(star(2));
    const right = Math.max(...[...positions().values()].map((point) => point.x));
    store().applyItems(items([entityItem('a'), entityItem('b')], [linkItem('ab', 'a', 'b')]));
    const after = positions();
    expect(after.get('a')!.x).toBeGreaterThan(right);
    expect(distance(after.get('a')!, after.get('b')!)).toBeLessThanOrEqual(2 * 90 + 1);
  });

  it('places a neighbourhood of 500 (graph.neighbours’ default limit) on a 2,000-entity chart (the bench measures the 300 ms budget in Chromium)', () => {
    store().applyItems(star(1999));
    const more = Array.from({ length: 500 }, (_, i) => entityItem(`n${i}`));
    const links = more.map((item, i) => linkItem(`m${i}`, `s${i * 3}`, item.summary.id));
    const before = new Map(store().document.nodes.map((node) => [node.entityId, { x: node.x, y: node.y }]));
    store().applyItems(items(more, links));
    expect(store().document.nodes).toHaveLength(2500);
    // Incremental: what was on the chart keeps its place.
    for (const node of store().document.nodes.slice(0, 2000)) expect({ x: node.x, y: node.y }).toEqual(before.get(node.entityId));
  });

  it('uses given positions where known', () => {
    store().applyItems(items([entityItem('a'), entityItem('b')]), {
      positions: new Map([['a', { x: 10, y: 20 }]]),
    });
    expect(positions().get('a')).toEqual({ x: 10, y: 20 });
    expect(positions().get('b')).toBeDefined();
  });

  it('shows a merged entity as its survivor and drops deleted ones', () => {
    store().applyItems(
      items(
        [entityItem('a'), entityItem('b'), entityItem('c')],
        [linkItem('ab', 'a', 'b'), linkItem('bc', 'b', 'c')],
      ),
    );
    const aAt = positions().get('a');
    store().refreshItems(
      items([entityItem('z'), entityItem('b')], [linkItem('zb', 'z', 'b')], {
        merged: { a: 'z' },
        missing: ['c'],
      }),
    );
    expect(store().document.nodes.map((node) => node.entityId)).toEqual(['z', 'b']);
    expect(positions().get('z')).toEqual(aAt);
    expect(store().document.links.map((link) => link.linkId)).toEqual(['zb']);
  });
});

describe('chart store: undo and redo', () => {
  it('restores the exact document at every step of a long sequence, backwards and forwards', () => {
    const snapshots: ChartDocument[] = [store().document];
    const step = (action: () => void) => {
      action();
      snapshots.push(store().document);
    };
    step(() => store().applyItems(star(4)));
    step(() =>
      store().applyItems(
        items(
          [entityItem('v', { type: 'vehicle' })],
          [linkItem('hv', 'h', 'v', { type: 'drives', directed: true })],
        ),
      ),
    );
    step(() =>
      store().move(
        new Map([
          ['s1', { x: 500, y: 12.345 }],
          ['s2', { x: -20, y: 40 }],
        ]),
      ),
    );
    let groupId = '';
    step(() => (groupId = store().group('Car wash crew', ['s1', 's2', 's3'])));
    step(() => store().setGroupCollapsed(groupId, true));
    step(() => store().styleNodes(['h'], { colour: '#aa0000', size: 2 }));
    step(() => store().styleLinks(['l0'], { width: 4 }));
    step(() => store().setHidden({ entityIds: ['s0'], linkIds: ['hv'] }, true));
    step(() => store().setPinned(['h', 'v'], true));
    let note = '';
    step(() => (note = store().annotate('Seen together 03/03/2026', { x: 100, y: 100 })));
    step(() => store().editAnnotation(note, 'Seen together at the car wash'));
    step(() => store().remove({ entityIds: ['s3'], linkIds: ['l1'] }));
    step(() => store().ungroup(groupId));
    expect(store().history.past).toHaveLength(snapshots.length - 1);

    for (let i = snapshots.length - 2; i >= 0; i--) {
      store().undo();
      expect(store().document).toStrictEqual(snapshots[i]);
    }
    store().undo();
    expect(store().document).toStrictEqual(snapshots[0]);
    for (let i = 1; i < snapshots.length; i++) {
      store().redo();
      expect(store().document).toStrictEqual(snapshots[i]);
    }
    store().redo();
    expect(store().document).toStrictEqual(snapshots[snapshots.length - 1]);
  });

  it('does not record edits that change nothing, and a new edit clears the redo stack', () => {
    store().applyItems(star(2));
    const at = positions();
    store().move(at);
    store().setPinned(['h'], false);
    expect(store().history.past).toHaveLength(1);
    store().setPinned(['h'], true);
    store().undo();
    expect(store().history.future).toHaveLength(1);
    store().setHidden({ entityIds: ['s0'] }, true);
    expect(store().history.future).toHaveLength(0);
  });

  it('makes one step of consecutive typing in the same note', () => {
    const note = store().annotate('A', { x: 0, y: 0 });
    store().editAnnotation(note, 'Ab');
    store().editAnnotation(note, 'Abc');
    expect(store().history.past).toHaveLength(2);
    store().undo();
    expect(store().document.annotations[0]!.text).toBe('A');
  });

  it('leaves filters and the viewport alone: they are views, not edits', () => {
    store().applyItems(star(2));
    store().setPinned(['h'], true);
    store().setFilters({ mode: 'hide', strengths: ['confirmed'] });
    store().setViewport({ zoom: 2, panX: 10, panY: 20 });
    expect(store().history.past).toHaveLength(2);
    store().undo();
    expect(store().document.nodes[0]!.pinned).toBe(false);
    expect(store().document.filters).toEqual({ mode: 'hide', strengths: ['confirmed'] });
    expect(store().document.viewport).toEqual({ zoom: 2, panX: 10, panY: 20 });
  });

  it('keeps at most the history limit', () => {
    store().applyItems(star(1));
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store().move(new Map([['h', { x: i, y: 0 }]]));
    expect(store().history.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('chart store: groups, saving slots and lock', () => {
  it('groups, moves members between groups and drops a group left empty', () => {
    store().applyItems(star(3));
    const first = store().group('Crew', ['s0', 's1']);
    const second = store().group('Drivers', ['s1', 's2']);
    expect(store().document.nodes.find((node) => node.entityId === 's1')!.groupId).toBe(second);
    store().leaveGroup(['s0']);
    expect(store().document.groups.map((group) => group.id)).toEqual([second]);
    expect(first).not.toBe(second);
    store().remove({ entityIds: ['s1', 's2'] });
    expect(store().document.groups).toEqual([]);
  });

  it('tracks unsaved changes by revision and keeps the saved-chart slots', () => {
    expect(store().meta).toEqual({ chartId: null, name: null, marking: null });
    store().applyItems(star(1));
    expect(store().revision).not.toBe(store().savedRevision);
    store().markSaved({ chartId: 'c1', name: 'Op Fenland', marking: 'OFFICIAL-SENSITIVE' });
    expect(store().revision).toBe(store().savedRevision);
    store().setPinned(['h'], true);
    expect(store().revision).not.toBe(store().savedRevision);
  });

  it('loads a saved document as saved, dropping links since deleted, with an empty history', () => {
    store().applyItems(star(2));
    const saved = store().document;
    store().load(
      saved,
      items([entityItem('h'), entityItem('s0'), entityItem('s1')], [linkItem('l0', 'h', 's0')]),
      { chartId: 'c1', name: 'Op', marking: 'OFFICIAL' },
    );
    expect(store().document.nodes).toEqual(saved.nodes);
    expect(store().document.links.map((link) => link.linkId)).toEqual(['l0']);
    expect(store().history.past).toHaveLength(0);
  });

  it('empties when the vault locks', () => {
    store().applyItems(star(2));
    resetSession();
    expect(store().document.nodes).toEqual([]);
    expect(store().entities.size).toBe(0);
  });
});
