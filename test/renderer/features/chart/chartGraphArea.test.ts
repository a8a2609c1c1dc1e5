import { describe, expect, it } from 'vitest';
import { emptyChartDocument } from '@shared/chart/document';
import { chartGraph } from '../../../../renderer/src/features/chart/analysis/chartGraph';
import { addItems } from '../../../../renderer/src/features/chart/model/documentOps';
import { star } from './fixtures';

function state() {
  const items = star(3);
  const document = addItems(
    emptyChartDocument(),
    items.entities.map((item, i) => ({ entityId: item.summary.id, x: i * 100, y: 0 })),
    items.links.map((item) => item.summary.id),
  );
  return {
    document,
    entities: new Map(items.entities.map((item) => [item.summary.id, item])),
    links: new Map(items.links.map((item) => [item.summary.id, item])),
  };
}

describe('the chart graph the analysis runs on', () => {
  it('is the whole chart when no area is drawn on the map', () => {
    const graph = chartGraph(state());
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['h', 's0', 's1', 's2']);
    expect(graph.edges).toHaveLength(3);
  });

  it('keeps to what lies inside the drawn area, so answers never run through what is filtered out', () => {
    const graph = chartGraph(state(), new Set(['h', 's1']));
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['h', 's1']);
    expect(graph.edges.map((edge) => edge.id)).toEqual(['l1']);
  });
});
