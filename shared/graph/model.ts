/**
 * The compact graph every analysis runs on: nodes and links numbered 0..n-1 and 0..m-1, with
 * adjacency in compressed sparse row (CSR) form so a search walks typed arrays, not objects.
 * The same `GraphTopology` shape is built by the engine over the whole vault, so the searches in
 * this folder serve both a chart of a few hundred items and a vault of a million links.
 *
 * Pure TypeScript: no DOM and no Node APIs (it runs in the renderer, a Web Worker and the engine).
 */
import type { IntelligenceAssessment, SourceEvaluation } from '../domain/grading';

/** The two credibility parts of a 3x5x2 grade (handling governs sharing, not credibility). */
export interface GradeParts {
  source: SourceEvaluation;
  assessment: IntelligenceAssessment;
}

export interface GraphNodeInput {
  id: string;
  /** Entity type, for filters. */
  type?: string;
  /** A date the item stands for (for example an event), yyyy-mm-dd or ISO 8601. */
  date?: string | null;
  /** Best grade of its evidence, or every grade of its evidence in `grades`. */
  grade?: GradeParts | null;
  grades?: readonly GradeParts[];
}

export interface GraphEdgeInput {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  type: string;
  strength: string;
  /** yyyy-mm-dd or ISO 8601; null when not known. */
  validFrom: string | null;
  validTo: string | null;
  /** Link value (call count, amount…); 1 when absent. Used by Louvain and "most connected". */
  weight?: number;
  /** A single date for the link when it has no validity range. */
  date?: string | null;
  grade?: GradeParts | null;
  grades?: readonly GradeParts[];
}

/**
 * Adjacency in CSR form. Every link appears twice in `adjNode`/`adjEdge` (once from each end),
 * so a search can walk it either way and decide from `edgeSource`/`edgeDirected` whether that
 * is allowed.
 */
export interface GraphTopology {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** 1 for a directed link (source → target), 0 for an undirected one. */
  readonly edgeDirected: Uint8Array;
  /** offsets[v] .. offsets[v + 1] index the links touching node v in adjNode/adjEdge. */
  readonly offsets: Int32Array;
  /** The node at the other end. */
  readonly adjNode: Int32Array;
  readonly adjEdge: Int32Array;
}

export interface GraphModel extends GraphTopology {
  readonly nodeIds: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly nodes: readonly GraphNodeInput[];
  readonly edges: readonly GraphEdgeInput[];
  /** Link weights (1 unless given). */
  readonly edgeWeight: Float64Array;
  /** The link's point in time for time-ordered paths, epoch ms; NaN when undated (see timeKey). */
  readonly edgeTime: Float64Array;
  /** Links left out because an end is not a node, or both ends are the same node. */
  readonly skippedEdges: readonly string[];
}

/** True when link `e` may be walked; absent means every link may. */
export type EdgePredicate = (edge: number) => boolean;

/**
 * Epoch milliseconds for a date or timestamp; NaN for null, undefined or an unreadable value.
 * `yyyy-mm-dd` is read as midnight UTC, so dates compare as calendar days.
 */
export function timeValue(value: string | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return Date.parse(value);
}

/**
 * A link's point in time when paths must follow time: when it started (validFrom), or its only
 * known date (validTo, then `date`) when the start is not recorded. NaN when undated.
 */
export function timeKey(edge: Pick<GraphEdgeInput, 'validFrom' | 'validTo' | 'date'>): number {
  const start = timeValue(edge.validFrom);
  if (!Number.isNaN(start)) return start;
  const end = timeValue(edge.validTo);
  if (!Number.isNaN(end)) return end;
  return timeValue(edge.date);
}

/**
 * Builds CSR adjacency from link ends (counting sort by node, so it is O(n + m) and keeps each
 * node's links in input order — which keeps every result deterministic).
 */
export function buildTopology(nodeCount: number, edgeSource: Int32Array, edgeTarget: Int32Array, edgeDirected: Uint8Array): GraphTopology {
  const edgeCount = edgeSource.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    offsets[edgeSource[e]! + 1]! += 1;
    offsets[edgeTarget[e]! + 1]! += 1;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, nodeCount);
  const adjNode = new Int32Array(edgeCount * 2);
  const adjEdge = new Int32Array(edgeCount * 2);
  for (let e = 0; e < edgeCount; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    let at = cursor[s]!++;
    adjNode[at] = t;
    adjEdge[at] = e;
    at = cursor[t]!++;
    adjNode[at] = s;
    adjEdge[at] = e;
  }
  return { nodeCount, edgeCount, edgeSource, edgeTarget, edgeDirected, offsets, adjNode, adjEdge };
}

/**
 * The graph of a chart (or any node and link lists). Links whose ends are missing, and links
 * from a node to itself, are left out and listed in `skippedEdges`: no analysis here gives a
 * self-link a meaning, and the vault refuses them anyway. Duplicate node ids keep the first.
 */
export function buildGraph(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): GraphModel {
  const index = new Map<string, number>();
  const keptNodes: GraphNodeInput[] = [];
  for (const node of nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, keptNodes.length);
    keptNodes.push(node);
  }
  const keptEdges: GraphEdgeInput[] = [];
  const skippedEdges: string[] = [];
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) skippedEdges.push(edge.id);
    else keptEdges.push(edge);
  }
  const m = keptEdges.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeDirected = new Uint8Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeTime = new Float64Array(m);
  keptEdges.forEach((edge, e) => {
    edgeSource[e] = index.get(edge.source)!;
    edgeTarget[e] = index.get(edge.target)!;
    edgeDirected[e] = edge.directed ? 1 : 0;
    edgeWeight[e] = edge.weight !== undefined && Number.isFinite(edge.weight) ? edge.weight : 1;
    edgeTime[e] = timeKey(edge);
  });
  const topology = buildTopology(keptNodes.length, edgeSource, edgeTarget, edgeDirected);
  return {
    ...topology,
    nodeIds: keptNodes.map((node) => node.id),
    index,
    nodes: keptNodes,
    edges: keptEdges,
    edgeWeight,
    edgeTime,
    skippedEdges,
  };
}

/** Whether link `e`, reached from node `from`, may be walked (undirected links: always). */
export function canWalkFrom(graph: GraphTopology, e: number, from: number, followDirection: boolean): boolean {
  return !followDirection || graph.edgeDirected[e] === 0 || graph.edgeSource[e] === from;
}

/** A predicate allowing only links of the given types (absent or empty list: every link). */
export function typePredicate(graph: GraphModel, allowedTypes: readonly string[] | undefined): EdgePredicate | null {
  if (!allowedTypes || allowedTypes.length === 0) return null;
  const allowed = new Set(allowedTypes);
  const mask = new Uint8Array(graph.edgeCount);
  graph.edges.forEach((edge, e) => {
    mask[e] = allowed.has(edge.type) ? 1 : 0;
  });
  return (e) => mask[e] === 1;
}

/** Node ids to indices; unknown ids are returned separately rather than thrown. */
export function resolveNodes(graph: GraphModel, ids: readonly string[]): { found: number[]; missing: string[] } {
  const found: number[] = [];
  const missing: string[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const v = graph.index.get(id);
    if (v === undefined) missing.push(id);
    else if (!seen.has(v)) {
      seen.add(v);
      found.push(v);
    }
  }
  return { found, missing };
}
