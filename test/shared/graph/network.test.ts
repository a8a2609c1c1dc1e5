import { describe, expect, it } from 'vitest';
import { connectingNetwork, filterGraph, findLinked, gradeMask, meetsMinimum, mostConnected, thresholdMask } from '@shared/graph';
import { graphOf } from './graphs';

describe('Find Connecting Network', () => {
  /*
   * Three people and their intermediaries:
   *   P1 - M1 - P2                 (P1–P2: 2 links)
   *   P2 - M2 - M3 - P3            (P2–P3: 3 links)
   *   P1 - X - Y - Z - P3          (P1–P3: 4 links; through P2 it would be 5)
   * plus a longer P1 - R1 - R2 - P2 and a stray Q off P1, which are on no shortest path.
   */
  const graph = graphOf(['P1-M1', 'M1-P2', 'P2-M2', 'M2-M3', 'M3-P3', 'P1-X', 'X-Y', 'Y-Z', 'Z-P3', 'P1-R1', 'R1-R2', 'R2-P2', 'P1-Q']);

  it('is the union of the shortest paths between every pair, bringing out the intermediaries', () => {
    const result = connectingNetwork(graph, ['P1', 'P2', 'P3']);
    expect(result.nodes.slice(0, 3)).toEqual(['P1', 'P2', 'P3']);
    expect([...result.nodes].sort()).toEqual(['M1', 'M2', 'M3', 'P1', 'P2', 'P3', 'X', 'Y', 'Z']);
    expect([...result.edges].sort()).toEqual(['M1-P2', 'M2-M3', 'M3-P3', 'P1-M1', 'P1-X', 'P2-M2', 'X-Y', 'Y-Z', 'Z-P3']);
    expect(result.pairs).toEqual([
      { from: 'P1', to: 'P2', length: 2 },
      { from: 'P1', to: 'P3', length: 4 },
      { from: 'P2', to: 'P3', length: 3 },
    ]);
  });

  it('reports pairs that are not connected and ids not on the chart', () => {
    const split = graphOf(['A-M', 'M-B'], ['C']);
    const result = connectingNetwork(split, ['A', 'B', 'C', 'ghost']);
    expect(result.missing).toEqual(['ghost']);
    expect(result.pairs.filter((pair) => pair.length === null)).toHaveLength(2);
    expect(result.nodes).toEqual(['A', 'B', 'C', 'M']);
  });

  it('with direction, connects a pair along the arrows either way', () => {
    const directed = graphOf(['A>M', 'B>M']);
    expect(connectingNetwork(directed, ['A', 'B'], { followDirection: true }).pairs[0]!.length).toBeNull();
    const chain = graphOf(['B>M', 'M>A']);
    expect(connectingNetwork(chain, ['A', 'B'], { followDirection: true }).pairs[0]!.length).toBe(2);
  });
});

describe('Find Linked', () => {
  // S at the centre: S-A, A-B, B-C, S→D, E→S, D-F.
  const graph = graphOf(['S-A', 'A-B', 'B-C', 'S>D', 'E>S', 'D-F', 'A-D']);

  it('returns everything within N links, nearest first, with the links walked', () => {
    const one = findLinked(graph, ['S'], 1);
    expect(one.nodes).toEqual([
      { id: 'S', depth: 0 },
      { id: 'A', depth: 1 },
      { id: 'D', depth: 1 },
      { id: 'E', depth: 1 },
    ]);
    // A-D joins two depth-1 nodes: it was not walked at depth 1.
    expect(one.edges).toEqual(['S-A', 'S>D', 'E>S']);
    expect(findLinked(graph, ['S'], 1, { edges: 'induced' }).edges.sort()).toEqual(['A-D', 'E>S', 'S-A', 'S>D']);
    expect(findLinked(graph, ['S'], 2).nodes.map((node) => node.id)).toEqual(['S', 'A', 'D', 'E', 'B', 'F']);
  });

  it('follows arrows outwards only when asked', () => {
    expect(findLinked(graph, ['S'], 1, { followDirection: true }).nodes.map((node) => node.id)).toEqual(['S', 'A', 'D']);
  });

  it('keeps the nearest within a limit and says it truncated', () => {
    const result = findLinked(graph, ['S'], 3, { limit: 4 });
    expect(result.nodes.map((node) => node.id)).toEqual(['S', 'A', 'D', 'E']);
    expect(result.truncated).toBe(true);
  });

  it('starts from several seeds and skips unknown ones', () => {
    const result = findLinked(graph, ['C', 'F', 'nobody'], 1);
    expect(result.nodes.map((node) => node.id)).toEqual(['C', 'F', 'B', 'D']);
    expect(result.missing).toEqual(['nobody']);
  });
});

describe('List Most Connected', () => {
  it('counts links, distinct neighbours, inbound and outbound, and values', () => {
    const graph = graphOf([['A>B', { weight: 5 }], 'A>B', 'C>A', 'A-D', 'D-E']);
    const rows = mostConnected(graph);
    expect(rows[0]).toEqual({ id: 'A', links: 4, neighbours: 3, inbound: 1, outbound: 2, value: 8 });
    // B and D both have 2 links; D has 2 distinct neighbours to B's 1.
    expect(rows.map((row) => row.id)).toEqual(['A', 'D', 'B', 'C', 'E']);
    expect(mostConnected(graph, { sortBy: 'inbound', top: 1 })[0]!.id).toBe('B');
  });
});

describe('filters', () => {
  const graph = graphOf([
    ['A-B', { validFrom: '2023-01-01', validTo: '2023-06-30', strength: 'confirmed', grades: [{ source: '1', assessment: 'E' }, { source: '3', assessment: 'A' }] }],
    ['B-C', { validFrom: '2024-02-01', strength: 'tentative', grade: { source: '2', assessment: 'B' } }],
    ['C-D', { type: 'family' }],
    ['D-E', { date: '2024-03-15', grade: { source: '1', assessment: 'A' } }],
  ]);

  it('keeps links valid at some time in the range; open ends and undated links stay', () => {
    const filtered = filterGraph(graph, { from: '2024-01-01', to: '2024-03-14' });
    expect(filtered.edges.map((edge) => edge.id)).toEqual(['B-C', 'C-D']);
    expect(filtered.nodeCount).toBe(5);
    // A bare end date covers the whole day.
    expect(filterGraph(graph, { from: '2023-06-30', to: '2023-06-30' }).edges.map((edge) => edge.id)).toEqual(['A-B', 'C-D']);
  });

  it('keeps links with evidence at least as good in both grade parts', () => {
    // 2-B or better: A-B has 1-E (assessment too poor) and 3-A (source too poor) → out.
    expect(filterGraph(graph, { minGrade: { source: '2', assessment: 'B' } }).edges.map((edge) => edge.id)).toEqual(['B-C', 'D-E']);
    expect(filterGraph(graph, { minGrade: { assessment: 'A' } }).edges.map((edge) => edge.id)).toEqual(['A-B', 'D-E']);
    expect(filterGraph(graph, { minGrade: {} }).edgeCount).toBe(4);
  });

  it('filters by strength and type', () => {
    expect(filterGraph(graph, { strengths: ['tentative'] }).edges.map((edge) => edge.id)).toEqual(['B-C']);
    expect(filterGraph(graph, { types: ['family'] }).edges.map((edge) => edge.id)).toEqual(['C-D']);
  });

  it('grade masks: one bit per (source, assessment) pair', () => {
    expect(gradeMask([{ source: '1', assessment: 'A' }])).toBe(1);
    expect(gradeMask([{ source: '3', assessment: 'E' }])).toBe(1 << 14);
    expect(thresholdMask({ source: '1', assessment: 'B' })).toBe(0b11);
    expect(meetsMinimum([], { source: '3' })).toBe(false);
  });
});
