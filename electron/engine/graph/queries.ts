/**
 * The vault-wide graph questions: a neighbourhood to expand a chart, Find Path and Find
 * Connecting Network — the searches of shared/graph run over the engine's VaultGraph, then the
 * few entities and links they found are read from SQL as summaries.
 */
import { FenlightError } from '@shared/contract';
import type { GraphConnectingNetwork, GraphLinkFilter, GraphNeighbourhood, GraphPathResult } from '@shared/contract/calls/graph';
import { GRAPH_LINKS_MAX } from '@shared/contract/calls/graph';
import { linkStrengthCodes } from '@shared/domain/linkStrengths';
import { linkTypeCodes } from '@shared/domain/linkTypes';
import { connectingNetworkCore } from '@shared/graph/connectingNetwork';
import { thresholdMask } from '@shared/graph/grades';
import type { EdgePredicate } from '@shared/graph/model';
import { searchPaths } from '@shared/graph/paths';
import { neighbourhood } from '@shared/graph/traversal';
import type { RecordContext } from '../records/recordContext';
import { resolveSeeds } from './seeds';
import { entitySummaries, linkSummaries } from './summaries';
import type { VaultGraph } from './vaultGraph';

const DAY_MS = 86_400_000;

/** One predicate for every filter given; null when none is (so the search skips the call). */
export function linkPredicate(rc: RecordContext, graph: VaultGraph, filter: GraphLinkFilter): EdgePredicate | null {
  const tests: EdgePredicate[] = [];
  if (filter.linkTypes && filter.linkTypes.length > 0) {
    const allowed = new Uint8Array(256);
    for (const type of filter.linkTypes) allowed[linkTypeCodes.indexOf(type)] = 1;
    tests.push((e) => allowed[graph.linkType[e]!] === 1);
  }
  if (filter.strengths && filter.strengths.length > 0) {
    const allowed = new Uint8Array(256);
    for (const strength of filter.strengths) allowed[linkStrengthCodes.indexOf(strength)] = 1;
    tests.push((e) => allowed[graph.linkStrength[e]!] === 1);
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const from = filter.from !== undefined ? Date.parse(filter.from) : Number.NEGATIVE_INFINITY;
    const to = filter.to !== undefined ? Date.parse(filter.to) + DAY_MS - 1 : Number.POSITIVE_INFINITY;
    tests.push((e) => graph.linkStart[e]! <= to && graph.linkEnd[e]! >= from);
  }
  if (filter.minGrade && (filter.minGrade.source !== undefined || filter.minGrade.assessment !== undefined)) {
    const wanted = thresholdMask({
      ...(filter.minGrade.source !== undefined ? { source: filter.minGrade.source } : {}),
      ...(filter.minGrade.assessment !== undefined ? { assessment: filter.minGrade.assessment } : {}),
    });
    const masks = graph.gradeMasks(rc.session.db);
    tests.push((e) => (masks[e]! & wanted) !== 0);
  }
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  return (e) => tests.every((test) => test(e));
}

export function neighbours(
  rc: RecordContext,
  graph: VaultGraph,
  input: GraphLinkFilter & { ids: string[]; depth: number; limit: number },
): GraphNeighbourhood {
  const started = performance.now();
  const seeds = resolveSeeds(rc.session.db, graph, input.ids);
  const room = Math.max(0, input.limit - seeds.unlinked.length);
  const found = neighbourhood(
    graph.topology,
    seeds.nodes,
    input.depth,
    { followDirection: input.followDirection, edgeOk: linkPredicate(rc, graph, input), limit: room, edges: 'induced' },
    graph.scratch,
  );
  // Seeds first (those with links, then any with none yet), then by distance.
  const seedCount = found.depths.filter((depth) => depth === 0).length;
  const unlinked = seeds.unlinked.slice(0, Math.max(0, input.limit - found.nodes.length));
  const nodeIds = found.nodes.map((v) => graph.entityIds[v]!);
  const ids = [...nodeIds.slice(0, seedCount), ...unlinked, ...nodeIds.slice(seedCount)];
  const depths = [...found.depths.slice(0, seedCount), ...unlinked.map(() => 0), ...found.depths.slice(seedCount)];
  const entities = entitySummaries(rc.session.db, ids);
  const kept = new Set(entities.map((entity) => entity.id));
  const edges = found.edges.slice(0, GRAPH_LINKS_MAX);
  return {
    entities,
    depths: ids.flatMap((id, i) => (kept.has(id) ? [depths[i]!] : [])),
    links: linkSummaries(rc.session.db, graph, edges),
    truncated: found.truncated || seeds.unlinked.length > input.limit || found.edges.length > edges.length,
    merged: seeds.merged,
    missing: seeds.missing,
    tookMs: performance.now() - started,
  };
}

function oneEntity(rc: RecordContext, graph: VaultGraph, id: string, label: string): { node: number | null; id: string; merged: Record<string, string> } {
  const seeds = resolveSeeds(rc.session.db, graph, [id]);
  if (seeds.missing.length > 0) throw new FenlightError('NOT_FOUND', `The ${label} entity is not in the vault (it may have been deleted).`);
  const resolved = seeds.merged[id] ?? id;
  return { node: seeds.nodes[0] ?? null, id: resolved, merged: seeds.merged };
}

export function findPath(
  rc: RecordContext,
  graph: VaultGraph,
  input: GraphLinkFilter & { fromId: string; toId: string; timeOrdered: boolean; undatedLinks: 'exclude' | 'carry'; maxLength?: number | undefined; maxPaths: number },
): GraphPathResult {
  const started = performance.now();
  const from = oneEntity(rc, graph, input.fromId, 'first');
  const to = oneEntity(rc, graph, input.toId, 'second');
  const merged = { ...from.merged, ...to.merged };
  const none: GraphPathResult = { found: false, length: null, paths: [], totalPaths: 0, complete: true, entities: [], links: [], merged, missing: [], tookMs: 0 };
  if (from.id === to.id) {
    return { ...none, found: true, length: 0, paths: [{ entityIds: [from.id], linkIds: [] }], totalPaths: 1, entities: entitySummaries(rc.session.db, [from.id]), tookMs: performance.now() - started };
  }
  if (from.node === null || to.node === null) return { ...none, tookMs: performance.now() - started };
  const result = searchPaths(
    graph.topology,
    from.node,
    to.node,
    {
      followDirection: input.followDirection,
      timeOrdered: input.timeOrdered,
      undatedLinks: input.undatedLinks,
      maxPaths: input.maxPaths,
      ...(input.maxLength !== undefined ? { maxLength: input.maxLength } : {}),
      edgeOk: linkPredicate(rc, graph, input),
      ...(input.timeOrdered ? { edgeTime: graph.edgeTimes(), timeSweep: graph.timeSweep() } : {}),
    },
    graph.scratch,
  );
  if (!result) return { ...none, tookMs: performance.now() - started };
  const linkId = new Map<number, string>();
  const links = linkSummaries(rc.session.db, graph, result.edges, linkId);
  return {
    found: true,
    length: result.length,
    paths: result.paths.map((path) => ({ entityIds: path.nodes.map((v) => graph.entityIds[v]!), linkIds: path.edges.map((e) => linkId.get(e) ?? '') })),
    totalPaths: result.totalPaths,
    complete: result.complete,
    entities: entitySummaries(
      rc.session.db,
      result.nodes.map((v) => graph.entityIds[v]!),
    ),
    links,
    merged,
    missing: [],
    tookMs: performance.now() - started,
  };
}

export function connectingNetwork(
  rc: RecordContext,
  graph: VaultGraph,
  input: GraphLinkFilter & { ids: string[]; maxLength?: number | undefined },
): GraphConnectingNetwork {
  const started = performance.now();
  const seeds = resolveSeeds(rc.session.db, graph, input.ids);
  const core = connectingNetworkCore(
    graph.topology,
    seeds.nodes,
    {
      followDirection: input.followDirection,
      edgeOk: linkPredicate(rc, graph, input),
      ...(input.maxLength !== undefined ? { maxLength: input.maxLength } : {}),
    },
    graph.scratch,
  );
  const id = (v: number) => graph.entityIds[v]!;
  const required = [...seeds.nodes.map(id), ...seeds.unlinked];
  const pairs = core.pairs.map((pair) => ({ fromId: id(pair.from), toId: id(pair.to), length: pair.length }));
  // Entities with no links yet are connected to nothing.
  for (let i = 0; i < required.length; i++) {
    for (let j = Math.max(i + 1, seeds.nodes.length); j < required.length; j++) pairs.push({ fromId: required[i]!, toId: required[j]!, length: null });
  }
  const edges = core.edges.slice(0, GRAPH_LINKS_MAX);
  return {
    entities: entitySummaries(rc.session.db, [...core.nodes.map(id), ...seeds.unlinked]),
    links: linkSummaries(rc.session.db, graph, edges),
    pairs,
    merged: seeds.merged,
    missing: seeds.missing,
    tookMs: performance.now() - started,
  };
}
