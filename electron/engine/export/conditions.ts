import type { VaultDatabase } from '../vault/database';

const BATCH = 500;

/**
 * The handling conditions of every C-graded report behind `entityIds` (their evidence), each
 * once. They must travel with anything that shows those entities (domain.md §1.3), so the engine
 * works them out itself rather than trusting the export to list them.
 */
export function handlingConditionsFor(db: VaultDatabase, entityIds: readonly string[]): string[] {
  const found = new Set<string>();
  const unique = [...new Set(entityIds)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const part = unique.slice(i, i + BATCH);
    const rows = db
      .prepare(
        `SELECT DISTINCT r.handling_conditions FROM evidence ev JOIN report r ON r.id = ev.report_id
          WHERE r.handling_code = 'C' AND ev.entity_id IN (${part.map(() => '?').join(', ')})`,
      )
      .pluck()
      .all(...part) as string[];
    for (const text of rows) if (text.trim()) found.add(text.trim());
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
