/**
 * Neighbourhoods: every node within N links of some seeds (i2 "Find Linked"; the chart's
 * "expand neighbours"). Breadth first, so nodes come out nearest first and a `limit` keeps the
 * nearest ones.
 */
import { resolveNodes, typePredicate, type EdgePredicate, type GraphModel, type GraphTopology } from './model';
import { SearchScratch } from './scratch';

export interface NeighbourhoodOptions {
  /** Walk directed links only from source to target ("outwards" from the seeds). */
  followDirection?: boolean;
  edgeOk?: EdgePredicate | null;
  /** At most this many nodes (seeds included); the nearest are kept. */
  limit?: number;
  /**
   * Which links come back: 'walked' (default) — every allowed link leaving a node nearer than
   * `depth`, which is what the search followed; 'induced' — every allowed link between two
   * returned nodes, which is what a chart showing them should draw.
   */
  edges?: 'walked' | 'induced';
}

export interface NeighbourhoodResult {
  /** Nearest first; seeds first of all. */
  nodes: number[];
  /** Links from the nearest seed, aligned with `nodes`. */
  depths: number[];
  edges: number[];
  /** True when `limit` left out nodes within reach. */
  truncated: boolean;
}

export function neighbourhood(
  graph: GraphTopology,
  seeds: readonly number[],
  depth: number,
  options: NeighbourhoodOptions = {},
  scratch: SearchScratch = new SearchScratch(graph.nodeCount),
): NeighbourhoodResult {
  const follow = options.followDirection ?? false;
  const edgeOk = options.edgeOk ?? null;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const queue = scratch.queueA;
  scratch.begin();
  let end = 0;
  let truncated = false;
  for (const seed of seeds) {
    if (scratch.hasA(seed)) continue;
    if (end >= limit) {
      truncated = true;
      break;
    }
    scratch.setA(seed, 0);
    queue[end++] = seed;
  }
  let start = 0;
  for (let d = 0; d < depth && start < end && !truncated; d++) {
    const layerEnd = end;
    for (let i = start; i < layerEnd && !truncated; i++) {
      const u = queue[i]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = adjEdge[j]!;
        if (follow && edgeDirected[e] === 1 && edgeSource[e] !== u) continue;
        const v = adjNode[j]!;
        if (scratch.hasA(v) || (edgeOk !== null && !edgeOk(e))) continue;
        if (end >= limit) {
          truncated = true;
          break;
        }
        scratch.setA(v, d + 1);
        queue[end++] = v;
      }
    }
    start = layerEnd;
  }
  const nodes = Array.from(queue.subarray(0, end));
  const depths = nodes.map((v) => scratch.distA[v]!);
  const edges: number[] = [];
  if (options.edges === 'induced') {
    for (const u of nodes) {
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = adjEdge[j]!;
        // Each link is taken once, from its source end.
        if (edgeSource[e] === u && scratch.hasA(adjNode[j]!) && (edgeOk === null || edgeOk(e))) edges.push(e);
      }
    }
  } else {
    const seen = new Set<number>();
    for (const u of nodes) {
      if (scratch.distA[u]! >= depth) continue;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = adjEdge[j]!;
        if (seen.has(e) || !scratch.hasA(adjNode[j]!)) continue;
        if (follow && edgeDirected[e] === 1 && edgeSource[e] !== u) continue;
        if (edgeOk !== null && !edgeOk(e)) continue;
        seen.add(e);
        edges.push(e);
      }
    }
  }
  return { nodes, depths, edges, truncated };
}

export interface FindLinkedOptions {
  followDirection?: boolean;
  allowedTypes?: readonly string[];
  limit?: number;
  edges?: 'walked' | 'induced';
}

export interface FindLinkedResult {
  /** Nearest first, each with its distance in links from the nearest seed. */
  nodes: Array<{ id: string; depth: number }>;
  edges: string[];
  truncated: boolean;
  /** Seeds that are not in the graph. */
  missing: string[];
}

/** i2 Find Linked: the seeds and everything within `depth` links (Infinity for no limit). */
export function findLinked(graph: GraphModel, seeds: readonly string[], depth: number, options: FindLinkedOptions = {}): FindLinkedResult {
  const { found, missing } = resolveNodes(graph, seeds);
  const result = neighbourhood(graph, found, depth, {
    followDirection: options.followDirection ?? false,
    edgeOk: typePredicate(graph, options.allowedTypes),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    edges: options.edges ?? 'walked',
  });
  return {
    nodes: result.nodes.map((v, i) => ({ id: graph.nodeIds[v]!, depth: result.depths[i]! })),
    edges: result.edges.map((e) => graph.edges[e]!.id),
    truncated: result.truncated,
    missing,
  };
}
