/**
 * Entity ids from the UI to graph nodes. A chart may still show an entity that was merged into
 * another since (it then stands for the survivor) or deleted (reported missing), and an entity
 * created since the graph was built has no links yet (it is "unlinked": shown, never walked).
 */
import type { VaultDatabase } from '../vault/database';
import type { VaultGraph } from './vaultGraph';

/** Merge chains are short (A into B, later B into C); the bound only guards against a cycle. */
const MAX_MERGE_HOPS = 32;

export interface ResolvedSeeds {
  /** Graph nodes, in request order, without repeats. */
  nodes: number[];
  /** Live entities with no links in the graph. */
  unlinked: string[];
  /** Requested id → the entity it was merged into. */
  merged: Record<string, string>;
  /** Requested ids not in the vault. */
  missing: string[];
}

export function resolveSeeds(db: VaultDatabase, graph: VaultGraph, ids: readonly string[]): ResolvedSeeds {
  const result: ResolvedSeeds = { nodes: [], unlinked: [], merged: {}, missing: [] };
  const seen = new Set<string>();
  const add = (requested: string, id: string, live: boolean) => {
    if (id !== requested) result.merged[requested] = id;
    if (seen.has(id)) return;
    seen.add(id);
    const v = graph.index.get(id);
    if (v !== undefined) result.nodes.push(v);
    else if (live) result.unlinked.push(id);
  };
  const unknown: string[] = [];
  for (const id of ids) {
    if (graph.index.has(id)) add(id, id, true);
    else unknown.push(id);
  }
  for (const id of unknown) {
    const resolved = followMerges(db, id);
    if (resolved === null) result.missing.push(id);
    else add(id, resolved, true);
  }
  return result;
}

/** The live entity an id now stands for, or null when it is not in the vault. */
function followMerges(db: VaultDatabase, id: string): string | null {
  let current = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const row = db.prepare('SELECT merged_into FROM entity WHERE id = ?').get(current) as { merged_into: string | null } | undefined;
    if (!row) return null;
    if (row.merged_into === null) return current;
    current = row.merged_into;
  }
  return null;
}
