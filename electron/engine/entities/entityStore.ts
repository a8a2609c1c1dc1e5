import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import { entityChartLabel, entityLabel, entityNames, entitySearchText, identityKey } from '@shared/entities/describe';
import { foldName, nameTokens } from '@shared/identifiers/names';
import type { EntityType } from '@shared/domain/entityTypes';
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { EntityFields } from '@shared/schemas/entity';
import type { EntitySummary, ReviewState } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import type { EvidenceStore } from '../records/evidenceStore';
import { entitySummary, NO_EVIDENCE, type EntityRow } from '../records/rows';
import { ftsMatchExpression } from '../search/ftsExpression';

export interface EntityListQuery {
  type?: EntityType;
  category?: DataSubjectCategory;
  reviewState?: ReviewState;
  text?: string;
  /** Only these entities; empty means none. */
  ids?: readonly string[];
  sort: 'label' | 'updatedAt' | 'evidence';
  offset: number;
  limit: number;
}

/** The columns derived from an entity's fields (label, identity, search text, location…). */
function derived(fields: EntityFields) {
  return {
    type: fields.type,
    label: entityLabel(fields),
    chart_label: entityChartLabel(fields),
    identity_key: identityKey(fields),
    properties: JSON.stringify(fields),
    category: fields.type === 'person' ? fields.category : null,
    site_type: fields.type === 'site' ? fields.siteType : null,
    lat: fields.type === 'site' && fields.location ? fields.location.lat : null,
    lon: fields.type === 'site' && fields.location ? fields.location.lon : null,
    search_text: entitySearchText(fields),
  };
}

/** Folded name tokens in a fixed order, so "POPESCU Ionuț" and "Ionut Popescu" meet. */
export function tokenKey(name: string): string {
  return [...nameTokens(name)].sort().join(' ');
}

/** Entities: people, sites, vehicles, phones, organisations, emails, accounts and documents. */
export class EntityStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly evidence: EvidenceStore,
    private readonly now: () => Date,
    private readonly onNamesChanged: () => void,
  ) {}

  /** Refuses a second entity with the same identity, naming the one already there. */
  create(fields: EntityFields, options: { reviewState?: ReviewState; id?: string } = {}): string {
    const key = identityKey(fields);
    const existing = key ? this.findByIdentity(fields.type, key) : null;
    if (existing) {
      throw new FenlightError('CONFLICT', `That ${fields.type === 'site' ? 'address' : fields.type} is already in the vault as “${existing.label}”.`, {
        existingId: existing.id,
      });
    }
    const id = options.id ?? crypto.randomUUID();
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO entity (id, type, label, chart_label, identity_key, properties, category, site_type, lat, lon, review_state, search_text, created_at, updated_at)
         VALUES (@id, @type, @label, @chart_label, @identity_key, @properties, @category, @site_type, @lat, @lon, @review_state, @search_text, @at, @at)`,
      )
      .run({ id, ...derived(fields), review_state: options.reviewState ?? 'reviewed', at });
    this.writeNames(id, fields);
    return id;
  }

  update(id: string, fields: EntityFields): void {
    const current = this.row(id);
    if (current.type !== fields.type) throw new FenlightError('INVALID_INPUT', 'An entity cannot change type. Create a new one and merge or link them instead.');
    const key = identityKey(fields);
    const clash = key ? this.findByIdentity(fields.type, key) : null;
    if (clash && clash.id !== id) {
      throw new FenlightError('CONFLICT', `Another entity already has that identity: “${clash.label}”. Merge the two instead.`, { existingId: clash.id });
    }
    this.db
      .prepare(
        `UPDATE entity SET label = @label, chart_label = @chart_label, identity_key = @identity_key, properties = @properties, category = @category,
           site_type = @site_type, lat = @lat, lon = @lon, search_text = @search_text, updated_at = @at WHERE id = @id`,
      )
      .run({ id, ...derived(fields), at: this.now().toISOString() });
    this.writeNames(id, fields);
  }

  /** Stores new fields for an entity without the identity check (merge and unmerge restore exact states). */
  restore(id: string, fields: EntityFields): void {
    this.db
      .prepare(
        `UPDATE entity SET label = @label, chart_label = @chart_label, identity_key = @identity_key, properties = @properties, category = @category,
           site_type = @site_type, lat = @lat, lon = @lon, search_text = @search_text, updated_at = @at WHERE id = @id`,
      )
      .run({ id, ...derived(fields), at: this.now().toISOString() });
    this.writeNames(id, fields);
  }

  row(id: string, options: { includeMerged?: boolean } = {}): EntityRow {
    const row = this.db.prepare('SELECT rowid, * FROM entity WHERE id = ?').get(id) as EntityRow | undefined;
    if (!row || (row.merged_into !== null && !options.includeMerged)) {
      if (row?.merged_into) throw new FenlightError('NOT_FOUND', 'That entity was merged into another one.', { mergedInto: row.merged_into });
      throw new FenlightError('NOT_FOUND', 'That entity is not in the vault (it may have been deleted).');
    }
    return row;
  }

  fields(id: string, options: { includeMerged?: boolean } = {}): EntityFields {
    return JSON.parse(this.row(id, options).properties) as EntityFields;
  }

  findByIdentity(type: EntityType, key: string): EntityRow | null {
    return (this.db.prepare('SELECT * FROM entity WHERE type = ? AND identity_key = ? AND merged_into IS NULL').get(type, key) as EntityRow | undefined) ?? null;
  }

  summary(id: string): EntitySummary {
    return entitySummary(this.row(id), this.evidence.aggregateFor('entity', id));
  }

  summaries(ids: readonly string[]): Map<string, EntitySummary> {
    const result = new Map<string, EntitySummary>();
    const unique = [...new Set(ids)];
    const aggregates = this.evidence.aggregates('entity', unique);
    for (let i = 0; i < unique.length; i += 500) {
      const part = unique.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT * FROM entity WHERE id IN (${part.map(() => '?').join(', ')})`).all(...part) as EntityRow[];
      for (const row of rows) result.set(row.id, entitySummary(row, aggregates.get(row.id) ?? NO_EVIDENCE));
    }
    return result;
  }

  setReviewed(ids: readonly string[]): number {
    const update = this.db.prepare("UPDATE entity SET review_state = 'reviewed', updated_at = ? WHERE id = ? AND review_state = 'unreviewed' AND merged_into IS NULL");
    const at = this.now().toISOString();
    return ids.reduce((count, id) => count + update.run(at, id).changes, 0);
  }

  /** Deletes the entity, its links, their evidence, and any entities merged into it. */
  delete(id: string): { label: string; linksRemoved: number } {
    const { label } = this.row(id);
    const absorbed = this.db.prepare('SELECT id FROM entity WHERE merged_into = ?').pluck().all(id) as string[];
    const all = [id, ...absorbed];
    let linksRemoved = 0;
    for (const entityId of all) {
      const links = this.db.prepare('SELECT id FROM link WHERE from_id = ? OR to_id = ?').pluck().all(entityId, entityId) as string[];
      for (const linkId of links) {
        this.db.prepare('DELETE FROM evidence WHERE link_id = ?').run(linkId);
        this.db.prepare('DELETE FROM link WHERE id = ?').run(linkId);
      }
      linksRemoved += links.length;
      this.db.prepare('DELETE FROM evidence WHERE entity_id = ?').run(entityId);
    }
    for (const entityId of all) this.db.prepare('DELETE FROM entity_merge WHERE survivor_id = ? OR merged_id = ?').run(entityId, entityId);
    for (const entityId of absorbed) this.db.prepare('DELETE FROM entity WHERE id = ?').run(entityId);
    this.db.prepare('DELETE FROM entity WHERE id = ?').run(id);
    this.onNamesChanged();
    return { label, linksRemoved };
  }

  list(query: EntityListQuery): { rows: EntitySummary[]; total: number } {
    const where = ['e.merged_into IS NULL'];
    const params: Record<string, unknown> = {};
    let from = 'entity e';
    if (query.type) {
      where.push('e.type = @type');
      params.type = query.type;
    }
    if (query.category) {
      where.push('e.category = @category');
      params.category = query.category;
    }
    if (query.reviewState) {
      where.push('e.review_state = @review');
      params.review = query.reviewState;
    }
    if (query.text) {
      const match = ftsMatchExpression(query.text.split(/\s+/).map((word) => (word.endsWith('*') ? word : `${word}*`)).join(' '));
      if (match) {
        from = 'entity e JOIN entity_fts f ON f.rowid = e.rowid';
        where.push('entity_fts MATCH @match');
        params.match = match;
      }
    }
    if (query.ids) {
      if (query.ids.length === 0) return { rows: [], total: 0 };
      // One JSON parameter rather than a placeholder per id: an area can hold tens of thousands.
      where.push('e.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(query.ids);
    }
    const clause = `WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare(`SELECT count(*) FROM ${from} ${clause}`).pluck().get(params) as number;
    const order =
      query.sort === 'updatedAt'
        ? 'e.updated_at DESC'
        : query.sort === 'evidence'
          ? '(SELECT count(*) FROM evidence ev WHERE ev.entity_id = e.id) DESC, e.label COLLATE NOCASE'
          : 'e.label COLLATE NOCASE';
    const rows = this.db.prepare(`SELECT e.* FROM ${from} ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as EntityRow[];
    const aggregates = this.evidence.aggregates('entity', rows.map((row) => row.id));
    return { rows: rows.map((row) => entitySummary(row, aggregates.get(row.id) ?? NO_EVIDENCE)), total };
  }

  private writeNames(id: string, fields: EntityFields): void {
    this.db.prepare('DELETE FROM entity_name WHERE entity_id = ?').run(id);
    const insert = this.db.prepare('INSERT INTO entity_name (entity_id, name, folded, token_key) VALUES (?, ?, ?, ?)');
    for (const name of new Set(entityNames(fields))) insert.run(id, name, foldName(name), tokenKey(name));
    this.onNamesChanged();
  }
}
