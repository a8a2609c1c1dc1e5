/**
 * Groups: connected components and k-cores (i2 SNA "K-Core"). Community detection (Louvain) is
 * in louvain.ts.
 */
import type { EdgePredicate, GraphModel } from './model';
import { simpleAdjacency } from './simple';

export interface ComponentsResult {
  /** Largest first; ties by first node in graph order. Node ids in graph order. */
  components: string[][];
  /** Node id → index into `components`. */
  componentOf: Map<string, number>;
}

/** Connected components, ignoring link direction (weakly connected, for directed links). */
export function connectedComponents(graph: GraphModel, options: { edgeOk?: EdgePredicate | null } = {}): ComponentsResult {
  const n = graph.nodeCount;
  const adjacency = simpleAdjacency(graph, 'undirected', options.edgeOk ?? null);
  const label = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const c = groups.length;
    label[s] = c;
    const members = [s];
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) {
        const w = adjacency.targets[j]!;
        if (label[w] === -1) {
          label[w] = c;
          members.push(w);
        }
      }
    }
    groups.push(members.sort((a, b) => a - b));
  }
  // Stable sort: equal sizes keep discovery order, which is the order of their first nodes.
  const ordered = groups.map((members, c) => ({ members, c })).sort((a, b) => b.members.length - a.members.length);
  const componentOf = new Map<string, number>();
  const components = ordered.map(({ members }, index) => {
    const ids = members.map((v) => graph.nodeIds[v]!);
    for (const id of ids) componentOf.set(id, index);
    return ids;
  });
  return { components, componentOf };
}

/**
 * Core numbers (Batagelj & Zaversnik, O(m)): a node's core number is the largest k such that it
 * belongs to a k-core, the largest subgraph where every node has at least k neighbours in it.
 * Degree here is distinct neighbours, ignoring direction, as NetworkX `core_number`.
 */
export function coreNumbers(graph: GraphModel, options: { edgeOk?: EdgePredicate | null } = {}): Map<string, number> {
  const n = graph.nodeCount;
  const adjacency = simpleAdjacency(graph, 'undirected', options.edgeOk ?? null);
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
    maxDegree = Math.max(maxDegree, degree[v]!);
  }
  // Bucket sort nodes by degree: order[] sorted, position[] where each node sits, start[] of each bucket.
  const start = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) start[degree[v]! + 1]! += 1;
  for (let d = 0; d <= maxDegree; d++) start[d + 1]! += start[d]!;
  const fill = start.slice();
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]!]!++;
    order[position[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let j = adjacency.offsets[v]!; j < adjacency.offsets[v + 1]!; j++) {
      const u = adjacency.targets[j]!;
      if (degree[u]! <= degree[v]!) continue;
      // Move u to the front of its bucket, then shrink the bucket: u's degree drops by one.
      const du = degree[u]!;
      const pu = position[u]!;
      const pw = start[du]!;
      const w = order[pw]!;
      if (u !== w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      start[du]! += 1;
      degree[u] = du - 1;
    }
  }
  return new Map(graph.nodeIds.map((id, v) => [id, degree[v]!]));
}

/** The nodes of the k-core (core number at least k). */
export function kCore(graph: GraphModel, k: number, options: { edgeOk?: EdgePredicate | null } = {}): string[] {
  return [...coreNumbers(graph, options)].filter(([, core]) => core >= k).map(([id]) => id);
}
