/**
 * Fewest-links paths that follow time (i2 Find Path, "follow time forwards").
 *
 * The rule: each link on the path has a point in time (`timeKey`: its validFrom, else its only
 * known date), and every link must start no earlier than the link before it
 * (t1 ≤ t2 ≤ … ≤ tk; equal dates are allowed, as the same day carries no order). Undated links
 * cannot be placed in a sequence, so by default they are not walked (`undatedLinks: 'exclude'`);
 * with `'carry'` an undated link may be walked and leaves the clock where it was.
 *
 * Plain breadth-first search is not enough: reaching a node later in time can block a
 * continuation that an earlier arrival allows. So the search keeps, per node, the earliest time
 * it has been reached at; a later layer (more links) only revisits a node if it arrives strictly
 * earlier (a Pareto frontier of links versus time). A shortest time-ordered walk never repeats a
 * node (cutting the loop keeps the order), so what it finds is a path.
 *
 * The latest time each node can be left and still reach the target in order (timeReach.ts)
 * bounds the search: an arrival later than that is a dead end, and a pair with no time-ordered
 * path is answered by that sweep alone.
 *
 * Tied paths are then enumerated depth first, bounded by the same times and by the plain
 * distance to the target; the enumeration has a work budget, and `complete` says whether it
 * finished.
 */
import type { EdgePredicate, GraphTopology } from './model';
import { latestDepartures, timeSweep, type TimeSweep } from './timeReach';
import { DEFAULT_MAX_PATHS, type IndexPath, type PathSearchOptions, type ShortestPathsResult } from './shortestPaths';

export interface TimedPathOptions extends PathSearchOptions {
  /** Each link's point in time (epoch ms), NaN when undated. */
  edgeTime: Float64Array;
  undatedLinks?: 'exclude' | 'carry';
  /** Link examinations allowed when listing tied paths (default 200,000). */
  enumerationBudget?: number;
  /** `timeSweep(graph, edgeTime)`, when the caller keeps it between searches (the engine does). */
  timeSweep?: TimeSweep;
}

export interface TimedPathsResult extends ShortestPathsResult {
  /** False when tied paths may have been missed because the enumeration budget ran out. */
  complete: boolean;
}

const DEFAULT_BUDGET = 200_000;

/** The time after walking link e at time `now`; null when the rule forbids it. */
function advance(edgeTime: Float64Array, e: number, now: number, carry: boolean): number | null {
  const t = edgeTime[e]!;
  if (Number.isNaN(t)) return carry ? now : null;
  return t < now ? null : t;
}

export function timeOrderedPaths(graph: GraphTopology, from: number, to: number, options: TimedPathOptions): TimedPathsResult | null {
  if (from === to) return { length: 0, paths: [{ nodes: [from], edges: [] }], nodes: [from], edges: [], totalPaths: 1, complete: true };
  const follow = options.followDirection ?? false;
  const edgeOk = options.edgeOk ?? null;
  const carry = options.undatedLinks === 'carry';
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const { edgeTime } = options;

  const settings: EnumerationSettings = {
    follow,
    edgeOk,
    carry,
    edgeTime,
    maxPaths: options.maxPaths ?? DEFAULT_MAX_PATHS,
    budget: options.enumerationBudget ?? DEFAULT_BUDGET,
  };
  // Without a bound, a pair with no time-ordered path would explore every reachable
  // (node, time) label in the vault: an arrival later than the latest departure is a dead end.
  const latest = latestDepartures(graph, to, settings, options.timeSweep ?? timeSweep(graph, edgeTime));
  if (latest[from] === Number.NEGATIVE_INFINITY) return null;

  const bestTime = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  bestTime[from] = Number.NEGATIVE_INFINITY;
  const labelNode: number[] = [from];
  const labelTime: number[] = [Number.NEGATIVE_INFINITY];
  const labelParent: number[] = [-1];
  const labelEdge: number[] = [-1];
  let start = 0;
  let end = 1;
  let depth = 0;
  let found = -1;
  while (start < end && depth < maxLength && found < 0) {
    for (let i = start; i < end; i++) {
      const u = labelNode[i]!;
      const now = labelTime[i]!;
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = adjEdge[j]!;
        if (follow && edgeDirected[e] === 1 && edgeSource[e] !== u) continue;
        if (edgeOk !== null && !edgeOk(e)) continue;
        const v = adjNode[j]!;
        const next = advance(edgeTime, e, now, carry);
        if (next === null || !(next < bestTime[v]!) || next > latest[v]!) continue;
        bestTime[v] = next;
        labelNode.push(v);
        labelTime.push(next);
        labelParent.push(i);
        labelEdge.push(e);
        if (v === to && found < 0) found = labelNode.length - 1;
      }
    }
    start = end;
    end = labelNode.length;
    depth += 1;
  }
  if (found < 0) return null;

  const first: IndexPath = { nodes: [], edges: [] };
  for (let i = found; i >= 0; i = labelParent[i]!) {
    first.nodes.unshift(labelNode[i]!);
    if (labelEdge[i]! >= 0) first.edges.unshift(labelEdge[i]!);
  }
  // Plain distances to the target let the enumeration walk only towards it. Every node of a tied
  // path was reached by the search above and can still reach the target in time, so only
  // those nodes are measured (the rest of the vault is not walked).
  const useful = (v: number) => bestTime[v]! !== Number.POSITIVE_INFINITY && latest[v]! !== Number.NEGATIVE_INFINITY;
  const remaining = distancesTo(graph, to, depth, useful, settings);
  return enumerateTied(graph, from, to, depth, first, remaining, latest, settings);
}

interface EnumerationSettings {
  follow: boolean;
  edgeOk: EdgePredicate | null;
  carry: boolean;
  edgeTime: Float64Array;
  maxPaths: number;
  budget: number;
}

/** Plain distance (links) from each useful node to `to`, up to `limit`, ignoring time (undated links only when carried); -1 beyond. */
function distancesTo(graph: GraphTopology, to: number, limit: number, useful: (v: number) => boolean, settings: EnumerationSettings): Int32Array {
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const dist = new Int32Array(graph.nodeCount).fill(-1);
  dist[to] = 0;
  let layer = [to];
  for (let d = 0; d < limit && layer.length > 0; d++) {
    const next: number[] = [];
    for (const u of layer) {
      for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
        const e = adjEdge[j]!;
        const v = adjNode[j]!;
        if (dist[v] !== -1 || !useful(v)) continue;
        if (settings.follow && edgeDirected[e] === 1 && edgeSource[e] !== v) continue;
        if (settings.edgeOk !== null && !settings.edgeOk(e)) continue;
        if (!settings.carry && Number.isNaN(settings.edgeTime[e]!)) continue;
        dist[v] = d + 1;
        next.push(v);
      }
    }
    layer = next;
  }
  return dist;
}

function enumerateTied(
  graph: GraphTopology,
  from: number,
  to: number,
  length: number,
  first: IndexPath,
  remaining: Int32Array,
  latest: Float64Array,
  settings: EnumerationSettings,
): TimedPathsResult {
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const paths: IndexPath[] = [];
  /** Node → earliest position on any tied path found. */
  const unionNodes = new Map<number, number>();
  const unionEdges = new Set<number>();
  const nodes: number[] = [from];
  const edges: number[] = [];
  let budget = settings.budget;
  let total = 0;

  const walk = (u: number, now: number): void => {
    if (nodes.length - 1 === length) {
      if (u !== to) return;
      total += 1;
      nodes.forEach((v, i) => unionNodes.set(v, Math.min(unionNodes.get(v) ?? i, i)));
      for (const e of edges) unionEdges.add(e);
      if (paths.length < settings.maxPaths) paths.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    const left = length - nodes.length;
    for (let j = offsets[u]!; j < offsets[u + 1]! && budget > 0; j++) {
      budget -= 1;
      const e = adjEdge[j]!;
      const v = adjNode[j]!;
      const d = remaining[v]!;
      if (d < 0 || d > left) continue;
      if (settings.follow && edgeDirected[e] === 1 && edgeSource[e] !== u) continue;
      if (settings.edgeOk !== null && !settings.edgeOk(e)) continue;
      const next = advance(settings.edgeTime, e, now, settings.carry);
      if (next === null || next > latest[v]!) continue;
      nodes.push(v);
      edges.push(e);
      walk(v, next);
      nodes.pop();
      edges.pop();
    }
  };
  walk(from, Number.NEGATIVE_INFINITY);
  const complete = budget > 0;
  if (paths.length === 0) {
    // The budget ran out before the enumeration met a path: the search's own path still stands.
    paths.push(first);
    total = Math.max(total, 1);
    first.nodes.forEach((v, i) => unionNodes.set(v, Math.min(unionNodes.get(v) ?? i, i)));
    for (const e of first.edges) unionEdges.add(e);
  }
  return {
    length,
    paths,
    nodes: [...unionNodes.keys()].sort((a, b) => unionNodes.get(a)! - unionNodes.get(b)! || a - b),
    edges: [...unionEdges],
    totalPaths: total,
    complete,
  };
}
