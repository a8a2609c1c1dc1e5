import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import type { GraphConnectingNetwork, GraphNeighbourhood, GraphPathResult } from '@shared/contract/calls/graph';
import type { Engine } from '../../../electron/engine/index';
import { openRaw } from '../../helpers/rawVault';
import { createReport } from '../../helpers/records';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { link, people } from './graphVault';

async function consults(engine: Engine, operation: string): Promise<AuditEntry[]> {
  const { entries } = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { actions: ['CONSULT'], limit: 500 }));
  return entries.filter((entry) => entry.operation === operation);
}

function names(ids: Record<string, string>, entityIds: readonly string[]): string[] {
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return entityIds.map((id) => byId.get(id) ?? id);
}

describe('graph.neighbours', () => {
  it('expands a chart by depth, nearest first, with the links among the entities returned', async () => {
    const { engine } = await createTestVault();
    // S - A - B - C, S > D, A - D (a triangle S, A, D), E alone.
    const ids = await people(engine, ['S', 'A', 'B', 'C', 'D', 'E']);
    await link(engine, ids, 'S-A');
    await link(engine, ids, 'A-B');
    await link(engine, ids, 'B-C');
    await link(engine, ids, 'S>D');
    await link(engine, ids, 'A-D');

    const one = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.S] }));
    expect(names(ids, one.entities.map((entity) => entity.id))).toEqual(['S', 'A', 'D']);
    expect(one.depths).toEqual([0, 1, 1]);
    // Induced: A-D joins two returned entities, so the chart draws it too.
    expect(one.links).toHaveLength(3);
    expect(one.entities[1]).toMatchObject({ type: 'person', label: 'A' });

    const two = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.S], depth: 2 }));
    expect(names(ids, two.entities.map((entity) => entity.id))).toEqual(['S', 'A', 'D', 'B']);
    expect(two.links).toHaveLength(4);

    // Along arrows only: D→S is against S>D's arrow, so from D nothing but A (undirected) is reached.
    const directed = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.D], followDirection: true }));
    expect(names(ids, directed.entities.map((entity) => entity.id))).toEqual(['D', 'A']);

    const limited = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.S], depth: 3, limit: 2 }));
    expect(limited).toMatchObject({ truncated: true });
    expect(limited.entities).toHaveLength(2);

    // An entity with no links comes back alone.
    const alone = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.E], depth: 3 }));
    expect(alone.entities.map((entity) => entity.id)).toEqual([ids.E]);
  });

  it('filters by link type, date range and minimum grade of the evidence', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['S', 'A', 'B', 'C']);
    const good = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'B' });
    const hearsay = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'E' });
    await link(engine, ids, 'S-A', { validFrom: '2024-01-01', validTo: '2024-06-30', evidence: [good.summary.id] });
    await link(engine, ids, 'S-B', { type: 'family', evidence: [hearsay.summary.id] });
    await link(engine, ids, 'S-C', { validFrom: '2025-03-01' });

    const call = async (filter: Record<string, unknown>) =>
      names(ids, value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.S], ...filter })).entities.map((entity) => entity.id));
    expect(await call({})).toEqual(['S', 'A', 'B', 'C']);
    expect(await call({ linkTypes: ['family'] })).toEqual(['S', 'B']);
    // S-B has no dates: valid throughout, so any range keeps it.
    expect(await call({ from: '2024-07-01', to: '2025-01-01' })).toEqual(['S', 'B']);
    expect(await call({ from: '2024-06-30', to: '2024-06-30' })).toEqual(['S', 'A', 'B']);
    // 1-E is from a reliable source but suspected false: it fails "B or better"; S-C has no evidence at all.
    expect(await call({ minGrade: { assessment: 'B' } })).toEqual(['S', 'A']);
    expect(await call({ minGrade: { source: '1' } })).toEqual(['S', 'A', 'B']);

    // Regrading the report behind S-B changes the answer (grades reload after a report changes).
    const { summary } = hearsay;
    value(await engine.call('reports.update', { id: summary.id, report: { ...(await reportFields(engine, summary.id)), intelligenceAssessment: 'A' } }));
    expect(await call({ minGrade: { assessment: 'B' } })).toEqual(['S', 'A', 'B']);
  });

  it('summarises evidence as the entity store does, following a report regraded after linking', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['S', 'A']);
    const weak = await createReport(engine, { sourceEvaluation: '3', intelligenceAssessment: 'D' });
    const strong = await createReport(engine, { sourceEvaluation: '2', intelligenceAssessment: 'C' });
    const linkId = await link(engine, ids, 'S-A', { evidence: [weak.summary.id, strong.summary.id] });
    for (const report of [weak, strong]) value(await engine.call('evidence.add', { target: { entityId: ids.A! }, reportId: report.summary.id }));
    const compare = async () => {
      const expanded = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.S] }));
      const fromGraph = expanded.entities.find((entity) => entity.id === ids.A)!;
      const fromStore = value<{ summary: typeof fromGraph }>(await engine.call('entities.get', { id: ids.A! })).summary;
      expect(fromGraph).toEqual(fromStore);
      return { entity: fromGraph.bestGrade, link: expanded.links.find((item) => item.id === linkId)!.bestGrade };
    };
    expect(await compare()).toEqual({ entity: { source: '2', assessment: 'C', handling: 'P' }, link: { source: '2', assessment: 'C', handling: 'P' } });
    value(await engine.call('reports.update', { id: weak.summary.id, report: { ...(await reportFields(engine, weak.summary.id)), sourceEvaluation: '1', intelligenceAssessment: 'A' } }));
    expect(await compare()).toEqual({ entity: { source: '1', assessment: 'A', handling: 'P' }, link: { source: '1', assessment: 'A', handling: 'P' } });
  });

  it('follows merged entities to their survivor, reports deleted ones, and refuses bad input', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['S', 'A', 'T']);
    await link(engine, ids, 'S-A');
    value(await engine.call('entities.merge', { survivorId: ids.A, mergedId: ids.T }));
    const result = value<GraphNeighbourhood>(await engine.call('graph.neighbours', { ids: [ids.T, 'no-such-entity'] }));
    expect(result.merged).toEqual({ [ids.T!]: ids.A });
    expect(result.missing).toEqual(['no-such-entity']);
    expect(names(ids, result.entities.map((entity) => entity.id))).toEqual(['A', 'S']);
    expectError(await engine.call('graph.neighbours', { ids: [ids.S], depth: 4 }), 'INVALID_INPUT');
    expectError(await engine.call('graph.neighbours', { ids: [ids.S], from: '2024-05-01', to: '2024-01-01' }), 'INVALID_INPUT');
  });

  it('records one CONSULT per call, listing the entities returned', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['S', 'A', 'B']);
    await link(engine, ids, 'S-A');
    await link(engine, ids, 'A-B');
    value(await engine.call('graph.neighbours', { ids: [ids.S], depth: 2 }));
    const [entry, ...others] = await consults(engine, 'graph.neighbours');
    expect(others).toHaveLength(0);
    expect(entry!.targets).toEqual([ids.S, ids.A, ids.B].map((id) => ({ type: 'entity', id })));
    expect(entry!.details?.facts).toMatchObject({ entities: 3, targetsListed: 3, links: 2, depth: 2 });
  });
});

describe('graph.findPath', () => {
  it('finds every tied shortest path across the vault, following direction and time when asked', async () => {
    const { engine } = await createTestVault();
    // A square with a tail: A-B, A-C, B-D, C-D, D-E; and C>X, X>E (directed shortcut C→E).
    const ids = await people(engine, ['A', 'B', 'C', 'D', 'E', 'X']);
    await link(engine, ids, 'A-B', { validFrom: '2024-01-01' });
    await link(engine, ids, 'A-C', { validFrom: '2024-01-05' });
    await link(engine, ids, 'B-D', { validFrom: '2024-01-02' });
    await link(engine, ids, 'C-D', { validFrom: '2024-01-01' });
    await link(engine, ids, 'D-E', { validFrom: '2024-01-03' });

    const plain = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.E }));
    expect(plain).toMatchObject({ found: true, length: 3, totalPaths: 2 });
    expect(plain.paths.map((path) => names(ids, path.entityIds).join('')).sort()).toEqual(['ABDE', 'ACDE']);
    // In path order: A first, B and C (both one link out) in either order, then D, E.
    const union = names(ids, plain.entities.map((entity) => entity.id));
    expect([union[0], [...union.slice(1, 3)].sort(), ...union.slice(3)]).toEqual(['A', ['B', 'C'], 'D', 'E']);
    expect(plain.links).toHaveLength(5);
    expect(plain.paths[0]!.linkIds.every((id) => plain.links.some((summary) => summary.id === id))).toBe(true);

    // A-C (5 Jan) then C-D (1 Jan) goes back in time; A-B, B-D, D-E run forwards.
    const timed = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.E, timeOrdered: true }));
    expect(timed.paths.map((path) => names(ids, path.entityIds))).toEqual([['A', 'B', 'D', 'E']]);

    await link(engine, ids, 'C>X');
    await link(engine, ids, 'X>E');
    // The index is rebuilt after new links: the shortcut ties with the square.
    const after = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.E }));
    expect(after.totalPaths).toBe(3);
    const back = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.E, toId: ids.A, followDirection: true }));
    expect(back.totalPaths).toBe(2);

    const none = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.E, maxLength: 2 }));
    expect(none).toMatchObject({ found: false, length: null, paths: [] });
    const entry = (await consults(engine, 'graph.findPath')).find((candidate) => candidate.details?.facts?.found === false);
    expect(entry!.targets.map((target) => target.id)).toEqual([ids.A, ids.E]);
    expectError(await engine.call('graph.findPath', { fromId: ids.A, toId: 'gone' }), 'NOT_FOUND');
  });

  it('notices links written by another connection (SQLite data_version), not only announced ones', async () => {
    const { engine, vaultPath } = await createTestVault();
    const ids = await people(engine, ['A', 'B']);
    expect(value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.B })).found).toBe(false);
    const raw = await openRaw(vaultPath);
    raw
      .prepare(
        `INSERT INTO link (id, from_id, to_id, type, directed, strength, valid_from, valid_to, notes, created_at, updated_at)
         VALUES ('raw-link', ?, ?, 'associate', 0, 'confirmed', NULL, NULL, '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(ids.A, ids.B);
    raw.close();
    const after = value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.B }));
    expect(after.paths).toEqual([{ entityIds: [ids.A, ids.B], linkIds: ['raw-link'] }]);
  });

  it('sees a deleted link disappear', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['A', 'B']);
    const linkId = await link(engine, ids, 'A-B');
    expect(value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.B })).length).toBe(1);
    value(await engine.call('links.delete', { id: linkId, reason: 'Entered against the wrong person.' }));
    expect(value<GraphPathResult>(await engine.call('graph.findPath', { fromId: ids.A, toId: ids.B })).found).toBe(false);
  });
});

describe('graph.connectingNetwork', () => {
  it('brings out the intermediaries between three people', async () => {
    const { engine } = await createTestVault();
    const ids = await people(engine, ['P1', 'P2', 'P3', 'M1', 'M2', 'M3', 'X', 'Y', 'Z', 'Q']);
    for (const spec of ['P1-M1', 'M1-P2', 'P2-M2', 'M2-M3', 'M3-P3', 'P1-X', 'X-Y', 'Y-Z', 'Z-P3', 'P1-Q']) await link(engine, ids, spec);
    const result = value<GraphConnectingNetwork>(await engine.call('graph.connectingNetwork', { ids: [ids.P1, ids.P2, ids.P3] }));
    expect(names(ids, result.entities.map((entity) => entity.id)).sort()).toEqual(['M1', 'M2', 'M3', 'P1', 'P2', 'P3', 'X', 'Y', 'Z']);
    expect(result.links).toHaveLength(9);
    expect(result.pairs.map((pair) => [...names(ids, [pair.fromId, pair.toId]), pair.length])).toEqual([
      ['P1', 'P2', 2],
      ['P1', 'P3', 4],
      ['P2', 'P3', 3],
    ]);
    expect((await consults(engine, 'graph.connectingNetwork'))[0]!.targets).toHaveLength(9);
  });
});

async function reportFields(engine: Engine, id: string): Promise<Record<string, unknown>> {
  const detail = value<{ fields: Record<string, unknown> }>(await engine.call('reports.get', { id }));
  return detail.fields;
}
