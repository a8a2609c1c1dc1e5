/**
 * i2 Find Path over a chart graph: fewest links between two nodes, optionally following link
 * direction and optionally following time (see timedPaths.ts for the rule), with every tied
 * shortest path.
 */
import { typePredicate, type EdgePredicate, type GraphModel, type GraphTopology } from './model';
import type { SearchScratch } from './scratch';
import { shortestPaths, type IndexPath, type ShortestPathsResult } from './shortestPaths';
import type { TimeSweep } from './timeReach';
import { timeOrderedPaths } from './timedPaths';

export interface FindPathOptions {
  followDirection?: boolean;
  timeOrdered?: boolean;
  /** Time-ordered only: whether undated links are left out (default) or carry the clock over. */
  undatedLinks?: 'exclude' | 'carry';
  allowedTypes?: readonly string[];
  /** Longest path worth finding, in links. */
  maxLength?: number;
  /** How many tied shortest paths to spell out (default 25). */
  maxPaths?: number;
}

export interface GraphPath {
  nodes: string[];
  edges: string[];
}

export interface FindPathResult {
  found: boolean;
  /** Links on each shortest path; null when there is none. */
  length: number | null;
  paths: GraphPath[];
  /** Every node and link on any tied shortest path (for highlighting). */
  nodes: string[];
  edges: string[];
  totalPaths: number;
  /** False only when a time-ordered search could not list every tied path (work budget). */
  complete: boolean;
}

export const NO_PATH: FindPathResult = { found: false, length: null, paths: [], nodes: [], edges: [], totalPaths: 0, complete: true };

/** Index-level search shared by the chart (this file) and the engine's vault-wide index. */
export function searchPaths(
  graph: GraphTopology,
  from: number,
  to: number,
  options: Omit<FindPathOptions, 'allowedTypes'> & { edgeOk?: EdgePredicate | null; edgeTime?: Float64Array; timeSweep?: TimeSweep },
  scratch?: SearchScratch,
): (ShortestPathsResult & { complete: boolean }) | null {
  const base = {
    followDirection: options.followDirection ?? false,
    edgeOk: options.edgeOk ?? null,
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.maxPaths !== undefined ? { maxPaths: options.maxPaths } : {}),
  };
  if (options.timeOrdered) {
    if (!options.edgeTime) throw new RangeError('A time-ordered path search needs the links’ times.');
    return timeOrderedPaths(graph, from, to, {
      ...base,
      edgeTime: options.edgeTime,
      undatedLinks: options.undatedLinks ?? 'exclude',
      ...(options.timeSweep ? { timeSweep: options.timeSweep } : {}),
    });
  }
  const result = shortestPaths(graph, from, to, base, scratch);
  return result && { ...result, complete: true };
}

export function findPath(graph: GraphModel, from: string, to: string, options: FindPathOptions = {}): FindPathResult {
  const a = graph.index.get(from);
  const b = graph.index.get(to);
  if (a === undefined || b === undefined) throw new RangeError(`Find Path: ${a === undefined ? from : to} is not on the chart.`);
  const result = searchPaths(graph, a, b, { ...options, edgeOk: typePredicate(graph, options.allowedTypes), edgeTime: graph.edgeTime });
  if (!result) return NO_PATH;
  const pathIds = (path: IndexPath): GraphPath => ({ nodes: path.nodes.map((v) => graph.nodeIds[v]!), edges: path.edges.map((e) => graph.edges[e]!.id) });
  return {
    found: true,
    length: result.length,
    paths: result.paths.map(pathIds),
    nodes: result.nodes.map((v) => graph.nodeIds[v]!),
    edges: result.edges.map((e) => graph.edges[e]!.id),
    totalPaths: result.totalPaths,
    complete: result.complete,
  };
}
