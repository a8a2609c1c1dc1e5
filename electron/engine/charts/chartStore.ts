import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import type { ChartListItem, SavedChart } from '@shared/contract/calls/charts';
import type { ChartDocument } from '@shared/chart/document';
import type { VaultDatabase } from '../vault/database';

interface ChartRow {
  id: string;
  name: string;
  description: string;
  marking: string;
  document: string;
  created_at: string;
  updated_at: string;
}

function toSaved(row: ChartRow): SavedChart {
  const document = JSON.parse(row.document) as ChartDocument;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    marking: row.marking,
    entities: document.nodes.length,
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    document,
  };
}

/** Saved charts, by name (unique in a vault). */
export class ChartStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly now: () => Date,
  ) {}

  list(): ChartListItem[] {
    return (this.db.prepare('SELECT * FROM chart ORDER BY name COLLATE NOCASE').all() as ChartRow[]).map((row) => {
      const { document: _document, createdAt: _createdAt, ...item } = toSaved(row);
      return item;
    });
  }

  get(id: string): SavedChart {
    const row = this.db.prepare('SELECT * FROM chart WHERE id = ?').get(id) as ChartRow | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That chart is not in the vault (it may have been deleted).');
    return toSaved(row);
  }

  idForName(name: string): string | null {
    return (this.db.prepare('SELECT id FROM chart WHERE name = ? COLLATE NOCASE').pluck().get(name) as string | undefined) ?? null;
  }

  save(input: { id?: string; name: string; description: string; marking: string; document: ChartDocument }): SavedChart {
    const at = this.now().toISOString();
    const clash = this.idForName(input.name);
    if (clash && clash !== input.id) throw new FenlightError('CONFLICT', `There is already a chart called “${input.name}”. Choose another name.`);
    if (input.id) {
      const changed = this.db
        .prepare('UPDATE chart SET name = ?, description = ?, marking = ?, document = ?, updated_at = ? WHERE id = ?')
        .run(input.name, input.description, input.marking, JSON.stringify(input.document), at, input.id).changes;
      if (changed === 0) throw new FenlightError('NOT_FOUND', 'That chart is not in the vault (it may have been deleted).');
      return this.get(input.id);
    }
    const id = crypto.randomUUID();
    this.db
      .prepare('INSERT INTO chart (id, name, description, marking, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, input.description, input.marking, JSON.stringify(input.document), at, at);
    return this.get(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM chart WHERE id = ?').run(id).changes === 0) throw new FenlightError('NOT_FOUND', 'That chart is not in the vault.');
  }
}
