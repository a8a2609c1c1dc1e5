/**
 * Betweenness centrality (i2 SNA "Betweenness"): how often a node lies on the shortest paths
 * between other pairs. Brandes' algorithm, unweighted, over the simple graph (parallel links
 * collapsed), O(n·m).
 *
 * Normalisation follows NetworkX `betweenness_centrality(normalized=True)`:
 * - undirected: the number of pairs {s, t} (s, t ≠ v) whose shortest paths pass through v,
 *   each pair weighted by the share of its shortest paths through v, divided by the number of
 *   such pairs, (n−1)(n−2)/2. So a star's centre scores 1.
 * - directed ("use link directions"): ordered pairs (s, t), divided by (n−1)(n−2). Undirected
 *   links count as a pair of opposite arrows.
 * Unnormalised (`normalised: false`) gives the raw pair dependency (undirected: each unordered
 * pair counted once, as NetworkX does).
 */
import type { EdgePredicate, GraphModel, GraphTopology } from './model';
import { simpleAdjacency } from './simple';

export interface BetweennessOptions {
  directed?: boolean;
  normalised?: boolean;
  edgeOk?: EdgePredicate | null;
}

/** Raw Brandes dependency sums, ordered pairs (an undirected pair is counted twice). */
export function brandes(graph: GraphTopology, directed: boolean, edgeOk: EdgePredicate | null = null): Float64Array {
  const n = graph.nodeCount;
  const out = simpleAdjacency(graph, directed ? 'out' : 'undirected', edgeOk);
  const into = directed ? simpleAdjacency(graph, 'in', edgeOk) : out;
  const score = new Float64Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (let j = out.offsets[v]!; j < out.offsets[v + 1]!; j++) {
        const w = out.targets[j]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Back from the farthest: a predecessor of w is an in-neighbour one step nearer s.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (let j = into.offsets[w]!; j < into.offsets[w + 1]!; j++) {
        const v = into.targets[j]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      score[w]! += delta[w]!;
    }
  }
  return score;
}

export function betweenness(graph: GraphModel, options: BetweennessOptions = {}): Map<string, number> {
  const directed = options.directed ?? false;
  const raw = brandes(graph, directed, options.edgeOk ?? null);
  const n = graph.nodeCount;
  const pairs = (n - 1) * (n - 2);
  const scale = options.normalised === false ? (directed ? 1 : 0.5) : n <= 2 ? 0 : 1 / pairs;
  return new Map(graph.nodeIds.map((id, v) => [id, raw[v]! * scale]));
}
