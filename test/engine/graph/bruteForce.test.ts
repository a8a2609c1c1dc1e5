import { describe, expect, it } from 'vitest';
import type { GraphConnectingNetwork, GraphNeighbourhood, GraphPathResult } from '@shared/contract/calls/graph';
import type { LinkType } from '@shared/domain/linkTypes';
import type { LinkDetail } from '@shared/records';
import { createTestVault, value } from '../../helpers/testVault';
import { person } from './graphVault';

/**
 * The engine's vault-wide answers against brute force over the same links, on a random vault
 * of a few hundred people built through the contract.
 */
interface Made {
  id: string;
  from: number;
  to: number;
  directed: boolean;
  type: LinkType;
  time: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const N = 160;
const M = 320;
const TYPES: Array<{ type: LinkType; directed: boolean }> = [
  { type: 'associate', directed: false },
  { type: 'family', directed: false },
  { type: 'recruited', directed: true },
  { type: 'controls_or_exploits', directed: true },
];

/** Plain BFS over the made links; `reverse` walks arrows backwards (distances TO the start). */
function distances(links: readonly Made[], start: number, follow: boolean, allowed: (link: Made) => boolean = () => true, reverse = false): number[] {
  const dist = new Array<number>(N).fill(-1);
  dist[start] = 0;
  let layer = [start];
  for (let d = 1; layer.length > 0; d++) {
    const next: number[] = [];
    for (const link of links) {
      if (!allowed(link)) continue;
      const steps: Array<[number, number]> = follow && link.directed ? [reverse ? [link.to, link.from] : [link.from, link.to]] : [[link.from, link.to], [link.to, link.from]];
      for (const [a, b] of steps) {
        if (layer.includes(a) && dist[b] === -1) {
          dist[b] = d;
          next.push(b);
        }
      }
    }
    layer = next;
  }
  return dist;
}

/** Fewest links with non-decreasing dates (undated links excluded): BFS over (link, direction) arrivals. */
function timedLength(links: readonly Made[], s: number, t: number, follow: boolean): number | null {
  if (s === t) return 0;
  const queue: Array<{ node: number; time: number; hops: number }> = [{ node: s, time: Number.NEGATIVE_INFINITY, hops: 0 }];
  const used = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const state = queue[i]!;
    if (state.node === t) return state.hops;
    for (const link of links) {
      if (Number.isNaN(link.time) || link.time < state.time) continue;
      const next = link.from === state.node ? link.to : link.to === state.node && !(follow && link.directed) ? link.from : -1;
      const key = `${link.id}>${next}`;
      if (next < 0 || used.has(key)) continue;
      used.add(key);
      queue.push({ node: next, time: link.time, hops: state.hops + 1 });
    }
  }
  return null;
}

describe('vault graph against brute force', () => {
  it('agrees on neighbourhoods, paths and connecting networks', async () => {
    const { engine } = await createTestVault();
    const next = random(2026);
    const ids: string[] = [];
    for (let i = 0; i < N; i++) ids.push(await person(engine, `Person ${i}`));
    const links: Made[] = [];
    for (let i = 0; i < M; i++) {
      // A few busy people, as in real casework (a shared address, a controller).
      const from = next() < 0.2 ? Math.floor(next() * 8) : Math.floor(next() * N);
      let to = Math.floor(next() * N);
      if (to === from) to = (to + 1) % N;
      const { type, directed } = TYPES[Math.floor(next() * TYPES.length)]!;
      const dated = next() < 0.85;
      const day = `2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      const detail = value<LinkDetail>(
        await engine.call('links.create', { link: { fromId: ids[from]!, toId: ids[to]!, type, directed, strength: 'confirmed', validFrom: dated ? day : null }, evidence: [] }),
      );
      links.push({ id: detail.link.id, from, to, directed, type, time: dated ? Date.parse(day) : Number.NaN });
    }
    const indexOf = new Map(ids.map((id, i) => [id, i]));

    for (let k = 0; k < 12; k++) {
      const seed = Math.floor(next() * N);
      for (const follow of [false, true]) {
        const allowed = k % 3 === 0 ? (link: Made) => link.type !== 'family' : () => true;
        const dist = distances(links, seed, follow, allowed);
        const result = value<GraphNeighbourhood>(
          await engine.call('graph.neighbours', { ids: [ids[seed]!], depth: 2, followDirection: follow, limit: 5000, ...(k % 3 === 0 ? { linkTypes: ['associate', 'recruited', 'controls_or_exploits'] } : {}) }),
        );
        const expected = ids.filter((_, v) => dist[v]! >= 0 && dist[v]! <= 2);
        expect(new Set(result.entities.map((entity) => entity.id))).toEqual(new Set(expected));
        expect(result.depths).toEqual(result.entities.map((entity) => dist[indexOf.get(entity.id)!]));
        const inside = new Set(expected);
        const induced = links.filter((link) => allowed(link) && inside.has(ids[link.from]!) && inside.has(ids[link.to]!)).map((link) => link.id);
        expect(new Set(result.links.map((summary) => summary.id))).toEqual(new Set(induced));
      }
    }

    for (let k = 0; k < 25; k++) {
      const s = Math.floor(next() * N);
      const t = Math.floor(next() * N);
      for (const follow of [false, true]) {
        const fromS = distances(links, s, follow);
        const toT = distances(links, t, follow, () => true, true);
        const plain = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids[s]!, toId: ids[t]!, followDirection: follow, maxPaths: 100 }));
        const length = fromS[t]! >= 0 ? fromS[t]! : null;
        expect(plain.length).toBe(length);
        if (length !== null) {
          const onPath = ids.filter((_, v) => fromS[v]! >= 0 && toT[v]! >= 0 && fromS[v]! + toT[v]! === length);
          expect(new Set(plain.entities.map((entity) => entity.id))).toEqual(new Set(onPath));
          for (const path of plain.paths) expect(path.linkIds).toHaveLength(length);
        }
        const timed = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids[s]!, toId: ids[t]!, followDirection: follow, timeOrdered: true }));
        expect(timed.length).toBe(timedLength(links, s, t, follow));
      }
    }

    const required = [0, 1, 50, 120].map((v) => ids[v]!);
    const network = value<GraphConnectingNetwork>(await engine.call('graph.connectingNetwork', { ids: required }));
    const expected = new Set(required);
    const dist = required.map((id) => distances(links, indexOf.get(id)!, false));
    for (let i = 0; i < required.length; i++) {
      for (let j = i + 1; j < required.length; j++) {
        const total = dist[i]![indexOf.get(required[j]!)!]!;
        if (total < 0) continue;
        ids.forEach((id, v) => {
          if (dist[i]![v]! >= 0 && dist[j]![v]! >= 0 && dist[i]![v]! + dist[j]![v]! === total) expected.add(id);
        });
      }
    }
    expect(new Set(network.entities.map((entity) => entity.id))).toEqual(expected);
  });
});
