import { describe, expect, it } from 'vitest';
import { betweenness, buildGraph, closeness, connectingNetwork, coreNumbers, findPath, type GraphEdgeInput, type GraphModel } from '@shared/graph';

/**
 * The fast algorithms against slow, obviously correct references on random graphs: all-pairs
 * distances by repeated plain BFS, time-ordered reachability by BFS over (node, last link)
 * states, betweenness by counting paths pair by pair.
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function randomGraph(seed: number, n: number, m: number): GraphModel {
  const next = random(seed);
  const edges: GraphEdgeInput[] = [];
  for (let i = 0; i < m; i++) {
    const a = Math.floor(next() * n);
    let b = Math.floor(next() * n);
    if (a === b) b = (b + 1) % n;
    const day = 1 + Math.floor(next() * 28);
    edges.push({
      id: `e${i}`,
      source: `n${a}`,
      target: `n${b}`,
      directed: next() < 0.5,
      type: next() < 0.8 ? 'associate' : 'family',
      strength: 'confirmed',
      validFrom: next() < 0.9 ? `2024-02-${String(day).padStart(2, '0')}` : null,
      validTo: null,
    });
  }
  return buildGraph(
    Array.from({ length: n }, (_, v) => ({ id: `n${v}` })),
    edges,
  );
}

/** Distances from s by plain BFS over the link list (no CSR), -1 when unreachable. */
function bfs(graph: GraphModel, s: number, follow: boolean, reverse = false): number[] {
  const dist = new Array<number>(graph.nodeCount).fill(-1);
  dist[s] = 0;
  const queue = [s];
  while (queue.length > 0) {
    const u = queue.shift()!;
    graph.edges.forEach((_, e) => {
      const a = graph.edgeSource[e]!;
      const b = graph.edgeTarget[e]!;
      const directed = follow && graph.edgeDirected[e] === 1;
      const steps: Array<[number, number]> = directed ? [reverse ? [b, a] : [a, b]] : [[a, b], [b, a]];
      for (const [x, y] of steps) {
        if (x === u && dist[y] === -1) {
          dist[y] = dist[u]! + 1;
          queue.push(y);
        }
      }
    });
  }
  return dist;
}

/** Fewest links from s to t when times must not go backwards: BFS over "arrived by link e" states. */
function timedDistance(graph: GraphModel, s: number, t: number, follow: boolean): number | null {
  const states: Array<{ node: number; time: number; hops: number }> = [{ node: s, time: Number.NEGATIVE_INFINITY, hops: 0 }];
  const usedLink = new Set<number>();
  for (let i = 0; i < states.length; i++) {
    const { node, time, hops } = states[i]!;
    if (node === t) return hops;
    graph.edges.forEach((_, e) => {
      const when = graph.edgeTime[e]!;
      if (Number.isNaN(when) || when < time) return;
      const a = graph.edgeSource[e]!;
      const b = graph.edgeTarget[e]!;
      let next = -1;
      if (a === node) next = b;
      else if (b === node && !(follow && graph.edgeDirected[e] === 1)) next = a;
      // Arriving over link e at `next` always leaves the same clock, so that state is entered
      // once, at its first (fewest-hops) use.
      const state = e * 2 + (next === b ? 0 : 1);
      if (next < 0 || usedLink.has(state)) return;
      usedLink.add(state);
      states.push({ node: next, time: when, hops: hops + 1 });
    });
  }
  return null;
}

describe('paths against brute force', () => {
  for (const seed of [1, 2, 3]) {
    const graph = randomGraph(seed, 60, 110);
    const pairs = Array.from({ length: 60 }, (_, i) => [(i * 7) % 60, (i * 13 + 5) % 60] as const);

    it(`fewest links, union of tied paths and path counts (seed ${seed})`, () => {
      for (const follow of [false, true]) {
        for (const [s, t] of pairs) {
          const fromS = bfs(graph, s, follow);
          const toT = bfs(graph, t, follow, true);
          const result = findPath(graph, `n${s}`, `n${t}`, { followDirection: follow, maxPaths: 1000 });
          const expected = fromS[t]! >= 0 ? fromS[t]! : null;
          expect(result.length).toBe(expected);
          if (expected === null) continue;
          const onPath = graph.nodeIds.filter((_, v) => fromS[v]! >= 0 && toT[v]! >= 0 && fromS[v]! + toT[v]! === expected);
          expect([...result.nodes].sort()).toEqual([...onPath].sort());
          expect(result.paths).toHaveLength(Math.min(result.totalPaths, 1000));
          for (const path of result.paths) expect(path.edges).toHaveLength(expected);
        }
      }
    });

    it(`time-ordered fewest links (seed ${seed})`, () => {
      for (const follow of [false, true]) {
        for (const [s, t] of pairs) {
          const result = findPath(graph, `n${s}`, `n${t}`, { followDirection: follow, timeOrdered: true });
          expect(result.length).toBe(s === t ? 0 : timedDistance(graph, s, t, follow));
          for (const path of result.paths) {
            const times = path.edges.map((id) => graph.edgeTime[graph.edges.findIndex((edge) => edge.id === id)]!);
            expect(times).toEqual([...times].sort((a, b) => a - b));
          }
        }
      }
    });
  }
});

describe('SNA against brute force', () => {
  const graph = randomGraph(9, 25, 45);
  const n = graph.nodeCount;

  it('betweenness equals the pair-by-pair share of shortest paths', () => {
    for (const directed of [false, true]) {
      const dist = Array.from({ length: n }, (_, s) => bfs(graph, s, directed));
      // σ(s, t): number of shortest paths, counted by dynamic programming over distance layers.
      const sigma = dist.map((fromS, s) => {
        const counts = new Array<number>(n).fill(0);
        counts[s] = 1;
        const order = [...Array(n).keys()].filter((v) => fromS[v]! >= 0).sort((a, b) => fromS[a]! - fromS[b]!);
        for (const v of order) {
          for (const u of order) if (fromS[u] === fromS[v]! - 1 && dist[u]![v] === 1) counts[v]! += counts[u]!;
        }
        return counts;
      });
      const expected = new Array<number>(n).fill(0);
      for (let s = 0; s < n; s++) {
        for (let t = 0; t < n; t++) {
          if (s === t || dist[s]![t]! < 0) continue;
          for (let v = 0; v < n; v++) {
            if (v === s || v === t || dist[s]![v]! < 0 || dist[v]![t]! < 0) continue;
            if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]!) expected[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
          }
        }
      }
      const scores = betweenness(graph, { directed });
      const scale = 1 / ((n - 1) * (n - 2));
      graph.nodeIds.forEach((id, v) => expect(scores.get(id)).toBeCloseTo(expected[v]! * scale, 9));
    }
  });

  it('closeness (Wasserman–Faust) from all-pairs distances', () => {
    const scores = closeness(graph);
    graph.nodeIds.forEach((id, v) => {
      const d = bfs(graph, v, false).filter((x) => x > 0);
      const r = d.length + 1;
      const total = d.reduce((a, b) => a + b, 0);
      expect(scores.get(id)).toBeCloseTo(total > 0 ? ((r - 1) / total) * ((r - 1) / (n - 1)) : 0, 12);
    });
  });

  it('core numbers by repeated peeling', () => {
    const neighbours = graph.nodeIds.map((_, v) => new Set(bfs(graph, v, false).flatMap((d, u) => (d === 1 ? [u] : []))));
    const expected = new Array<number>(n).fill(0);
    const alive = new Set(graph.nodeIds.keys());
    for (let k = 0; alive.size > 0; k++) {
      let changed = true;
      while (changed) {
        changed = false;
        for (const v of [...alive]) {
          if ([...neighbours[v]!].filter((u) => alive.has(u)).length <= k) {
            expected[v] = k;
            alive.delete(v);
            changed = true;
          }
        }
      }
    }
    const cores = coreNumbers(graph);
    graph.nodeIds.forEach((id, v) => expect(cores.get(id)).toBe(expected[v]));
  });

  it('connecting network equals the union of nodes on some pairwise shortest path', () => {
    const required = [0, 5, 11, 17];
    const dist = required.map((s) => bfs(graph, s, false));
    const expected = new Set<string>(required.map((v) => `n${v}`));
    for (let i = 0; i < required.length; i++) {
      for (let j = i + 1; j < required.length; j++) {
        const total = dist[i]![required[j]!]!;
        if (total < 0) continue;
        graph.nodeIds.forEach((id, v) => {
          if (dist[i]![v]! >= 0 && dist[j]![v]! >= 0 && dist[i]![v]! + dist[j]![v]! === total) expected.add(id);
        });
      }
    }
    expect(new Set(connectingNetwork(graph, required.map((v) => `n${v}`)).nodes)).toEqual(expected);
  });
});
