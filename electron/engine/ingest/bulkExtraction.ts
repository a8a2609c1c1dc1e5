/**
 * Entities drawn from imported reports' sanitised text. Nothing is created without the
 * analyst's confirmation except here, in bulk import, where new entities are created marked
 * "extracted, unreviewed" and listed for review; an identifier already in the vault (or a known
 * name) only gains the report as evidence. The original text is restricted and never read.
 */
import { identityKey } from '@shared/entities/describe';
import { extractFromText, type Extraction, type NameMatcher } from '@shared/extraction';
import { documentSchema, emailSchema, phoneSchema, siteSchema, vehicleSchema, type EntityFields } from '@shared/schemas/entity';
import type { ZodType } from 'zod';
import { newId, type EvidenceRow, type EvidenceWriter, type ExtractedEntityWriter } from './writers';

/**
 * The entity an extracted identifier stands for, validated by that type's entity schema (the
 * schemas the entity handlers use); null for kinds that make no entity (dates, grid references).
 */
function entityInputFor(found: Extraction): { schema: ZodType<EntityFields>; input: unknown } | null {
  switch (found.kind) {
    case 'vrm':
      return { schema: vehicleSchema, input: { type: 'vehicle', vrm: found.normalised } };
    case 'phone':
      return { schema: phoneSchema, input: { type: 'phone', number: found.normalised } };
    case 'postcode':
      return { schema: siteSchema, input: { type: 'site', postcode: found.normalised, siteType: 'other' } };
    case 'email':
      return { schema: emailSchema, input: { type: 'email', address: found.normalised } };
    case 'nino':
      return { schema: documentSchema, input: { type: 'document', documentType: 'nino', number: found.normalised } };
    default:
      return null;
  }
}

/** What an identifier normalises to: the entity it would be, and its identity key. */
interface Identified {
  fields: EntityFields;
  key: string;
  cacheKey: string;
}

/** One thing a report's text names: an identifier, or an entity already known by name. */
export interface Mention {
  text: string;
  identified?: Identified;
  entityId?: string;
}

export interface ExtractionEffect {
  /** Entities created (unreviewed) for this report. */
  created: string[];
  /** Entities that were in the vault before this batch and gained the report as evidence. */
  joined: string[];
}

export const NO_EXTRACTION: ExtractionEffect = { created: [], joined: [] };

export class BulkExtractor {
  /**
   * Identifier (kind and normalised form) → entity fields and identity key, for the whole import:
   * a pure function of the text, and validating a phone number costs a few hundred microseconds,
   * while the same few thousand vans and phones recur across a large file.
   */
  private readonly identified = new Map<string, Identified | null>();
  /** Identity → entity id, for the current batch only: between batches the vault may change. */
  private readonly known = new Map<string, string>();
  /** Entities this batch created: evidence to them is part of the batch's collection, not a join. */
  private readonly createdThisBatch = new Set<string>();
  /** Entities to create before the batch's evidence is written (createPending). */
  private pending: Array<{ id: string; fields: EntityFields }> = [];

  constructor(
    private readonly entities: ExtractedEntityWriter,
    private readonly evidence: EvidenceWriter,
    private readonly matcher: NameMatcher,
    private readonly today: Date,
  ) {}

  startBatch(): void {
    this.known.clear();
    this.createdThisBatch.clear();
    this.pending = [];
  }

  /** Writes the batch's new entities (one statement), before any evidence points at them. */
  createPending(): void {
    this.entities.createMany(this.pending);
    this.pending = [];
  }

  /** What a report's text names (reads nothing from the vault, writes nothing). */
  mentions(text: string): Mention[] {
    if (text.trim() === '') return [];
    const mentions: Mention[] = [];
    for (const found of extractFromText(text, { nameMatcher: this.matcher, today: this.today })) {
      if (found.kind === 'known-entity') {
        // A name shared by several entities is left for the analyst: guessing would make a false link.
        if (found.entityId !== undefined && found.candidateEntityIds === undefined) mentions.push({ text: found.text, entityId: found.entityId });
        continue;
      }
      const identified = this.identify(found);
      if (identified !== null) mentions.push({ text: found.text, identified });
    }
    return mentions;
  }

  /**
   * Links a written report to what it names, with unreviewed entities (written by createPending)
   * for identifiers not yet in the vault. Evidence rows are added to `evidence`, written together
   * afterwards. For an updated report, evidence it already gives is not repeated.
   */
  link(reportId: string, mentions: readonly Mention[], isNew: boolean, evidence: EvidenceRow[]): ExtractionEffect {
    if (mentions.length === 0) return NO_EXTRACTION;
    const effect: ExtractionEffect = { created: [], joined: [] };
    const already = isNew ? new Set<string>() : this.evidence.entitiesOf(reportId);
    for (const mention of mentions) {
      const entityId = mention.entityId !== undefined ? this.live(mention.entityId) : this.entityFor(mention.identified!, effect);
      if (entityId === null || already.has(entityId)) continue;
      already.add(entityId);
      evidence.push({ reportId, entityId, note: `Named in the report’s sanitised text (“${mention.text}”); found on import.` });
      if (!this.createdThisBatch.has(entityId)) effect.joined.push(entityId);
    }
    return effect;
  }

  /** A known name's entity as it is now (merged or deleted since the import began?), checked once a batch. */
  private live(entityId: string): string | null {
    const cacheKey = `id\u0000${entityId}`;
    if (this.known.has(cacheKey)) return this.known.get(cacheKey)!;
    const live = this.evidence.liveEntity(entityId);
    if (live !== null) this.known.set(cacheKey, live);
    return live;
  }

  /** The entity an identifier would be, and its identity key; null for kinds that make no entity. */
  private identify(found: Extraction): Identified | null {
    const memo = `${found.kind}\u0000${found.normalised}`;
    let identified = this.identified.get(memo);
    if (identified === undefined) {
      const entity = entityInputFor(found);
      const parsed = entity === null ? null : entity.schema.safeParse(entity.input);
      // The extractor and the schema share their parsers; a disagreement is skipped, never guessed at.
      const key = parsed?.success ? identityKey(parsed.data) : null;
      identified = parsed?.success && key !== null ? { fields: parsed.data, key, cacheKey: `${parsed.data.type}\u0000${key}` } : null;
      this.identified.set(memo, identified);
    }
    return identified;
  }

  /** The entity with that identity: found by identity key, or created unreviewed. */
  private entityFor({ fields, key, cacheKey }: Identified, effect: ExtractionEffect): string {
    const cached = this.known.get(cacheKey);
    if (cached !== undefined) return cached;
    let entityId = this.evidence.entityWithIdentity(fields.type, key);
    if (entityId === null) {
      entityId = newId();
      this.pending.push({ id: entityId, fields });
      effect.created.push(entityId);
      this.createdThisBatch.add(entityId);
    }
    this.known.set(cacheKey, entityId);
    return entityId;
  }
}
