/**
 * Chart-wide analysis (i2's Analyze commands) over the chart's own graph with shared/graph.
 * Pure: the analysis worker runs it, and so do the tests.
 */
import {
  betweenness,
  buildGraph,
  closeness,
  connectedComponents,
  connectingNetwork,
  coreNumbers,
  degreeCentrality,
  eigenvector,
  findLinked,
  findPath,
  louvain,
  mostConnected,
} from '@shared/graph';
import type { AnalysisOutcome, AnalysisRequest, ChartGraphInput } from './analysisTypes';
import { plural } from '@shared/format/numbers';

export function runAnalysis(input: ChartGraphInput, request: AnalysisRequest): AnalysisOutcome {
  const graph = buildGraph(input.nodes, input.edges);
  const base = { scope: 'chart' as const, columns: [], rows: [] };
  switch (request.command) {
    case 'findPath': {
      if (!graph.index.has(request.fromId) || !graph.index.has(request.toId)) {
        return {
          ...base,
          summary: 'Both entities must be shown on the chart (not hidden or filtered out).',
          entityIds: [],
          linkIds: [],
        };
      }
      const result = findPath(graph, request.fromId, request.toId, {
        followDirection: request.followDirection,
        timeOrdered: request.timeOrdered,
      });
      if (!result.found)
        return { ...base, summary: 'No path joins them on this chart.', entityIds: [], linkIds: [] };
      const paths = result.totalPaths > 1 ? ` (${plural(result.totalPaths, 'tied path')})` : '';
      return {
        ...base,
        summary: `Shortest path: ${plural(result.length ?? 0, 'link')}${paths}.`,
        entityIds: result.nodes,
        linkIds: result.edges,
        columns: [{ key: 'step', label: 'Step' }],
        rows: (result.paths[0]?.nodes ?? []).map((entityId, step) => ({
          entityId,
          values: { step: step + 1 },
        })),
      };
    }
    case 'findLinked': {
      const result = findLinked(graph, request.seedIds, request.depth, {
        followDirection: request.followDirection,
      });
      return {
        ...base,
        summary: `${plural(result.nodes.length - request.seedIds.length + result.missing.length, 'entity', 'entities')} within ${plural(request.depth, 'link')}.`,
        entityIds: result.nodes.map((node) => node.id),
        linkIds: result.edges,
        columns: [{ key: 'depth', label: 'Links away' }],
        rows: result.nodes.map((node) => ({ entityId: node.id, values: { depth: node.depth } })),
      };
    }
    case 'mostConnected': {
      const rows = mostConnected(graph, { sortBy: request.sortBy, top: 50 });
      return {
        ...base,
        summary: `Most connected by ${request.sortBy === 'neighbours' ? 'distinct neighbours' : request.sortBy === 'links' ? 'links' : `${request.sortBy} links`}.`,
        entityIds: rows.slice(0, 10).map((row) => row.id),
        linkIds: [],
        columns: [
          { key: 'links', label: 'Links' },
          { key: 'neighbours', label: 'Neighbours' },
          { key: 'inbound', label: 'In' },
          { key: 'outbound', label: 'Out' },
        ],
        rows: rows.map((row) => ({
          entityId: row.id,
          values: {
            links: row.links,
            neighbours: row.neighbours,
            inbound: row.inbound,
            outbound: row.outbound,
          },
        })),
      };
    }
    case 'centrality': {
      const scores =
        request.measure === 'degree'
          ? degreeCentrality(graph)
          : request.measure === 'betweenness'
            ? betweenness(graph, { directed: request.directed })
            : request.measure === 'closeness'
              ? closeness(graph, { directed: request.directed })
              : eigenvector(graph).scores;
      const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 50);
      return {
        ...base,
        summary: `${request.measure[0]!.toUpperCase()}${request.measure.slice(1)} centrality: top ${Math.min(10, ranked.length)} highlighted.`,
        entityIds: ranked.slice(0, 10).map(([id]) => id),
        linkIds: [],
        columns: [{ key: 'score', label: 'Score', decimals: 3 }],
        rows: ranked.map(([entityId, score]) => ({ entityId, values: { score } })),
      };
    }
    case 'groups': {
      if (request.method === 'kcore') {
        const cores = coreNumbers(graph);
        const members = [...cores]
          .filter(([, core]) => core >= request.k)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const inside = new Set(members.map(([id]) => id));
        return {
          ...base,
          summary: `${plural(members.length, 'entity', 'entities')} in the ${request.k}-core (each linked to at least ${request.k} others in it).`,
          entityIds: members.map(([id]) => id),
          linkIds: graph.edges
            .filter((edge) => inside.has(edge.source) && inside.has(edge.target))
            .map((edge) => edge.id),
          columns: [{ key: 'core', label: 'Core number' }],
          rows: members.map(([entityId, core]) => ({ entityId, values: { core } })),
        };
      }
      const groups =
        request.method === 'components' ? connectedComponents(graph).components : louvain(graph).communities;
      const largest = groups[0] ?? [];
      const inside = new Set(largest);
      return {
        ...base,
        summary: `${plural(groups.length, request.method === 'components' ? 'connected group' : 'community', request.method === 'components' ? 'connected groups' : 'communities')}; the largest (${plural(largest.length, 'entity', 'entities')}) is highlighted.`,
        entityIds: largest,
        linkIds: graph.edges
          .filter((edge) => inside.has(edge.source) && inside.has(edge.target))
          .map((edge) => edge.id),
        columns: [
          { key: 'group', label: 'Group' },
          { key: 'size', label: 'Size' },
        ],
        rows: groups.flatMap((members, group) =>
          members.map((entityId) => ({ entityId, values: { group: group + 1, size: members.length } })),
        ),
      };
    }
    case 'connectingNetwork': {
      const result = connectingNetwork(graph, request.ids, { followDirection: request.followDirection });
      const unconnected = result.pairs.filter((pair) => pair.length === null).length;
      return {
        ...base,
        summary: `Connecting network: ${plural(result.nodes.length, 'entity', 'entities')}, ${plural(result.edges.length, 'link')}${unconnected > 0 ? `; ${plural(unconnected, 'pair')} not connected` : ''}.`,
        entityIds: result.nodes,
        linkIds: result.edges,
        columns: [{ key: 'role', label: 'Role' }],
        rows: result.nodes.map((entityId) => ({
          entityId,
          values: { role: request.ids.includes(entityId) ? 'Chosen' : 'Intermediary' },
        })),
      };
    }
  }
}
