import { FenlightError } from '@shared/contract';
import { parseOrThrow } from '@shared/contract/validation';
import { DEFAULT_MARKING, parseMarking } from '@shared/domain/markings';
import type { EntityType } from '@shared/domain/entityTypes';
import { linkEndsAllowed } from '@shared/domain/linkTypes';
import { identityKey } from '@shared/entities/describe';
import { entityInputSchema } from '@shared/schemas/entity';
import { linkInputSchema } from '@shared/schemas/link';
import { validateReport } from '../reports/handlers';
import type { RecordContext } from '../records/recordContext';
import { reportFromCard, type GradeLists } from './anxCards';
import { entityFromAnx } from './anxEntities';
import { childrenNamed, descendants, firstChild, type AnxNode } from './anxTree';
import { linkTypeFromAnx, strengthFromAnx, suggestEntityType } from './vocabulary';

export type TypeMapping = Record<string, EntityType | 'skip'>;

export interface AnxPreview {
  title: string;
  classification: string | null;
  entityTypes: Array<{ name: string; count: number; suggested: EntityType | null }>;
  entities: number;
  links: number;
  cards: number;
}

export interface AnxImportResult {
  entitiesCreated: number;
  entitiesMatched: number;
  linksCreated: number;
  linksMatched: number;
  reportsCreated: number;
  reportsMatched: number;
  skipped: Array<{ item: string; reason: string }>;
  createdIds: string[];
  matchedIds: string[];
}

interface AnxEntityItem {
  anxId: string;
  type: string;
  label: string;
  attributes: Record<string, string>;
  cards: AnxNode[];
}

function entityItems(root: AnxNode): AnxEntityItem[] {
  return descendants(root, 'ChartItem').flatMap((item) => {
    const entity = firstChild(firstChild(item, 'End') ?? { name: '', attributes: {}, children: [] }, 'Entity');
    if (!entity) return [];
    const style = descendants(entity, 'IconStyle')[0] ?? descendants(entity, 'BoxStyle')[0] ?? descendants(entity, 'CircleStyle')[0];
    const attributes = Object.fromEntries(descendants(item, 'Attribute').map((attribute) => [attribute.attributes.AttributeClass ?? '', attribute.attributes.Value ?? '']));
    return [{ anxId: entity.attributes.EntityId ?? '', type: style?.attributes.Type ?? 'Unknown', label: item.attributes.Label ?? entity.attributes.Identity ?? '', attributes, cards: descendants(entity, 'Card') }];
  });
}

function summaryProperty(root: AnxNode, name: string): string | null {
  return descendants(root, 'CustomProperty').find((property) => property.attributes.Name === name)?.attributes.Value ?? null;
}

function summaryField(root: AnxNode, type: string): string | null {
  return descendants(root, 'Field').find((field) => field.attributes.Type === type)?.attributes.Field ?? null;
}

function gradeLists(root: AnxNode): GradeLists {
  const texts = (name: string) => descendants(firstChild(root, name) ?? { name, attributes: {}, children: [] }, 'String').map((string) => string.attributes.Text ?? '');
  return { one: texts('GradeOne'), two: texts('GradeTwo'), three: texts('GradeThree') };
}

export function previewAnx(root: AnxNode): AnxPreview {
  const items = entityItems(root);
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return {
    title: summaryField(root, 'SummaryFieldTitle') ?? 'Untitled chart',
    classification: summaryProperty(root, 'Classification'),
    entityTypes: [...counts].map(([name, count]) => ({ name, count, suggested: suggestEntityType(name) })),
    entities: items.length,
    links: descendants(root, 'Link').length,
    cards: descendants(root, 'Card').length,
  };
}

/**
 * Brings an i2 chart's entities, links, attributes and cards into the vault. Idempotent: an
 * entity whose identity is already in the vault is reused, a card whose URN exists is not added
 * twice, and a link already recorded between the same ends is reused.
 */
export function importAnx(root: AnxNode, mapping: TypeMapping, rc: RecordContext): AnxImportResult {
  const { stores } = rc;
  const lists = gradeLists(root);
  const classification = summaryProperty(root, 'Classification');
  const marking = classification && parseMarking(classification, rc.descriptors).ok ? classification : DEFAULT_MARKING;
  const author = summaryField(root, 'SummaryFieldAuthor') ?? 'Imported from an i2 chart';
  const result: AnxImportResult = { entitiesCreated: 0, entitiesMatched: 0, linksCreated: 0, linksMatched: 0, reportsCreated: 0, reportsMatched: 0, skipped: [], createdIds: [], matchedIds: [] };
  // A report cited by several items is one card repeated: count it once, as new or as already there.
  const seen = new Map<string, string>();
  const reportFor = (card: AnxNode): string | null => {
    try {
      const fields = validateReport(reportFromCard(card, lists, marking, author, rc.today), rc);
      const known = seen.get(fields.urn);
      if (known) return known;
      const existing = stores.reports.idForUrn(fields.urn);
      if (existing) {
        seen.set(fields.urn, existing);
        result.reportsMatched += 1;
        return existing;
      }
      result.reportsCreated += 1;
      const id = stores.reports.create(fields, 'anx');
      seen.set(fields.urn, id);
      result.createdIds.push(id);
      return id;
    } catch (error) {
      result.skipped.push({ item: `card “${card.attributes.Summary ?? ''}”`, reason: error instanceof FenlightError ? error.message : 'it could not be read' });
      return null;
    }
  };

  const entityIds = new Map<string, string>();
  for (const item of entityItems(root)) {
    const type = mapping[item.type] ?? suggestEntityType(item.type);
    if (!type || type === 'skip') {
      result.skipped.push({ item: `“${item.label}”`, reason: `entity type “${item.type}” is not mapped to a Fenlight type` });
      continue;
    }
    let fields;
    try {
      fields = parseOrThrow(entityInputSchema, entityFromAnx(type, item.label, item.attributes));
    } catch (error) {
      result.skipped.push({ item: `“${item.label}”`, reason: error instanceof FenlightError ? error.message : 'its details could not be read' });
      continue;
    }
    const key = identityKey(fields);
    const existing = key ? stores.entities.findByIdentity(fields.type, key) : null;
    let id: string;
    if (existing) {
      id = existing.id;
      result.entitiesMatched += 1;
      result.matchedIds.push(id);
    } else {
      id = stores.entities.create(fields);
      result.entitiesCreated += 1;
      result.createdIds.push(id);
    }
    entityIds.set(item.anxId, id);
    for (const card of item.cards) {
      const reportId = reportFor(card);
      if (reportId) stores.evidence.add('entity', id, reportId, '');
    }
  }

  for (const item of descendants(root, 'ChartItem')) {
    const link = firstChild(item, 'Link');
    if (!link) continue;
    const style = firstChild(link, 'LinkStyle');
    let fromId = entityIds.get(link.attributes.End1Id ?? link.attributes.End1Reference ?? '');
    let toId = entityIds.get(link.attributes.End2Id ?? link.attributes.End2Reference ?? '');
    if (!fromId || !toId || fromId === toId) {
      result.skipped.push({ item: `link “${item.attributes.Label ?? ''}”`, reason: 'one of its ends was not imported' });
      continue;
    }
    if (style?.attributes.ArrowStyle === 'ArrowOnTail') [fromId, toId] = [toId, fromId];
    const fromType = stores.entities.row(fromId).type;
    const toType = stores.entities.row(toId).type;
    const wanted = linkTypeFromAnx(style?.attributes.Type ?? item.attributes.Label ?? '');
    const type = linkEndsAllowed(wanted, fromType, toType) ? wanted : 'other';
    const fields = parseOrThrow(linkInputSchema, {
      fromId,
      toId,
      type,
      strength: strengthFromAnx(style?.attributes.Strength),
      directed: style?.attributes.ArrowStyle !== 'ArrowNone' && style?.attributes.ArrowStyle !== undefined,
      notes: type === 'other' && style?.attributes.Type ? `i2 link type: ${style.attributes.Type}` : '',
    });
    let linkId = stores.links.findSame(fields);
    if (linkId) result.linksMatched += 1;
    else {
      linkId = stores.links.create(fields);
      result.linksCreated += 1;
      result.createdIds.push(linkId);
    }
    for (const card of childrenNamed(firstChild(link, 'CardCollection') ?? { name: '', attributes: {}, children: [] }, 'Card')) {
      const reportId = reportFor(card);
      if (reportId) stores.evidence.add('link', linkId, reportId, '');
    }
  }
  return result;
}
