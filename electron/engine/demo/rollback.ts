/**
 * Removing a partial demo load after it was cancelled or failed, in one transaction with an
 * ERASE audit entry. It removes exactly what the job created (by id) and whatever was since
 * attached to those records (evidence, links, merge journal rows), so records the analyst made
 * by hand stay; the TRAINING DATA flag is cleared only if the job set it.
 */
import type { VaultSession } from '../vault/vaultSession';
import { writeMeta } from '../vault/vaultMeta';

export interface Loaded {
  reports: string[];
  entities: string[];
  links: string[];
  /** Whether this job set the vault's TRAINING DATA flag. */
  flaggedTraining: boolean;
}

const CHUNK = 500;

/** Runs `sql`, whose `@ids` stand for a list of ids, over `ids` in chunks (SQLite limits parameters). */
function eachChunk(session: VaultSession, sql: string, ids: readonly string[]): string[] {
  const rows: string[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const uses = sql.split('@ids').length - 1;
    const statement = session.db.prepare(sql.replaceAll('@ids', part.map(() => '?').join(', ')));
    const params = Array.from({ length: uses }, () => part).flat();
    if (statement.reader) rows.push(...(statement.pluck().all(...params) as string[]));
    else statement.run(...params);
  }
  return rows;
}

export function removeLoaded(session: VaultSession, loaded: Loaded, reason: string): void {
  session.transaction(() => {
    // Links the analyst drew to demo entities in the meantime go with them.
    const links = [...new Set([...loaded.links, ...eachChunk(session, 'SELECT id FROM link WHERE from_id IN (@ids) OR to_id IN (@ids)', loaded.entities)])];
    eachChunk(session, 'DELETE FROM evidence WHERE report_id IN (@ids)', loaded.reports);
    eachChunk(session, 'DELETE FROM evidence WHERE link_id IN (@ids)', links);
    eachChunk(session, 'DELETE FROM evidence WHERE entity_id IN (@ids)', loaded.entities);
    eachChunk(session, 'DELETE FROM link WHERE id IN (@ids)', links);
    eachChunk(session, 'DELETE FROM entity_merge WHERE survivor_id IN (@ids) OR merged_id IN (@ids)', loaded.entities);
    eachChunk(session, 'UPDATE entity SET merged_into = NULL WHERE merged_into IN (@ids)', loaded.entities);
    eachChunk(session, 'DELETE FROM entity WHERE id IN (@ids)', loaded.entities);
    eachChunk(session, 'DELETE FROM report WHERE id IN (@ids)', loaded.reports);
    if (loaded.flaggedTraining) writeMeta(session.db, { trainingData: false });
    session.audit.append({
      action: 'ERASE',
      operation: 'demo.load',
      targets: [{ type: 'vault', id: session.info.vaultId }],
      reason,
      details: { facts: { reports: loaded.reports.length, entities: loaded.entities.length, links: links.length } },
    });
  });
  session.refreshMeta();
}
