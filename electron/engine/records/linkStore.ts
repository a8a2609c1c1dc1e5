import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import { linkEndsProblem } from '@shared/domain/linkTypes';
import type { LinkFields } from '@shared/schemas/link';
import type { LinkSummary } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import type { EntityStore } from '../entities/entityStore';
import type { EvidenceStore } from './evidenceStore';
import { linkSummary, NO_EVIDENCE, type LinkRow } from './rows';

/** Typed links between entities, with direction, strength and validity dates. */
export class LinkStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly entities: EntityStore,
    private readonly evidence: EvidenceStore,
    private readonly now: () => Date,
  ) {}

  create(fields: LinkFields, id: string = crypto.randomUUID()): string {
    this.checkEnds(fields);
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO link (id, from_id, to_id, type, directed, strength, valid_from, valid_to, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, fields.fromId, fields.toId, fields.type, fields.directed ? 1 : 0, fields.strength, fields.validFrom, fields.validTo, fields.notes, at, at);
    return id;
  }

  update(id: string, fields: LinkFields): void {
    this.row(id);
    this.checkEnds(fields);
    this.db
      .prepare(
        `UPDATE link SET from_id = ?, to_id = ?, type = ?, directed = ?, strength = ?, valid_from = ?, valid_to = ?, notes = ?, updated_at = ? WHERE id = ?`,
      )
      .run(fields.fromId, fields.toId, fields.type, fields.directed ? 1 : 0, fields.strength, fields.validFrom, fields.validTo, fields.notes, this.now().toISOString(), id);
  }

  row(id: string): LinkRow {
    const row = this.db.prepare('SELECT * FROM link WHERE id = ?').get(id) as LinkRow | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That link is not in the vault (it may have been deleted).');
    return row;
  }

  fields(id: string): LinkFields {
    const row = this.row(id);
    return {
      fromId: row.from_id,
      toId: row.to_id,
      type: row.type,
      directed: row.directed === 1,
      strength: row.strength,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      notes: row.notes,
    };
  }

  /** The same link already recorded (same ends and type), if any: imports reuse it. */
  findSame(fields: Pick<LinkFields, 'fromId' | 'toId' | 'type'>): string | null {
    return (
      (this.db
        .prepare('SELECT id FROM link WHERE type = ? AND ((from_id = ? AND to_id = ?) OR (directed = 0 AND from_id = ? AND to_id = ?))')
        .pluck()
        .get(fields.type, fields.fromId, fields.toId, fields.toId, fields.fromId) as string | undefined) ?? null
    );
  }

  summary(id: string): LinkSummary {
    return linkSummary(this.row(id), this.evidence.aggregateFor('link', id));
  }

  /** Every link touching an entity, each with its summary. */
  linksOf(entityId: string): LinkSummary[] {
    const rows = this.db.prepare('SELECT * FROM link WHERE from_id = ? OR to_id = ? ORDER BY type, created_at').all(entityId, entityId) as LinkRow[];
    const aggregates = this.evidence.aggregates('link', rows.map((row) => row.id));
    return rows.map((row) => linkSummary(row, aggregates.get(row.id) ?? NO_EVIDENCE));
  }

  delete(id: string): LinkRow {
    const row = this.row(id);
    this.db.prepare('DELETE FROM evidence WHERE link_id = ?').run(id);
    this.db.prepare('DELETE FROM link WHERE id = ?').run(id);
    return row;
  }

  private checkEnds(fields: LinkFields): void {
    const from = this.entities.row(fields.fromId);
    const to = this.entities.row(fields.toId);
    const problem = linkEndsProblem(fields.type, from.type, to.type);
    if (problem) throw new FenlightError('INVALID_INPUT', problem, { issues: [{ path: 'type', message: problem }] });
  }
}
