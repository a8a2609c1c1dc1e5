/**
 * The simple graph behind the social-network measures: each node's DISTINCT neighbours, with
 * parallel links collapsed, as NetworkX does for a Graph and i2 does for SNA. Two links between
 * the same people (associate and family, say) make them no "closer" in a shortest-path sense.
 */
import type { EdgePredicate, GraphTopology } from './model';

export interface SimpleAdjacency {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
}

export type Orientation = 'undirected' | 'out' | 'in';

/**
 * 'undirected': every neighbour. 'out': v such that a link may be walked u → v (undirected links
 * count both ways, directed ones only along the arrow). 'in': v such that a link may be walked
 * v → u.
 */
export function simpleAdjacency(graph: GraphTopology, orientation: Orientation = 'undirected', edgeOk: EdgePredicate | null = null): SimpleAdjacency {
  const n = graph.nodeCount;
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected } = graph;
  const lastSeen = new Int32Array(n).fill(-1);
  const outOffsets = new Int32Array(n + 1);
  const targets: number[] = [];
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const e = adjEdge[j]!;
      const v = adjNode[j]!;
      if (lastSeen[v] === u || (edgeOk !== null && !edgeOk(e))) continue;
      if (edgeDirected[e] === 1) {
        if (orientation === 'out' && edgeSource[e] !== u) continue;
        if (orientation === 'in' && edgeSource[e] !== v) continue;
      }
      lastSeen[v] = u;
      targets.push(v);
    }
    outOffsets[u + 1] = targets.length;
  }
  return { nodeCount: n, offsets: outOffsets, targets: Int32Array.from(targets) };
}

export function simpleDegree(adjacency: SimpleAdjacency, v: number): number {
  return adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
}
