/**
 * Turning graph indices back into what the contract returns: entity and link summaries, each
 * with the grading of its evidence.
 *
 * A two-hop neighbourhood returns hundreds of entities, so this is on the hot path of the
 * chart's "expand". The record stores read in chunks of 500 with a fresh IN (?, ?, …) statement
 * per chunk; here the ids travel as one JSON array through json_each, so each statement is
 * prepared once per vault connection and any number of ids takes one query. The evidence
 * aggregate is the same as EvidenceStore.aggregates (best grade = min(rank·2 + isC), which
 * prefers a P report to a C report of the same grade, read from the report's grading copied onto
 * each evidence row and its covering index: migration 5), and rows map through the same
 * entitySummary / linkSummary, so the summaries are identical to the stores'.
 */
import type { EntitySummary, LinkSummary } from '@shared/records';
import { entitySummary, linkSummary, NO_EVIDENCE, type EntityRow, type EvidenceAggregate, type LinkRow } from '../records/rows';
import type { VaultDatabase } from '../vault/database';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { VaultGraph } from './vaultGraph';

interface AggregateRow {
  owner: string;
  evidence_count: number;
  best: number;
  latest_on: string | null;
  any_conditions: number;
}

const aggregateSql = (column: 'entity_id' | 'link_id') =>
  `SELECT ev.${column} AS owner, count(*) AS evidence_count, min(ev.report_grade_rank * 2 + (ev.report_handling_code = 'C')) AS best,
          max(ev.report_event_on) AS latest_on, max(ev.report_handling_code = 'C') AS any_conditions
     FROM json_each(?) j JOIN evidence ev ON ev.${column} = j.value
    GROUP BY ev.${column}`;

interface Statements {
  entities: Database.Statement<[string], EntityRow>;
  links: Database.Statement<[string], LinkRow & { rid: number }>;
  entityEvidence: Database.Statement<[string], AggregateRow>;
  linkEvidence: Database.Statement<[string], AggregateRow>;
}

const prepared = new WeakMap<VaultDatabase, Statements>();

function statements(db: VaultDatabase): Statements {
  let found = prepared.get(db);
  if (!found) {
    found = {
      entities: db.prepare('SELECT e.* FROM json_each(?) j JOIN entity e ON e.id = j.value'),
      links: db.prepare('SELECT l.rowid AS rid, l.* FROM json_each(?) j JOIN link l ON l.rowid = j.value'),
      entityEvidence: db.prepare(aggregateSql('entity_id')),
      linkEvidence: db.prepare(aggregateSql('link_id')),
    };
    prepared.set(db, found);
  }
  return found;
}

function aggregates(rows: readonly AggregateRow[]): Map<string, EvidenceAggregate> {
  return new Map(
    rows.map((row) => [
      row.owner,
      {
        evidence_count: row.evidence_count,
        best_rank: Math.floor(row.best / 2),
        best_handling: row.best % 2 === 1 ? 'C' : 'P',
        latest_on: row.latest_on,
        any_conditions: row.any_conditions,
      },
    ]),
  );
}

/** Summaries of the given entities, in the order given (ids that vanished are left out). */
export function entitySummaries(db: VaultDatabase, ids: readonly string[]): EntitySummary[] {
  if (ids.length === 0) return [];
  const sql = statements(db);
  const json = JSON.stringify(ids);
  const rows = new Map(sql.entities.all(json).map((row) => [row.id, row]));
  const evidence = aggregates(sql.entityEvidence.all(json));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [entitySummary(row, evidence.get(id) ?? NO_EVIDENCE)] : [];
  });
}

/**
 * Summaries of the given links (graph link indices), in the order given. `idOf`, when passed,
 * is filled with each link index's id (for spelling out paths).
 */
export function linkSummaries(db: VaultDatabase, graph: VaultGraph, edges: readonly number[], idOf?: Map<number, string>): LinkSummary[] {
  if (edges.length === 0) return [];
  const sql = statements(db);
  const byRowid = new Map(sql.links.all(JSON.stringify(edges.map((e) => graph.linkRowid[e]!))).map((row) => [row.rid, row]));
  const rows = edges.flatMap((e) => {
    const row = byRowid.get(graph.linkRowid[e]!);
    if (row) idOf?.set(e, row.id);
    return row ? [row] : [];
  });
  const evidence = aggregates(sql.linkEvidence.all(JSON.stringify(rows.map((row) => row.id))));
  return rows.map(({ rid: _rid, ...row }) => linkSummary(row, evidence.get(row.id) ?? NO_EVIDENCE));
}
