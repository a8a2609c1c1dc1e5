/**
 * Fewest-links paths between two nodes (i2 "Find Path", default criterion), by bidirectional
 * breadth-first search: both ends grow a layer at a time, always the smaller frontier, so a
 * path across a million-link vault touches thousands of nodes rather than all of them.
 *
 * i2 selects every tied shortest path. Here the result carries every node and link on ANY tied
 * shortest path (`nodes`, `edges`: complete, for highlighting), the number of tied paths, and up
 * to `maxPaths` of them spelt out (`paths`) for the side panel.
 */
import { type EdgePredicate, type GraphTopology } from './model';
import { SearchScratch } from './scratch';

export interface PathSearchOptions {
  /** Undirected links may be walked both ways, directed links only from source to target. */
  followDirection?: boolean;
  edgeOk?: EdgePredicate | null;
  /** Longest path worth finding, in links (default: unlimited). */
  maxLength?: number;
  /** How many tied paths to spell out (default 25). */
  maxPaths?: number;
}

export interface IndexPath {
  nodes: number[];
  edges: number[];
}

export interface ShortestPathsResult {
  /** Links on each shortest path. */
  length: number;
  paths: IndexPath[];
  /** Every node on any tied shortest path, in path order (position from `from`). */
  nodes: number[];
  /** Every link on any tied shortest path. */
  edges: number[];
  /** How many tied shortest paths there are (capped at Number.MAX_SAFE_INTEGER). */
  totalPaths: number;
}

export const DEFAULT_MAX_PATHS = 25;

/** A link of the union of shortest paths, oriented in the direction of travel. */
interface Step {
  from: number;
  to: number;
  edge: number;
}

function walkable(graph: GraphTopology, e: number, from: number, followDirection: boolean): boolean {
  return !followDirection || graph.edgeDirected[e] === 0 || graph.edgeSource[e] === from;
}

/** Null when there is no path (or none within maxLength). */
export function shortestPaths(
  graph: GraphTopology,
  from: number,
  to: number,
  options: PathSearchOptions = {},
  scratch: SearchScratch = new SearchScratch(graph.nodeCount),
): ShortestPathsResult | null {
  if (from === to) return { length: 0, paths: [{ nodes: [from], edges: [] }], nodes: [from], edges: [], totalPaths: 1 };
  const follow = options.followDirection ?? false;
  const edgeOk = options.edgeOk ?? null;
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const qa = scratch.queueA;
  const qb = scratch.queueB;

  scratch.begin();
  scratch.setA(from, 0);
  scratch.setB(to, 0);
  qa[0] = from;
  qb[0] = to;
  let aStart = 0;
  let aEnd = 1;
  let bStart = 0;
  let bEnd = 1;
  let kA = 0;
  let kB = 0;
  const meets: number[] = [];

  while (aStart < aEnd && bStart < bEnd) {
    if (kA + kB >= maxLength) return null;
    if (aEnd - aStart <= bEnd - bStart) {
      // Forward layer: walk links out of the frontier.
      let end = aEnd;
      for (let i = aStart; i < aEnd; i++) {
        const u = qa[i]!;
        for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
          const e = adjEdge[j]!;
          if (follow && edgeDirected[e] === 1 && edgeSource[e] !== u) continue;
          const v = adjNode[j]!;
          if (scratch.hasA(v) || (edgeOk !== null && !edgeOk(e))) continue;
          scratch.setA(v, kA + 1);
          qa[end++] = v;
          if (scratch.hasB(v)) meets.push(v);
        }
      }
      aStart = aEnd;
      aEnd = end;
      kA += 1;
    } else {
      // Backward layer: walk links INTO the frontier (from the neighbour's side).
      let end = bEnd;
      for (let i = bStart; i < bEnd; i++) {
        const u = qb[i]!;
        for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
          const e = adjEdge[j]!;
          const v = adjNode[j]!;
          if (follow && edgeDirected[e] === 1 && edgeSource[e] !== v) continue;
          if (scratch.hasB(v) || (edgeOk !== null && !edgeOk(e))) continue;
          scratch.setB(v, kB + 1);
          qb[end++] = v;
          if (scratch.hasA(v)) meets.push(v);
        }
      }
      bStart = bEnd;
      bEnd = end;
      kB += 1;
    }
    // No node had both labels before this layer, so every meeting node lies exactly kA links
    // from `from` and kB links from `to`: the shortest length is kA + kB, and every shortest
    // path passes through exactly one meeting node.
    if (meets.length > 0) break;
  }
  if (meets.length === 0) return null;
  return unionOfShortestPaths(graph, from, to, kA, kB, meets, follow, edgeOk, options.maxPaths ?? DEFAULT_MAX_PATHS, scratch);
}

function unionOfShortestPaths(
  graph: GraphTopology,
  from: number,
  to: number,
  kA: number,
  kB: number,
  meets: number[],
  follow: boolean,
  edgeOk: EdgePredicate | null,
  maxPaths: number,
  scratch: SearchScratch,
): ShortestPathsResult {
  const length = kA + kB;
  const { offsets, adjNode, adjEdge } = graph;
  const position = new Map<number, number>();
  const steps: Step[] = [];
  for (const w of meets) {
    scratch.setC(w);
    position.set(w, kA);
  }
  // Towards `from`: predecessors one layer nearer it.
  let layer = meets;
  for (let d = kA; d > 0; d--) {
    const next: number[] = [];
    for (const w of layer) {
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const u = adjNode[j]!;
        const e = adjEdge[j]!;
        if (!scratch.hasA(u) || scratch.distA[u] !== d - 1 || !walkable(graph, e, u, follow) || (edgeOk !== null && !edgeOk(e))) continue;
        steps.push({ from: u, to: w, edge: e });
        if (!scratch.hasC(u)) {
          scratch.setC(u);
          position.set(u, d - 1);
          next.push(u);
        }
      }
    }
    layer = next;
  }
  // Towards `to`: successors one layer nearer it.
  layer = meets;
  for (let d = kB; d > 0; d--) {
    const next: number[] = [];
    for (const w of layer) {
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const x = adjNode[j]!;
        const e = adjEdge[j]!;
        if (!scratch.hasB(x) || scratch.distB[x] !== d - 1 || !walkable(graph, e, w, follow) || (edgeOk !== null && !edgeOk(e))) continue;
        steps.push({ from: w, to: x, edge: e });
        if (!scratch.hasC(x)) {
          scratch.setC(x);
          position.set(x, length - (d - 1));
          next.push(x);
        }
      }
    }
    layer = next;
  }
  return spellOut(from, to, length, position, steps, maxPaths);
}

/**
 * From the union of shortest paths (a DAG whose steps each advance one position), counts the
 * tied paths and lists up to `maxPaths` of them, depth first in adjacency order.
 */
export function spellOut(from: number, to: number, length: number, position: Map<number, number>, steps: Step[], maxPaths: number): ShortestPathsResult {
  const pos = (v: number) => position.get(v) ?? 0;
  steps.sort((a, b) => pos(a.from) - pos(b.from));
  const out = new Map<number, Step[]>();
  const count = new Map<number, number>([[from, 1]]);
  for (const step of steps) {
    const list = out.get(step.from);
    if (list) list.push(step);
    else out.set(step.from, [step]);
    const sum = (count.get(step.to) ?? 0) + (count.get(step.from) ?? 0);
    count.set(step.to, Math.min(sum, Number.MAX_SAFE_INTEGER));
  }
  const paths: IndexPath[] = [];
  const nodes: number[] = [from];
  const edges: number[] = [];
  const walk = (v: number): void => {
    if (paths.length >= maxPaths) return;
    if (v === to) {
      paths.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    for (const step of out.get(v) ?? []) {
      nodes.push(step.to);
      edges.push(step.edge);
      walk(step.to);
      nodes.pop();
      edges.pop();
      if (paths.length >= maxPaths) return;
    }
  };
  walk(from);
  const unionNodes = [...position.keys()].sort((a, b) => pos(a) - pos(b) || a - b);
  if (!position.has(from)) unionNodes.unshift(from);
  return {
    length,
    paths,
    nodes: unionNodes,
    edges: [...new Set(steps.map((step) => step.edge))],
    totalPaths: count.get(to) ?? 0,
  };
}
