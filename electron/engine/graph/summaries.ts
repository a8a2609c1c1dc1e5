/**
 * Turning graph indices back into what the contract returns: entity and link summaries, each
 * with the grading of its evidence, read set-wise in chunks (a neighbourhood can be thousands).
 */
import type { EntitySummary, LinkSummary } from '@shared/records';
import type { RecordStores } from '../records/recordStores';
import { linkSummary, NO_EVIDENCE, type LinkRow } from '../records/rows';
import type { VaultDatabase } from '../vault/database';
import type { VaultGraph } from './vaultGraph';

const CHUNK = 500;

/** Summaries of the given entities, in the order given (ids that vanished are left out). */
export function entitySummaries(stores: RecordStores, ids: readonly string[]): EntitySummary[] {
  const found = stores.entities.summaries(ids);
  return ids.flatMap((id) => {
    const summary = found.get(id);
    return summary ? [summary] : [];
  });
}

/**
 * Summaries of the given links (graph link indices), in the order given. `idOf`, when passed,
 * is filled with each link index's id (for spelling out paths).
 */
export function linkSummaries(db: VaultDatabase, stores: RecordStores, graph: VaultGraph, edges: readonly number[], idOf?: Map<number, string>): LinkSummary[] {
  const rowids = edges.map((e) => graph.linkRowid[e]!);
  const byRowid = new Map<number, LinkRow>();
  for (let i = 0; i < rowids.length; i += CHUNK) {
    const part = rowids.slice(i, i + CHUNK);
    const rows = db.prepare(`SELECT rowid AS rid, * FROM link WHERE rowid IN (${part.map(() => '?').join(', ')})`).all(...part) as Array<LinkRow & { rid: number }>;
    for (const row of rows) byRowid.set(row.rid, row);
  }
  const rows = edges.flatMap((e) => {
    const row = byRowid.get(graph.linkRowid[e]!);
    if (row) idOf?.set(e, row.id);
    return row ? [row] : [];
  });
  const aggregates = stores.evidence.aggregates('link', rows.map((row) => row.id));
  return rows.map((row) => {
    const { rid: _rid, ...link } = row as LinkRow & { rid?: number };
    return linkSummary(link, aggregates.get(row.id) ?? NO_EVIDENCE);
  });
}
