import type { ColumnMapping, ImportKind } from '@shared/contract/calls/ingest';
import { FenlightError } from '@shared/contract';
import type { VaultDatabase } from '../vault/database';

/** Column mappings saved for reuse (the vault's import_mapping table), per kind of file. */
export class MappingStore {
  constructor(private readonly db: VaultDatabase) {}

  list(kind: ImportKind): Array<{ name: string; mapping: ColumnMapping }> {
    const rows = this.db.prepare('SELECT name, mapping FROM import_mapping WHERE kind = ? ORDER BY name COLLATE NOCASE').all(kind) as Array<{ name: string; mapping: string }>;
    return rows.map((row) => ({ name: row.name, mapping: JSON.parse(row.mapping) as ColumnMapping }));
  }

  get(kind: ImportKind, name: string): ColumnMapping {
    const saved = this.db.prepare('SELECT mapping FROM import_mapping WHERE kind = ? AND name = ?').pluck().get(kind, name) as string | undefined;
    if (saved === undefined) throw new FenlightError('NOT_FOUND', `There is no saved column mapping called “${name}” for ${kind} files.`);
    return JSON.parse(saved) as ColumnMapping;
  }

  /** Saving under an existing name replaces that mapping (the analyst chose the name again). */
  save(kind: ImportKind, name: string, mapping: ColumnMapping, at: string): void {
    this.db
      .prepare(
        'INSERT INTO import_mapping (kind, name, mapping, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at',
      )
      .run(kind, name, JSON.stringify(mapping), at);
  }
}
