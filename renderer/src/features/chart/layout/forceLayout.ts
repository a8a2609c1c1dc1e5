/**
 * The large-chart layout: Pivot MDS for the overall shape, then ForceAtlas2 (Barnes–Hut) to tidy
 * neighbourhoods, run in slices until a time budget is spent. A 2,000-entity chart is laid out in
 * about a second and a 5,000-entity one in a few (DESIGN.md: ≤ 2 s and ≤ 6 s), always in the
 * layout worker. Pinned entities stay where they are.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Point } from '../model/types';
import { pivotMds } from './pivotMds';
import type { LayoutNodeInput } from './layoutTypes';

export interface ForceLayoutOptions {
  /** Stop refining after this long (the MDS start is always computed). */
  budgetMs?: number;
  maxIterations?: number;
  edgeLength?: number;
  now?: () => number;
}

/** Time for refinement by chart size: inside the DESIGN.md budgets with room for start-up. */
export function forceBudgetMs(nodeCount: number): number {
  return nodeCount <= 3000 ? 900 : 3200;
}

export function forceLayout(
  nodes: readonly LayoutNodeInput[],
  edges: ReadonlyArray<readonly [string, string]>,
  options: ForceLayoutOptions = {},
): { positions: Point[]; iterations: number } {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const edgeLength = options.edgeLength ?? 110;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const pairs: Array<[number, number]> = [];
  for (const [a, b] of edges) {
    const s = index.get(a);
    const t = index.get(b);
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  }
  const start = pivotMds({ nodeCount: nodes.length, edges: pairs }, edgeLength);
  const pinned = nodes.filter((node) => node.pinned);
  if (pinned.length > 0) {
    // Keep the new shape near the pinned entities: move it so their centroids coincide.
    const dx = pinned.reduce((sum, node) => sum + node.x - start[index.get(node.id)!]!.x, 0) / pinned.length;
    const dy = pinned.reduce((sum, node) => sum + node.y - start[index.get(node.id)!]!.y, 0) / pinned.length;
    for (const point of start) {
      point.x += dx;
      point.y += dy;
    }
  }

  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  nodes.forEach((node, i) => {
    const at = node.pinned ? { x: node.x, y: node.y } : start[i]!;
    graph.addNode(node.id, { x: at.x, y: at.y, fixed: node.pinned });
  });
  for (const [s, t] of pairs) {
    const a = nodes[s]!.id;
    const b = nodes[t]!.id;
    if (!graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: nodes.length > 800,
    barnesHutTheta: 0.8,
    // The MDS start is already close: small steps keep its global shape while neighbourhoods settle.
    slowDown: 4,
    scalingRatio: 8,
    gravity: 0.5,
    strongGravityMode: false,
    linLogMode: false,
  };
  const budget = options.budgetMs ?? forceBudgetMs(nodes.length);
  const maxIterations = options.maxIterations ?? 300;
  const slice = nodes.length > 3000 ? 4 : 8;
  let iterations = 0;
  // At least one slice, so even a slow machine tidies the neighbourhoods a little.
  do {
    forceAtlas2.assign(graph, { iterations: slice, settings });
    iterations += slice;
  } while (iterations < maxIterations && now() - started < budget);
  const positions = nodes.map((node) => {
    const attributes = graph.getNodeAttributes(node.id) as { x: number; y: number };
    return { x: attributes.x, y: attributes.y };
  });
  if (pinned.length === 0) rescale(positions, pairs, edgeLength);
  return { positions, iterations };
}

/** Entities are drawn 64 units across: most should have at least this much room to their nearest neighbour. */
export const MIN_NEIGHBOUR_SPACING = 80;

/**
 * Scales so the median link is `edgeLength` long (FA2 has its own scale), or more where that
 * would heap entities on each other: in a network with many long-range links (the median link
 * spans the chart), scaling by links alone left 2,000 entities about 16 units apart.
 */
function rescale(points: Point[], pairs: ReadonlyArray<readonly [number, number]>, edgeLength: number): void {
  if (pairs.length === 0) return;
  const lengths = pairs
    .map(([a, b]) => Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y))
    .sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  if (!(median > 0)) return;
  const spacing = medianNeighbourDistance(points);
  const scale = Math.max(edgeLength / median, spacing > 0 ? MIN_NEIGHBOUR_SPACING / spacing : 0);
  for (const point of points) {
    point.x *= scale;
    point.y *= scale;
  }
}

/** Median distance to the nearest other point, over an even sample of up to 400 points. */
export function medianNeighbourDistance(points: readonly Point[]): number {
  if (points.length < 2) return 0;
  const step = Math.max(1, Math.floor(points.length / 400));
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    const p = points[i]!;
    let best = Infinity;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const d = (points[j]!.x - p.x) ** 2 + (points[j]!.y - p.y) ** 2;
      if (d < best) best = d;
    }
    nearest.push(Math.sqrt(best));
  }
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)]!;
}
