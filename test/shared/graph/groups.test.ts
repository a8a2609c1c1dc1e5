import { describe, expect, it } from 'vitest';
import { connectedComponents, coreNumbers, kCore, louvain } from '@shared/graph';
import { graphOf } from './graphs';

describe('connected components', () => {
  it('lists components largest first, ignoring direction', () => {
    const graph = graphOf(['A-B', 'B>C', 'X>Y', 'D>C'], ['Z']);
    const { components, componentOf } = connectedComponents(graph);
    expect(components).toEqual([['A', 'B', 'C', 'D'], ['X', 'Y'], ['Z']]);
    expect(componentOf.get('D')).toBe(0);
    expect(componentOf.get('Z')).toBe(2);
  });
});

describe('k-core', () => {
  /*
   * K4 on A, B, C, D; E joined to A and B; F hangs off E; G alone.
   * Peel degree ≤ 0: G (core 0). Degree ≤ 1: F (core 1), which leaves E with 2.
   * Degree ≤ 2: E (core 2). The rest keep 3 neighbours each: core 3.
   */
  const graph = graphOf(['A-B', 'A-C', 'A-D', 'B-C', 'B-D', 'C-D', 'E-A', 'E-B', 'F-E'], ['G']);

  it('gives core numbers by hand', () => {
    expect(Object.fromEntries(coreNumbers(graph))).toEqual({ A: 3, B: 3, C: 3, D: 3, E: 2, F: 1, G: 0 });
  });

  it('lists the members of a k-core', () => {
    expect(kCore(graph, 2)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(kCore(graph, 3)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('counts distinct neighbours, not parallel links', () => {
    expect(coreNumbers(graphOf(['A-B', 'A-B', 'A-B'])).get('A')).toBe(1);
  });
});

describe('Louvain communities', () => {
  const clique = (prefix: string) => {
    const specs: string[] = [];
    for (let i = 1; i <= 5; i++) for (let j = i + 1; j <= 5; j++) specs.push(`${prefix}${i}-${prefix}${j}`);
    return specs;
  };
  /*
   * Two 5-cliques joined by one link a1-b1: m = 10 + 10 + 1 = 21 links. Each community has 10
   * inner links and degree sum 2·10 + 1 = 21, so Q = 2 · (10/21 − (21/42)²) = 0.452380…
   */
  const graph = graphOf([...clique('a'), ...clique('b'), 'a1-b1']);

  it('splits two cliques joined by one link into two communities', () => {
    const result = louvain(graph);
    expect(result.communities).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5'],
      ['b1', 'b2', 'b3', 'b4', 'b5'],
    ]);
    expect(result.modularity).toBeCloseTo(2 * (10 / 21 - 0.25), 10);
  });

  it('is deterministic, with or without a seeded visiting order', () => {
    const first = louvain(graph, { seed: 42 });
    const second = louvain(graph, { seed: 42 });
    expect([...first.communityOf]).toEqual([...second.communityOf]);
    expect(first.communities).toHaveLength(2);
    expect(JSON.stringify([...louvain(graph).communityOf])).toBe(JSON.stringify([...louvain(graph).communityOf]));
  });

  it('puts each isolated node in its own community, and scores an empty graph 0', () => {
    const result = louvain(graphOf(['A-B'], ['C']));
    expect(result.communities).toEqual([['A', 'B'], ['C']]);
    expect(louvain(graphOf([], ['A', 'B'])).modularity).toBe(0);
  });

  it('weighs parallel links: three weak ties lose to a strong pair', () => {
    // A triangle A-B-C where A-B carries weight 10: A and B belong together more than with C.
    const weighted = graphOf([['A-B', { weight: 10 }], 'B-C', 'C-A', 'C-D', 'D-E', 'E-C']);
    const { communityOf } = louvain(weighted);
    expect(communityOf.get('A')).toBe(communityOf.get('B'));
    expect(communityOf.get('D')).toBe(communityOf.get('E'));
  });
});
