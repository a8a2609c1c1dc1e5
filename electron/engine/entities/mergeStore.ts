import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import type { EntityFields } from '@shared/schemas/entity';
import type { MergeRecord } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import type { LinkRow } from '../records/rows';
import type { EntityStore } from './entityStore';
import { mergeEntityFields } from './mergeFields';

interface EvidenceRow {
  id: string;
  report_id: string;
  entity_id: string | null;
  link_id: string | null;
  note: string;
  created_at: string;
}

interface MovedEvidence {
  moved: string[];
  /** Evidence from a report the survivor already had: removed, and restored on unmerge. */
  dropped: EvidenceRow[];
}

interface RewiredLinks {
  rewired: Array<{ id: string; end: 'from' | 'to' }>;
  /** Links between the two entities (they would join the survivor to itself): removed, restored on unmerge. */
  removed: Array<{ link: LinkRow; evidence: EvidenceRow[] }>;
}

interface MergeRow {
  id: string;
  survivor_id: string;
  merged_id: string;
  survivor_before: string;
  moved_evidence: string;
  rewired_links: string;
  reason: string;
  merged_at: string;
  undone_at: string | null;
}

/**
 * Merging keeps every alias and all evidence, and records exactly what it moved so that unmerge
 * restores both entities and their evidence. The absorbed entity is hidden, never deleted.
 */
export class MergeStore {
  constructor(
    private readonly db: VaultDatabase,
    private readonly entities: EntityStore,
    private readonly now: () => Date,
  ) {}

  merge(survivorId: string, mergedId: string, reason: string): MergeRecord {
    if (survivorId === mergedId) throw new FenlightError('INVALID_INPUT', 'Choose two different entities to merge.');
    const survivor = this.entities.row(survivorId);
    const absorbed = this.entities.row(mergedId);
    if (survivor.type !== absorbed.type) throw new FenlightError('INVALID_INPUT', 'Only entities of the same type can be merged (for example two people).');
    const before = JSON.parse(survivor.properties) as EntityFields;
    const other = JSON.parse(absorbed.properties) as EntityFields;

    const evidence: MovedEvidence = { moved: [], dropped: [] };
    const theirs = this.db.prepare('SELECT * FROM evidence WHERE entity_id = ?').all(mergedId) as EvidenceRow[];
    const ourReports = new Set(this.db.prepare('SELECT report_id FROM evidence WHERE entity_id = ?').pluck().all(survivorId) as string[]);
    for (const row of theirs) {
      if (ourReports.has(row.report_id)) {
        evidence.dropped.push(row);
        this.db.prepare('DELETE FROM evidence WHERE id = ?').run(row.id);
      } else {
        evidence.moved.push(row.id);
        this.db.prepare('UPDATE evidence SET entity_id = ? WHERE id = ?').run(survivorId, row.id);
      }
    }

    const links: RewiredLinks = { rewired: [], removed: [] };
    for (const link of this.db.prepare('SELECT * FROM link WHERE from_id = ? OR to_id = ?').all(mergedId, mergedId) as LinkRow[]) {
      const otherEnd = link.from_id === mergedId ? link.to_id : link.from_id;
      if (otherEnd === survivorId) {
        const linkEvidence = this.db.prepare('SELECT * FROM evidence WHERE link_id = ?').all(link.id) as EvidenceRow[];
        links.removed.push({ link, evidence: linkEvidence });
        this.db.prepare('DELETE FROM evidence WHERE link_id = ?').run(link.id);
        this.db.prepare('DELETE FROM link WHERE id = ?').run(link.id);
        continue;
      }
      const end = link.from_id === mergedId ? 'from' : 'to';
      links.rewired.push({ id: link.id, end });
      this.db.prepare(`UPDATE link SET ${end}_id = ? WHERE id = ?`).run(survivorId, link.id);
    }

    this.db.prepare('UPDATE entity SET merged_into = ?, updated_at = ? WHERE id = ?').run(survivorId, this.now().toISOString(), mergedId);
    this.entities.restore(survivorId, mergeEntityFields(before, other));

    const id = crypto.randomUUID();
    const at = this.now().toISOString();
    this.db
      .prepare(
        'INSERT INTO entity_merge (id, survivor_id, merged_id, survivor_before, moved_evidence, rewired_links, reason, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, survivorId, mergedId, JSON.stringify(before), JSON.stringify(evidence), JSON.stringify(links), reason, at);
    return { id, survivorId, mergedId, mergedLabel: absorbed.label, mergedAt: at, undoneAt: null };
  }

  unmerge(mergeId: string): { survivorId: string; mergedId: string } {
    const row = this.db.prepare('SELECT * FROM entity_merge WHERE id = ?').get(mergeId) as MergeRow | undefined;
    if (!row) throw new FenlightError('NOT_FOUND', 'That merge is not recorded in the vault.');
    if (row.undone_at) throw new FenlightError('CONFLICT', 'That merge has already been undone.');
    const absorbed = this.entities.row(row.merged_id, { includeMerged: true });
    if (absorbed.merged_into !== row.survivor_id) throw new FenlightError('CONFLICT', 'That merge can no longer be undone: the entities have changed since.');
    this.entities.row(row.survivor_id);

    const evidence = JSON.parse(row.moved_evidence) as MovedEvidence;
    const links = JSON.parse(row.rewired_links) as RewiredLinks;
    for (const id of evidence.moved) this.db.prepare('UPDATE evidence SET entity_id = ? WHERE id = ? AND entity_id = ?').run(row.merged_id, id, row.survivor_id);
    const insertEvidence = this.db.prepare('INSERT INTO evidence (id, report_id, entity_id, link_id, note, created_at) VALUES (@id, @report_id, @entity_id, @link_id, @note, @created_at)');
    for (const dropped of evidence.dropped) insertEvidence.run(dropped);
    for (const { id, end } of links.rewired) this.db.prepare(`UPDATE link SET ${end}_id = ? WHERE id = ? AND ${end}_id = ?`).run(row.merged_id, id, row.survivor_id);
    for (const { link, evidence: linkEvidence } of links.removed) {
      this.db
        .prepare(
          'INSERT INTO link (id, from_id, to_id, type, directed, strength, valid_from, valid_to, notes, created_at, updated_at) VALUES (@id, @from_id, @to_id, @type, @directed, @strength, @valid_from, @valid_to, @notes, @created_at, @updated_at)',
        )
        .run(link);
      for (const item of linkEvidence) insertEvidence.run(item);
    }
    this.db.prepare('UPDATE entity SET merged_into = NULL, updated_at = ? WHERE id = ?').run(this.now().toISOString(), row.merged_id);
    this.entities.restore(row.survivor_id, JSON.parse(row.survivor_before) as EntityFields);
    this.db.prepare('UPDATE entity_merge SET undone_at = ? WHERE id = ?').run(this.now().toISOString(), mergeId);
    return { survivorId: row.survivor_id, mergedId: row.merged_id };
  }

  /** Merges an entity took part in, newest first. */
  history(entityId: string): MergeRecord[] {
    const rows = this.db
      .prepare('SELECT m.*, e.label AS merged_label FROM entity_merge m JOIN entity e ON e.id = m.merged_id WHERE m.survivor_id = ? OR m.merged_id = ? ORDER BY m.merged_at DESC')
      .all(entityId, entityId) as Array<MergeRow & { merged_label: string }>;
    return rows.map((row) => ({
      id: row.id,
      survivorId: row.survivor_id,
      mergedId: row.merged_id,
      mergedLabel: row.merged_label,
      mergedAt: row.merged_at,
      undoneAt: row.undone_at,
    }));
  }
}
