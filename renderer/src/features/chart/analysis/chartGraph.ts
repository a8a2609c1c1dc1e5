/**
 * The chart's graph for analysis: the entities and links shown (not hidden by hand, not left out
 * by the filters or the map's drawn area), so an answer never runs through something the analyst
 * cannot see.
 */
import type { ChartState } from '../model/chartTransitions';
import { computeFilteredOut } from '../model/filters';
import type { ChartGraphInput } from './analysisTypes';

export function chartGraph(
  state: Pick<ChartState, 'document' | 'entities' | 'links'>,
  insideArea: ReadonlySet<string> | null = null,
): ChartGraphInput {
  const out = computeFilteredOut(state.document, state.entities, state.links, insideArea);
  const shown = new Set<string>();
  const nodes: ChartGraphInput['nodes'] = [];
  for (const node of state.document.nodes) {
    const item = state.entities.get(node.entityId);
    if (!item || node.hidden || out.entityIds.has(node.entityId)) continue;
    shown.add(node.entityId);
    nodes.push({ id: node.entityId, type: item.summary.type, grade: item.summary.bestGrade });
  }
  const edges: ChartGraphInput['edges'] = [];
  for (const link of state.document.links) {
    const item = state.links.get(link.linkId);
    if (!item || link.hidden || out.linkIds.has(link.linkId)) continue;
    const { summary } = item;
    if (!shown.has(summary.fromId) || !shown.has(summary.toId)) continue;
    edges.push({
      id: summary.id,
      source: summary.fromId,
      target: summary.toId,
      directed: summary.directed,
      type: summary.type,
      strength: summary.strength,
      validFrom: summary.validFrom,
      validTo: summary.validTo,
      // Undated links still have reports: their date stands in for time-ordered paths.
      date: item.facts.firstOn,
      grade: summary.bestGrade,
    });
  }
  return { nodes, edges };
}
