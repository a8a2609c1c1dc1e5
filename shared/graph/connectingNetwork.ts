/**
 * i2 Find Connecting Network: given two or more required entities, the union of the shortest
 * paths between every pair of them — which brings out the intermediaries that tie them together.
 * Every tied shortest path of each pair is included (i2 keeps the "highest-value" ones; with no
 * link values every shortest path is of equal value).
 */
import { resolveNodes, typePredicate, type EdgePredicate, type GraphModel, type GraphTopology } from './model';
import { SearchScratch } from './scratch';
import { shortestPaths } from './shortestPaths';

export interface ConnectingOptions {
  /** A pair is connected if a path runs either way along the arrows. */
  followDirection?: boolean;
  edgeOk?: EdgePredicate | null;
  maxLength?: number;
}

export interface PairConnection<T> {
  from: T;
  to: T;
  /** Links on the shortest path between them; null when they are not connected. */
  length: number | null;
}

export interface ConnectingNetworkCore {
  /** Required nodes first (in the order given), then the intermediaries. */
  nodes: number[];
  edges: number[];
  pairs: Array<PairConnection<number>>;
}

export function connectingNetworkCore(
  graph: GraphTopology,
  required: readonly number[],
  options: ConnectingOptions = {},
  scratch: SearchScratch = new SearchScratch(graph.nodeCount),
): ConnectingNetworkCore {
  const nodes = new Set<number>(required);
  const edges = new Set<number>();
  const pairs: Array<PairConnection<number>> = [];
  const base = {
    followDirection: options.followDirection ?? false,
    edgeOk: options.edgeOk ?? null,
    maxPaths: 0,
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
  };
  for (let i = 0; i < required.length; i++) {
    for (let j = i + 1; j < required.length; j++) {
      const a = required[i]!;
      const b = required[j]!;
      const found = [shortestPaths(graph, a, b, base, scratch)];
      if (base.followDirection) found.push(shortestPaths(graph, b, a, base, scratch));
      const lengths = found.flatMap((result) => (result ? [result.length] : []));
      const best = lengths.length > 0 ? Math.min(...lengths) : null;
      pairs.push({ from: a, to: b, length: best });
      for (const result of found) {
        if (!result || result.length !== best) continue;
        for (const v of result.nodes) nodes.add(v);
        for (const e of result.edges) edges.add(e);
      }
    }
  }
  return { nodes: [...nodes], edges: [...edges], pairs };
}

export interface ConnectingNetworkResult {
  nodes: string[];
  edges: string[];
  pairs: Array<PairConnection<string>>;
  /** Required ids that are not in the graph. */
  missing: string[];
}

export function connectingNetwork(
  graph: GraphModel,
  required: readonly string[],
  options: Omit<ConnectingOptions, 'edgeOk'> & { allowedTypes?: readonly string[] } = {},
): ConnectingNetworkResult {
  const { found, missing } = resolveNodes(graph, required);
  const core = connectingNetworkCore(graph, found, {
    ...(options.followDirection !== undefined ? { followDirection: options.followDirection } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    edgeOk: typePredicate(graph, options.allowedTypes),
  });
  const id = (v: number) => graph.nodeIds[v]!;
  return {
    nodes: core.nodes.map(id),
    edges: core.edges.map((e) => graph.edges[e]!.id),
    pairs: core.pairs.map((pair) => ({ from: id(pair.from), to: id(pair.to), length: pair.length })),
    missing,
  };
}
