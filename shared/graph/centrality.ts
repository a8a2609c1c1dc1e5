/**
 * Degree, closeness and eigenvector centrality (i2 SNA), over the simple graph (parallel links
 * collapsed). Betweenness is in betweenness.ts.
 */
import type { EdgePredicate, GraphModel } from './model';
import { simpleAdjacency, simpleDegree, type Orientation } from './simple';

/**
 * Degree centrality: distinct neighbours / (n − 1), as NetworkX. With 'in' or 'out', only
 * neighbours joined by a link that may be walked into (out of) the node — undirected links
 * count both ways.
 */
export function degreeCentrality(graph: GraphModel, options: { orientation?: Orientation; edgeOk?: EdgePredicate | null } = {}): Map<string, number> {
  const adjacency = simpleAdjacency(graph, options.orientation ?? 'undirected', options.edgeOk ?? null);
  const scale = graph.nodeCount > 1 ? 1 / (graph.nodeCount - 1) : 0;
  return new Map(graph.nodeIds.map((id, v) => [id, simpleDegree(adjacency, v) * scale]));
}

export type ClosenessVariant = 'wasserman-faust' | 'harmonic';

/**
 * Closeness centrality. Charts are often disconnected, where classic closeness (1 / mean
 * distance) rewards a node for sitting in a tiny component. Two choices, as i2's "Enhanced
 * Analysis" offers a correction:
 * - 'wasserman-faust' (default; NetworkX `closeness_centrality`, wf_improved=True):
 *   ((r − 1) / Σd) · ((r − 1) / (n − 1)), where r counts the nodes that reach v (v included) and
 *   Σd sums their distances. A node reached by no one scores 0.
 * - 'harmonic': Σ 1/d over the other nodes, divided by (n − 1), so it also lies in [0, 1];
 *   unreachable nodes add 0. (NetworkX `harmonic_centrality` without the division.)
 * With `directed`, distances run TO the node (NetworkX's default for directed graphs).
 */
export function closeness(
  graph: GraphModel,
  options: { variant?: ClosenessVariant; directed?: boolean; edgeOk?: EdgePredicate | null } = {},
): Map<string, number> {
  const n = graph.nodeCount;
  // Distances to v along the arrows = distances from v against them.
  const adjacency = simpleAdjacency(graph, options.directed ? 'in' : 'undirected', options.edgeOk ?? null);
  const harmonic = options.variant === 'harmonic';
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const result = new Map<string, number>();
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let total = 0;
    let inverse = 0;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) {
        const w = adjacency.targets[j]!;
        if (dist[w] !== -1) continue;
        const d = dist[v]! + 1;
        dist[w] = d;
        total += d;
        inverse += 1 / d;
        queue[tail++] = w;
      }
    }
    let score = 0;
    if (n > 1) {
      if (harmonic) score = inverse / (n - 1);
      else if (total > 0) score = ((tail - 1) / total) * ((tail - 1) / (n - 1));
    }
    result.set(graph.nodeIds[s]!, score);
  }
  return result;
}

export interface EigenvectorOptions {
  /**
   * 'components' (default): each connected component gets its own leading eigenvector, scaled so
   * its top node scores λ_c / λ_max — the most central node of the most "connected" component
   * scores 1, and a separate small group keeps a visible, smaller score instead of 0.
   * 'whole-graph': NetworkX `eigenvector_centrality` (unit Euclidean length over the whole
   * graph, started from all ones), where every component but the dominant one tends to 0.
   */
  mode?: 'components' | 'whole-graph';
  tolerance?: number;
  maxIterations?: number;
  edgeOk?: EdgePredicate | null;
}

export interface EigenvectorResult {
  scores: Map<string, number>;
  converged: boolean;
  iterations: number;
}

/**
 * Eigenvector centrality of the undirected simple graph, by power iteration on A + I (the shift
 * keeps bipartite graphs, such as a star, from oscillating and does not move the eigenvector).
 * Converged when the summed absolute change per step is below n·tolerance (default 1e-10).
 * Link directions are not used: on a graph with no cycles the directed version is all zero.
 */
export function eigenvector(graph: GraphModel, options: EigenvectorOptions = {}): EigenvectorResult {
  const n = graph.nodeCount;
  const adjacency = simpleAdjacency(graph, 'undirected', options.edgeOk ?? null);
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const groups = options.mode === 'whole-graph' ? [Array.from({ length: n }, (_, v) => v)] : componentsOf(adjacency);
  const x = new Float64Array(n);
  const next = new Float64Array(n);
  let converged = true;
  let iterations = 0;
  const lambdas: number[] = [];
  for (const members of groups) {
    for (const v of members) x[v] = 1 / Math.sqrt(members.length);
    let done = false;
    let step = 0;
    for (; step < maxIterations && !done; step++) {
      let norm = 0;
      for (const v of members) {
        let sum = x[v]!;
        for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) sum += x[adjacency.targets[j]!]!;
        next[v] = sum;
        norm += sum * sum;
      }
      norm = Math.sqrt(norm) || 1;
      let change = 0;
      for (const v of members) {
        const value = next[v]! / norm;
        change += Math.abs(value - x[v]!);
        x[v] = value;
      }
      done = change < members.length * tolerance;
    }
    converged &&= done;
    iterations = Math.max(iterations, step);
    // Rayleigh quotient x·Ax (x has unit length): the component's leading eigenvalue.
    let lambda = 0;
    for (const v of members) {
      let sum = 0;
      for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) sum += x[adjacency.targets[j]!]!;
      lambda += x[v]! * sum;
    }
    lambdas.push(lambda);
  }
  if (options.mode !== 'whole-graph') {
    const lambdaMax = Math.max(0, ...lambdas);
    groups.forEach((members, c) => {
      const top = Math.max(...members.map((v) => x[v]!));
      const scale = lambdaMax > 0 && top > 0 ? lambdas[c]! / lambdaMax / top : 0;
      for (const v of members) x[v] = x[v]! * scale;
    });
  }
  return { scores: new Map(graph.nodeIds.map((id, v) => [id, x[v]!])), converged, iterations };
}

/** Connected components of a simple adjacency, each as a list of nodes. */
function componentsOf(adjacency: { nodeCount: number; offsets: Int32Array; targets: Int32Array }): number[][] {
  const seen = new Uint8Array(adjacency.nodeCount);
  const groups: number[][] = [];
  for (let s = 0; s < adjacency.nodeCount; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const members = [s];
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) {
        const w = adjacency.targets[j]!;
        if (!seen[w]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    groups.push(members);
  }
  return groups;
}
