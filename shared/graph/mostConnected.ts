/**
 * i2 List Most Connected: for each node, its links (parallel links counted separately), its
 * distinct neighbours, the directed links pointing in and out, and the summed link values.
 */
import type { EdgePredicate, GraphModel } from './model';

export interface ConnectedCounts {
  id: string;
  /** Every link touching it, parallel links counted separately. */
  links: number;
  /** Distinct entities at the other ends. */
  neighbours: number;
  /** Directed links pointing at it (undirected links count in neither direction). */
  inbound: number;
  outbound: number;
  /** Sum of the link weights (i2's "value" mode: call counts, amounts…). */
  value: number;
}

export type ConnectedSort = 'links' | 'neighbours' | 'inbound' | 'outbound' | 'value';

/** Every node, most connected first (by `sortBy`, then links, then neighbours, then id). */
export function mostConnected(graph: GraphModel, options: { sortBy?: ConnectedSort; edgeOk?: EdgePredicate | null; top?: number } = {}): ConnectedCounts[] {
  const { offsets, adjNode, adjEdge, edgeSource, edgeDirected, edgeWeight } = graph;
  const edgeOk = options.edgeOk ?? null;
  const lastSeen = new Int32Array(graph.nodeCount).fill(-1);
  const rows: ConnectedCounts[] = [];
  for (let u = 0; u < graph.nodeCount; u++) {
    const row: ConnectedCounts = { id: graph.nodeIds[u]!, links: 0, neighbours: 0, inbound: 0, outbound: 0, value: 0 };
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const e = adjEdge[j]!;
      if (edgeOk !== null && !edgeOk(e)) continue;
      const v = adjNode[j]!;
      row.links += 1;
      row.value += edgeWeight[e]!;
      if (lastSeen[v] !== u) {
        lastSeen[v] = u;
        row.neighbours += 1;
      }
      if (edgeDirected[e] === 1) {
        if (edgeSource[e] === u) row.outbound += 1;
        else row.inbound += 1;
      }
    }
    rows.push(row);
  }
  const key = options.sortBy ?? 'links';
  rows.sort((a, b) => b[key] - a[key] || b.links - a.links || b.neighbours - a.neighbours || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.top !== undefined ? rows.slice(0, options.top) : rows;
}
