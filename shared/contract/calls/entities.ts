import { z } from 'zod';
import { call } from '../define';
import { entityTypeCodes } from '../../domain/entityTypes';
import { dataSubjectCategoryCodes } from '../../domain/dataSubjects';
import type { EntityInput } from '../../schemas/entity';
import type { LinkInput } from '../../schemas/link';
import type { DuplicateCandidate, EntityDetail, EntitySummary, LinkDetail, MergeRecord } from '../../records';
import { AREA_IDS_MAX, AREA_IDS_TOO_MANY, erasureReason } from './reports';

const id = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(128);

/** Entities and links are validated in full by the engine (identifiers, allowed link ends). */
const entityBody = z.custom<EntityInput>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: 'The entity details are missing.',
});
const linkBody = z.custom<LinkInput>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: 'The link details are missing.',
});

const evidenceList = z
  .array(z.strictObject({ reportId: id('Report'), note: z.string().max(2000).default('') }))
  .max(500)
  .default([]);

export const entityCalls = {
  /** Creates an entity (refused as CONFLICT, naming the existing one, when its identity is already in the vault). */
  'entities.create': call(z.strictObject({ entity: entityBody, evidence: evidenceList })).returns<EntityDetail>(),
  'entities.update': call(z.strictObject({ id: id('Entity'), entity: entityBody })).returns<EntityDetail>(),
  'entities.get': call(z.strictObject({ id: id('Entity') })).returns<EntityDetail>(),
  'entities.delete': call(z.strictObject({ id: id('Entity'), reason: erasureReason })).returns<{ deleted: true }>(),
  'entities.list': call(
    z.strictObject({
      type: z.enum(entityTypeCodes).optional(),
      category: z.enum(dataSubjectCategoryCodes).optional(),
      reviewState: z.enum(['reviewed', 'unreviewed']).optional(),
      text: z.string().trim().max(200).optional(),
      /** Only these entities (what lies inside a drawn map area); empty means none. */
      ids: z.array(id('Entity')).max(AREA_IDS_MAX, { error: AREA_IDS_TOO_MANY }).optional(),
      sort: z.enum(['label', 'updatedAt', 'evidence']).default('label'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ).returns<{ rows: EntitySummary[]; total: number }>(),
  /** Entities created by bulk import are "extracted, unreviewed" until an analyst confirms them. */
  'entities.markReviewed': call(z.strictObject({ ids: z.array(id('Entity')).min(1).max(1000) })).returns<{ updated: number }>(),
  'evidence.add': call(
    z.strictObject({
      target: z.union([z.strictObject({ entityId: id('Entity') }), z.strictObject({ linkId: id('Link') })]),
      reportId: id('Report'),
      note: z.string().max(2000).default(''),
    }),
  ).returns<{ id: string }>(),
  'evidence.remove': call(z.strictObject({ id: id('Evidence') })).returns<{ removed: true }>(),
  'links.create': call(z.strictObject({ link: linkBody, evidence: evidenceList })).returns<LinkDetail>(),
  'links.update': call(z.strictObject({ id: id('Link'), link: linkBody })).returns<LinkDetail>(),
  'links.get': call(z.strictObject({ id: id('Link') })).returns<LinkDetail>(),
  'links.delete': call(z.strictObject({ id: id('Link'), reason: erasureReason })).returns<{ deleted: true }>(),
  'duplicates.list': call(
    z.strictObject({ type: z.enum(entityTypeCodes).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }),
  ).returns<{ candidates: DuplicateCandidate[]; total: number }>(),
  'duplicates.dismiss': call(z.strictObject({ leftId: id('Entity'), rightId: id('Entity') })).returns<{ dismissed: true }>(),
  /** Merges `mergedId` into `survivorId`: every alias and all evidence kept; undoable. */
  'entities.merge': call(z.strictObject({ survivorId: id('Entity'), mergedId: id('Entity'), reason: z.string().trim().max(500).default('') })).returns<{
    merge: MergeRecord;
    entity: EntityDetail;
  }>(),
  'entities.unmerge': call(z.strictObject({ mergeId: id('Merge') })).returns<{ survivor: EntityDetail; restored: EntityDetail }>(),
};
