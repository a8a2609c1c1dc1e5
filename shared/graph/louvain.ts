/**
 * Community detection by the Louvain method (Blondel et al. 2008): move nodes between
 * neighbouring communities while modularity rises, then fold each community into one node and
 * repeat, until nothing moves.
 *
 * Deterministic: nodes are visited in graph order, or in an order shuffled by a seeded generator
 * when `seed` is given; ties go to the lowest-numbered community, and a node stays put unless a
 * move strictly improves modularity. So the same chart gives the same groups every time.
 *
 * The graph is taken as undirected and weighted: parallel links add their weights (default 1
 * each), so two people joined as associates AND family are held together more strongly.
 */
import type { EdgePredicate, GraphModel } from './model';

export interface LouvainOptions {
  /** Modularity resolution γ (default 1): above 1 gives more, smaller communities. */
  resolution?: number;
  /** Shuffle the visiting order with this seed (default: graph order). */
  seed?: number;
  edgeOk?: EdgePredicate | null;
  /** Minimum modularity gain for another pass (default 1e-7). */
  threshold?: number;
}

export interface LouvainResult {
  /** Node id → community number; 0 is the largest community. */
  communityOf: Map<string, number>;
  /** Node ids per community, largest first. */
  communities: string[][];
  modularity: number;
  levels: number;
}

/** Weighted undirected graph in CSR form, self-loops allowed (a folded community's inner weight). */
interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Weighted degree, self-loops counted twice. */
  strength: Float64Array;
}

/** mulberry32: a small, well-mixed seeded generator (no crypto needed for a visiting order). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function levelFromEdges(n: number, edges: Array<[number, number, number]>): Level {
  // Merge parallel edges first, so each neighbour appears once per node.
  const merged = new Map<number, number>();
  for (const [a, b, w] of edges) {
    const key = a <= b ? a * n + b : b * n + a;
    merged.set(key, (merged.get(key) ?? 0) + w);
  }
  const lists: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  const strength = new Float64Array(n);
  for (const [key, w] of merged) {
    const a = Math.floor(key / n);
    const b = key % n;
    lists[a]!.push([b, w]);
    strength[a]! += w;
    if (a !== b) lists[b]!.push([a, w]);
    strength[b]! += w;
  }
  const offsets = new Int32Array(n + 1);
  lists.forEach((list, v) => (offsets[v + 1] = offsets[v]! + list.length));
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  lists.forEach((list, v) => {
    list.sort((x, y) => x[0] - y[0]);
    list.forEach(([t, w], i) => {
      targets[offsets[v]! + i] = t;
      weights[offsets[v]! + i] = w;
    });
  });
  return { n, offsets, targets, weights, strength };
}

/** One level of local moves. Returns the community of each node (renumbered 0..k-1) and whether anything moved. */
function localMoves(level: Level, total: number, gamma: number, order: Int32Array, threshold: number): { community: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, strength } = level;
  const community = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    tot[v] = strength[v]!;
  }
  const linkTo = new Float64Array(n);
  const touched: number[] = [];
  let moved = false;
  let improved = true;
  while (improved) {
    improved = false;
    let gain = 0;
    for (const v of order) {
      const own = community[v]!;
      const kv = strength[v]!;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const u = targets[j]!;
        if (u === v) continue;
        const c = community[u]!;
        if (linkTo[c] === 0) touched.push(c);
        linkTo[c]! += weights[j]!;
      }
      tot[own]! -= kv;
      // Gain of joining c (up to a constant): k_v,in(c) − γ·tot(c)·k_v / 2m. A node only leaves
      // for a strictly better community; among equally good others, the lowest-numbered wins.
      const stay = linkTo[own]! - (gamma * tot[own]! * kv) / total;
      let best = own;
      let bestGain = stay;
      for (const c of touched) {
        if (c === own) continue;
        const candidate = linkTo[c]! - (gamma * tot[c]! * kv) / total;
        if (candidate > bestGain + 1e-12 || (best !== own && c < best && Math.abs(candidate - bestGain) <= 1e-12)) {
          best = c;
          bestGain = candidate;
        }
      }
      tot[best]! += kv;
      if (best !== own) {
        community[v] = best;
        moved = true;
        gain += bestGain - stay;
      }
      for (const c of touched) linkTo[c] = 0;
      linkTo[own] = 0;
      touched.length = 0;
    }
    improved = gain / total > threshold;
  }
  // Renumber communities 0..k-1 in order of first member.
  const renumber = new Int32Array(n).fill(-1);
  let next = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v]!;
    if (renumber[c] === -1) renumber[c] = next++;
    community[v] = renumber[c]!;
  }
  return { community, moved };
}

function fold(level: Level, community: Int32Array): Level {
  const k = Math.max(-1, ...community) + 1;
  const edges: Array<[number, number, number]> = [];
  for (let v = 0; v < level.n; v++) {
    for (let j = level.offsets[v]!; j < level.offsets[v + 1]!; j++) {
      const u = level.targets[j]!;
      // Each undirected edge once (u ≥ v); a self-loop is stored once already.
      if (u < v) continue;
      edges.push([community[v]!, community[u]!, level.weights[j]!]);
    }
  }
  return levelFromEdges(k, edges);
}

/** Modularity Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ] of a partition of the original graph. */
function modularity(level: Level, community: Int32Array, total: number, gamma: number): number {
  const inner = new Map<number, number>();
  const tot = new Map<number, number>();
  for (let v = 0; v < level.n; v++) {
    const c = community[v]!;
    tot.set(c, (tot.get(c) ?? 0) + level.strength[v]!);
    for (let j = level.offsets[v]!; j < level.offsets[v + 1]!; j++) {
      if (community[level.targets[j]!] !== c) continue;
      // Both directions of an inner edge are visited; a self-loop only once, so count it twice.
      inner.set(c, (inner.get(c) ?? 0) + level.weights[j]! * (level.targets[j] === v ? 2 : 1));
    }
  }
  let q = 0;
  for (const [c, t] of tot) q += (inner.get(c) ?? 0) / total - gamma * (t / total) ** 2;
  return q;
}

export function louvain(graph: GraphModel, options: LouvainOptions = {}): LouvainResult {
  const gamma = options.resolution ?? 1;
  const threshold = options.threshold ?? 1e-7;
  const edgeOk = options.edgeOk ?? null;
  const edges: Array<[number, number, number]> = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    if (edgeOk !== null && !edgeOk(e)) continue;
    const w = graph.edgeWeight[e]!;
    if (w > 0) edges.push([graph.edgeSource[e]!, graph.edgeTarget[e]!, w]);
  }
  const original = levelFromEdges(graph.nodeCount, edges);
  const total = original.strength.reduce((sum, s) => sum + s, 0);
  let membership = Int32Array.from({ length: graph.nodeCount }, (_, v) => v);
  let levels = 0;
  if (total > 0) {
    const random = options.seed !== undefined ? seeded(options.seed) : null;
    let level = original;
    for (;;) {
      const order = Int32Array.from({ length: level.n }, (_, v) => v);
      if (random) {
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
      }
      const { community, moved } = localMoves(level, total, gamma, order, threshold);
      if (!moved) break;
      levels += 1;
      membership = membership.map((c) => community[c]!);
      level = fold(level, community);
    }
  }
  // Number communities by size, largest first; ties by first member in graph order.
  const sizes = new Map<number, number>();
  for (const c of membership) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const firstSeen = new Map<number, number>();
  membership.forEach((c, v) => firstSeen.has(c) || firstSeen.set(c, v));
  const ranked = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const rank = new Map(ranked.map((c, i) => [c, i]));
  const final = membership.map((c) => rank.get(c)!);
  const communities: string[][] = ranked.map(() => []);
  const communityOf = new Map<string, number>();
  final.forEach((c, v) => {
    communities[c]!.push(graph.nodeIds[v]!);
    communityOf.set(graph.nodeIds[v]!, c);
  });
  return { communityOf, communities, modularity: total > 0 ? modularity(original, final, total, gamma) : 0, levels };
}
