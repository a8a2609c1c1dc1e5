/**
 * Narrowing a chart graph before analysis: by date range, minimum grade, link strength and type.
 * The result is a new GraphModel; analysis on it sees only what passed.
 */
import { meetsMinimum, type MinimumGrade } from './grades';
import { buildGraph, timeValue, type GradeParts, type GraphEdgeInput, type GraphModel, type GraphNodeInput } from './model';

export interface GraphFilter {
  /** Keep links valid at some time in [from, to] (yyyy-mm-dd or ISO; both ends inclusive). */
  from?: string;
  to?: string;
  /** Keep links with supporting evidence at least this good (see grades.ts). */
  minGrade?: MinimumGrade;
  /** Apply `minGrade` to nodes too (default: links only, so an ungraded entity stays on the chart). */
  gradeNodes?: boolean;
  strengths?: readonly string[];
  /** Link types to keep. */
  types?: readonly string[];
  /** Entity types to keep. */
  nodeTypes?: readonly string[];
}

const DAY_MS = 86_400_000;

/** The last moment a date or timestamp stands for: a bare date covers the whole day. */
function endOf(value: string | null | undefined): number {
  const t = timeValue(value);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? t + DAY_MS - 1 : t;
}

function gradesOf(item: { grade?: GradeParts | null; grades?: readonly GradeParts[] }): GradeParts[] {
  return [...(item.grades ?? []), ...(item.grade ? [item.grade] : [])];
}

/**
 * Whether a link's validity overlaps [from, to]. A missing start means "since before any record"
 * and a missing end "still valid", so a link with no dates at all (a family tie, say) passes any
 * range; a link with only `date` is treated as valid on that day.
 */
export function edgeInRange(edge: Pick<GraphEdgeInput, 'validFrom' | 'validTo' | 'date'>, from: number, to: number): boolean {
  const undated = !edge.validFrom && !edge.validTo;
  const start = timeValue(undated ? edge.date : edge.validFrom);
  const end = endOf(undated ? edge.date : edge.validTo);
  return (Number.isNaN(start) || start <= to) && (Number.isNaN(end) || end >= from);
}

function nodeInRange(node: GraphNodeInput, from: number, to: number): boolean {
  const t = timeValue(node.date);
  return Number.isNaN(t) || (t >= from && t <= to);
}

export function filterGraph(graph: GraphModel, filter: GraphFilter): GraphModel {
  const from = filter.from === undefined ? Number.NEGATIVE_INFINITY : timeValue(filter.from);
  const to = filter.to === undefined ? Number.POSITIVE_INFINITY : endOf(filter.to);
  const strengths = filter.strengths ? new Set(filter.strengths) : null;
  const types = filter.types ? new Set(filter.types) : null;
  const nodeTypes = filter.nodeTypes ? new Set(filter.nodeTypes) : null;
  const minGrade = filter.minGrade && (filter.minGrade.source !== undefined || filter.minGrade.assessment !== undefined) ? filter.minGrade : null;
  const nodes = graph.nodes.filter(
    (node) =>
      nodeInRange(node, from, to) &&
      (nodeTypes === null || (node.type !== undefined && nodeTypes.has(node.type))) &&
      (minGrade === null || !filter.gradeNodes || meetsMinimum(gradesOf(node), minGrade)),
  );
  const edges = graph.edges.filter(
    (edge) =>
      edgeInRange(edge, from, to) &&
      (strengths === null || strengths.has(edge.strength)) &&
      (types === null || types.has(edge.type)) &&
      (minGrade === null || meetsMinimum(gradesOf(edge), minGrade)),
  );
  // buildGraph drops links whose ends were filtered out.
  const filtered = buildGraph(nodes, edges);
  return { ...filtered, skippedEdges: [] };
}
