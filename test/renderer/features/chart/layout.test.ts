import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../renderer/src/features/chart/layout/computeLayout';
import type {
  LayoutNodeInput,
  LayoutRequest,
} from '../../../../renderer/src/features/chart/layout/layoutTypes';
import {
  MIN_NEIGHBOUR_SPACING,
  medianNeighbourDistance,
} from '../../../../renderer/src/features/chart/layout/forceLayout';
import { pivotMds } from '../../../../renderer/src/features/chart/layout/pivotMds';

/** A deterministic "case" graph: clusters of 20 around hubs, hubs chained, a few cross links. */
function caseGraph(n: number): { nodes: LayoutNodeInput[]; edges: Array<[string, string]> } {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    x: 0,
    y: 0,
    pinned: false,
    groupId: null,
  }));
  const edges: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) {
    const hub = Math.floor(i / 20) * 20;
    if (i !== hub) edges.push([`n${hub}`, `n${i}`]);
    else if (i > 0) edges.push([`n${i - 20}`, `n${i}`]);
  }
  for (let i = 0; edges.length < n * 2 && i < n * 4; i++) {
    const a = (i * 7919) % n;
    const b = (a + 1 + ((i * 104729) % 37)) % n;
    if (a !== b) edges.push([`n${a}`, `n${b}`]);
  }
  return { nodes, edges };
}

function positionsOf(request: LayoutRequest) {
  const result = computeLayout(request);
  return {
    result,
    at: new Map(
      result.ids.map((id, i) => [id, { x: result.positions[i * 2]!, y: result.positions[i * 2 + 1]! }]),
    ),
  };
}

describe('layouts (as the worker runs them)', () => {
  it('Pivot MDS separates the nodes of a path in order and packs components apart', () => {
    const points = pivotMds(
      {
        nodeCount: 6,
        edges: [
          [0, 1],
          [1, 2],
          [2, 3],
          [4, 5],
        ],
      },
      100,
    );
    const d = (a: number, b: number) => Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y);
    expect(d(0, 3)).toBeGreaterThan(d(0, 1) * 2);
    expect(d(0, 1)).toBeGreaterThan(50);
    expect(Math.min(d(0, 4), d(3, 5), d(2, 4))).toBeGreaterThan(50);
  });

  it('lays out 2,000 entities with the force layout, keeping pinned ones exactly in place', () => {
    const graph = caseGraph(2000);
    graph.nodes[5] = { ...graph.nodes[5]!, pinned: true, x: 1234.5, y: -987 };
    const { result, at } = positionsOf({ name: 'auto', ...graph });
    expect(result.algorithm).toBe('force');
    expect(result.iterations).toBeGreaterThan(0);
    expect(at.get('n5')).toEqual({ x: 1234.5, y: -987 });
    for (const point of at.values()) expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
    // Members sit nearer their own hub than a distant cluster's hub, on average.
    let nearer = 0;
    for (let i = 1; i < 200; i++) {
      if (i % 20 === 0) continue;
      const own = at.get(`n${Math.floor(i / 20) * 20}`)!;
      const far = at.get(`n${(Math.floor(i / 20) * 20 + 1000) % 2000}`)!;
      const me = at.get(`n${i}`)!;
      if (Math.hypot(me.x - own.x, me.y - own.y) < Math.hypot(me.x - far.x, me.y - far.y)) nearer += 1;
    }
    expect(nearer).toBeGreaterThan(150);
  });

  it('gives entities room even when many links span the whole network (no heap of symbols)', () => {
    // A tree of 1 → 12 → 144 → 1,872 plus random links across it up to 4,000.
    const n = 2029;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      x: 0,
      y: 0,
      pinned: false,
      groupId: null,
    }));
    const edges: Array<[string, string]> = [];
    for (let i = 1; i < n; i++)
      edges.push([
        `p${i <= 12 ? 0 : i <= 156 ? Math.floor((i - 13) / 12) + 1 : Math.floor((i - 157) / 13) + 13}`,
        `p${i}`,
      ]);
    let state = 7;
    const random = () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
    while (edges.length < 4000) edges.push([`p${Math.floor(random() * n)}`, `p${Math.floor(random() * n)}`]);
    const { result, at } = positionsOf({ name: 'force', nodes, edges });
    const points = [...at.values()];
    expect(points).toHaveLength(n);
    expect(medianNeighbourDistance(points)).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_SPACING * 0.99);
    expect(result.algorithm).toBe('force');
  });

  it('uses fcose for small charts and keeps pinned entities', () => {
    const graph = caseGraph(60);
    graph.nodes[0] = { ...graph.nodes[0]!, pinned: true, x: 10, y: 20 };
    const { result, at } = positionsOf({ name: 'auto', ...graph });
    expect(result.algorithm).toBe('fcose');
    expect(at.get('n0')).toEqual({ x: 10, y: 20 });
    const points = [...at.values()];
    let overlapping = 0;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < 20) overlapping += 1;
    expect(overlapping).toBe(0);
  });

  it('lays out a hierarchy top to bottom, concentric rings, and a grid', () => {
    const nodes = ['boss', 'a', 'b', 'c', 'd'].map((id) => ({
      id,
      x: 0,
      y: 0,
      pinned: false,
      groupId: null,
    }));
    const edges: Array<[string, string]> = [
      ['boss', 'a'],
      ['boss', 'b'],
      ['a', 'c'],
      ['a', 'd'],
    ];
    const tree = positionsOf({ name: 'hierarchical', nodes, edges }).at;
    expect(tree.get('boss')!.y).toBeLessThan(tree.get('a')!.y);
    expect(tree.get('a')!.y).toBeLessThan(tree.get('c')!.y);
    const rings = positionsOf({ name: 'concentric', nodes, edges }).at;
    const centre = rings.get('boss')!;
    expect(Math.hypot(rings.get('c')!.x - centre.x, rings.get('c')!.y - centre.y)).toBeGreaterThan(0);
    const grid = positionsOf({ name: 'grid', nodes, edges });
    expect(grid.result.algorithm).toBe('grid');
    expect(new Set([...grid.at.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(5);
  });
});
