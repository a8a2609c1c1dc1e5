import { describe, expect, it } from 'vitest';
import { buildGraph, findPath, shortestPaths } from '@shared/graph';
import { graphOf } from './graphs';

describe('findPath: fewest links', () => {
  // A square with a tail:  A - B          Shortest A→F: A-B-D-E-F and A-C-D-E-F (4 links, 2 tied).
  //                        |   |
  //                        C - D - E - F
  const square = graphOf(['A-B', 'A-C', 'B-D', 'C-D', 'D-E', 'E-F']);

  it('finds the length and every tied shortest path, as i2 selects them all', () => {
    const result = findPath(square, 'A', 'F');
    expect(result).toMatchObject({ found: true, length: 4, totalPaths: 2, complete: true });
    expect(result.paths).toEqual([
      { nodes: ['A', 'B', 'D', 'E', 'F'], edges: ['A-B', 'B-D', 'D-E', 'E-F'] },
      { nodes: ['A', 'C', 'D', 'E', 'F'], edges: ['A-C', 'C-D', 'D-E', 'E-F'] },
    ]);
    // The union, for highlighting, in path order.
    expect(result.nodes).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(result.edges.sort()).toEqual(['A-B', 'A-C', 'B-D', 'C-D', 'D-E', 'E-F']);
  });

  it('gives the same answer in either direction on an undirected graph', () => {
    const forth = findPath(square, 'A', 'F');
    const back = findPath(square, 'F', 'A');
    expect(back.length).toBe(forth.length);
    expect(back.totalPaths).toBe(2);
    expect(back.paths[0]!.nodes).toEqual(['F', 'E', 'D', 'B', 'A']);
  });

  it('counts parallel links as separate tied paths', () => {
    // A = B - C with two links A-B: two paths of two links.
    const result = findPath(graphOf(['A-B', 'A-B', 'B-C']), 'A', 'C');
    expect(result.totalPaths).toBe(2);
    expect(result.paths.map((path) => path.edges)).toEqual([
      ['A-B', 'B-C'],
      ['A-B#2', 'B-C'],
    ]);
  });

  it('counts tied paths without spelling out more than maxPaths', () => {
    // A ladder of k diamonds has 2^k shortest paths.
    const specs: string[] = [];
    for (let i = 0; i < 10; i++) specs.push(`N${i}-U${i}`, `N${i}-L${i}`, `U${i}-N${i + 1}`, `L${i}-N${i + 1}`);
    const result = findPath(graphOf(specs), 'N0', 'N10', { maxPaths: 3 });
    expect(result.length).toBe(20);
    expect(result.totalPaths).toBe(1024);
    expect(result.paths).toHaveLength(3);
    expect(result.nodes).toHaveLength(31);
  });

  it('reports no path between separate components, and a zero-length path to itself', () => {
    const graph = graphOf(['A-B', 'C-D']);
    expect(findPath(graph, 'A', 'D')).toMatchObject({ found: false, length: null, paths: [] });
    expect(findPath(graph, 'A', 'A')).toMatchObject({ found: true, length: 0, paths: [{ nodes: ['A'], edges: [] }] });
  });

  it('respects maxLength and allowed link types', () => {
    expect(findPath(square, 'A', 'F', { maxLength: 3 }).found).toBe(false);
    expect(findPath(square, 'A', 'F', { maxLength: 4 }).length).toBe(4);
    const typed = graphOf([['A-B', { type: 'family' }], 'B-C', 'A-D', 'D-E', 'E-C']);
    expect(findPath(typed, 'A', 'C').length).toBe(2);
    const associatesOnly = findPath(typed, 'A', 'C', { allowedTypes: ['associate'] });
    expect(associatesOnly.paths[0]!.nodes).toEqual(['A', 'D', 'E', 'C']);
  });

  it('throws on an id that is not on the chart', () => {
    expect(() => findPath(square, 'A', 'Z')).toThrow(/Z is not on the chart/);
  });
});

describe('findPath: following link direction', () => {
  // A→B←C (directed), and an undirected detour A-D-E-C.
  const graph = graphOf(['A>B', 'C>B', 'A-D', 'D-E', 'E-C']);

  it('walks directed links either way when direction is not followed', () => {
    expect(findPath(graph, 'A', 'C').paths).toEqual([{ nodes: ['A', 'B', 'C'], edges: ['A>B', 'C>B'] }]);
  });

  it('walks directed links only forwards, undirected links both ways, when it is', () => {
    // A→B is allowed but B→C is against C>B's arrow, so the detour is the only way.
    expect(findPath(graph, 'A', 'C', { followDirection: true }).paths).toEqual([{ nodes: ['A', 'D', 'E', 'C'], edges: ['A-D', 'D-E', 'E-C'] }]);
    // C→B is along the arrow, B→A against it.
    expect(findPath(graph, 'C', 'A', { followDirection: true }).length).toBe(3);
    expect(findPath(graph, 'C', 'B', { followDirection: true }).length).toBe(1);
    // B has only incoming links: nothing leaves it along an arrow.
    expect(findPath(graph, 'B', 'C', { followDirection: true }).found).toBe(false);
  });
});

describe('findPath: following time', () => {
  // A-B on 10 Jan then B-C on 5 Jan goes back in time; the detours run forwards.
  const graph = graphOf([
    ['A-B', { validFrom: '2024-01-10' }],
    ['B-C', { validFrom: '2024-01-05' }],
    ['A-D', { validFrom: '2024-01-01' }],
    ['D-E', { validFrom: '2024-01-02' }],
    ['E-C', { validFrom: '2024-01-03' }],
    ['B-F', { validFrom: '2024-02-01' }],
    ['F-C', { validFrom: '2024-03-01', validTo: '2024-04-01' }],
  ]);

  it('ignores time unless asked', () => {
    expect(findPath(graph, 'A', 'C').paths[0]!.nodes).toEqual(['A', 'B', 'C']);
  });

  it('finds only paths whose links start no earlier than the link before', () => {
    const result = findPath(graph, 'A', 'C', { timeOrdered: true });
    expect(result).toMatchObject({ found: true, length: 3, totalPaths: 2, complete: true });
    expect(result.paths.map((path) => path.nodes)).toEqual([
      ['A', 'B', 'F', 'C'],
      ['A', 'D', 'E', 'C'],
    ]);
  });

  it('is not symmetric: C to A runs forwards through B (5 Jan, then 10 Jan)', () => {
    expect(findPath(graph, 'C', 'A', { timeOrdered: true }).paths[0]!.nodes).toEqual(['C', 'B', 'A']);
  });

  it('allows equal dates (the same day carries no order)', () => {
    const sameDay = graphOf([
      ['A-B', { validFrom: '2024-01-01' }],
      ['B-C', { validFrom: '2024-01-01' }],
    ]);
    expect(findPath(sameDay, 'A', 'C', { timeOrdered: true }).length).toBe(2);
  });

  it('finds a longer path that arrives earlier when the first arrival is too late to go on', () => {
    // S-X is on 1 May but X-T on 1 April: reaching X directly is too late. Via Y and Z, X is
    // reached on 3 January, in time for X-T. A plain BFS that marks X visited would miss it.
    const pareto = graphOf([
      ['S-X', { validFrom: '2024-05-01' }],
      ['X-T', { validFrom: '2024-04-01' }],
      ['S-Y', { validFrom: '2024-01-01' }],
      ['Y-Z', { validFrom: '2024-01-02' }],
      ['Z-X', { validFrom: '2024-01-03' }],
    ]);
    expect(findPath(pareto, 'S', 'T', { timeOrdered: true }).paths).toEqual([{ nodes: ['S', 'Y', 'Z', 'X', 'T'], edges: ['S-Y', 'Y-Z', 'Z-X', 'X-T'] }]);
  });

  it('uses validTo as the date of a link with no start, and leaves undated links out unless told to carry the clock', () => {
    const mixed = graphOf([
      ['A-B', { validTo: '2024-01-10' }],
      ['B-C', { validFrom: '2024-01-05' }],
      'A-C',
    ]);
    // A-B (10 Jan, from validTo) then B-C (5 Jan) goes backwards; A-C is undated.
    expect(findPath(mixed, 'A', 'C', { timeOrdered: true }).found).toBe(false);
    expect(findPath(mixed, 'A', 'C', { timeOrdered: true, undatedLinks: 'carry' }).paths[0]!.edges).toEqual(['A-C']);
  });

  it('combines time order with direction', () => {
    const directed = graphOf([
      ['A>B', { validFrom: '2024-01-01' }],
      ['C>B', { validFrom: '2024-01-02' }],
      ['A-D', { validFrom: '2024-01-01' }],
      ['D>C', { validFrom: '2024-01-05' }],
    ]);
    expect(findPath(directed, 'A', 'C', { timeOrdered: true }).length).toBe(2);
    expect(findPath(directed, 'A', 'C', { timeOrdered: true, followDirection: true }).paths[0]!.nodes).toEqual(['A', 'D', 'C']);
  });
});

describe('graph model', () => {
  it('leaves out self-links and links to unknown nodes, and lists them', () => {
    const graph = buildGraph(
      [{ id: 'A' }, { id: 'B' }],
      [
        { id: 'ok', source: 'A', target: 'B', directed: false, type: 'associate', strength: 'confirmed', validFrom: null, validTo: null },
        { id: 'self', source: 'A', target: 'A', directed: false, type: 'associate', strength: 'confirmed', validFrom: null, validTo: null },
        { id: 'dangling', source: 'A', target: 'Z', directed: false, type: 'associate', strength: 'confirmed', validFrom: null, validTo: null },
      ],
    );
    expect(graph.edgeCount).toBe(1);
    expect(graph.skippedEdges).toEqual(['self', 'dangling']);
  });

  it('reuses one scratch across searches without leaking marks from the previous one', () => {
    const graph = graphOf(['A-B', 'B-C', 'C-D', 'X-Y']);
    const first = shortestPaths(graph, 0, 3);
    const second = shortestPaths(graph, graph.index.get('X')!, 0);
    const third = shortestPaths(graph, 0, 3);
    expect(first?.length).toBe(3);
    expect(second).toBeNull();
    expect(third?.length).toBe(3);
  });
});
