import { buildNameMatcher, type KnownName, type NameMatcher } from '@shared/extraction';
import type { VaultDatabase } from '../vault/database';

/**
 * The names and aliases of every live entity, as a matcher for extraction from report text.
 * Built lazily and rebuilt only after names change.
 */
export class NameIndex {
  private matcher: NameMatcher | null = null;

  constructor(private readonly db: VaultDatabase) {}

  invalidate(): void {
    this.matcher = null;
  }

  get(): NameMatcher {
    if (!this.matcher) {
      const names = this.db
        .prepare('SELECT n.entity_id AS entityId, n.name FROM entity_name n JOIN entity e ON e.id = n.entity_id WHERE e.merged_into IS NULL')
        .all() as KnownName[];
      this.matcher = buildNameMatcher(names);
    }
    return this.matcher;
  }
}
