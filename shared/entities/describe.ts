/**
 * What an entity is called and how it is recognised: its display label, its identity key (the
 * normalised value that makes two records the same thing) and the text search indexes.
 */
import { documentTypeLabels, type EntityFields } from '../schemas/entity';
import { foldName } from '../identifiers/names';
import { formatDate } from '../format/dates';

/** The label shown on lists, charts and exports (identity-bearing, as i2 analysts expect). */
export function entityLabel(entity: EntityFields): string {
  switch (entity.type) {
    case 'person':
      return entity.name;
    case 'site': {
      const first = entity.name ?? entity.lines[0] ?? entity.town ?? entity.gridRef ?? 'Unnamed site';
      return entity.postcode ? `${first}, ${entity.postcode}` : first;
    }
    case 'vehicle':
      return entity.country === 'GB' ? entity.vrmDisplay : `${entity.vrmDisplay} (${entity.country})`;
    case 'phone':
      return entity.e164.startsWith('+44') ? entity.national : entity.e164;
    case 'organisation':
      return entity.name;
    case 'email':
      return entity.address;
    case 'account':
      return entity.iban ?? `${entity.sortCode} ${entity.accountNumber}`;
    case 'document':
      return `${documentTypeLabels[entity.documentType]} ${entity.number}${entity.country && entity.documentType !== 'nino' ? ` (${entity.country})` : ''}`;
  }
}

/** Name with date of birth (or estimated age), as a chart label should show a person. */
export function entityChartLabel(entity: EntityFields): string {
  if (entity.type !== 'person') return entityLabel(entity);
  if (entity.dateOfBirth) return `${entity.name} (${formatDate(entity.dateOfBirth)})`;
  if (entity.estimatedAge !== null) return `${entity.name} (c. ${entity.estimatedAge}${entity.ageDisputed ? ', disputed' : ''})`;
  return entity.name;
}

/**
 * Identity key per type: two entities with the same key are the same thing (import is idempotent
 * on it). Null when the record has nothing identifying (e.g. a site with only a name).
 */
export function identityKey(entity: EntityFields): string | null {
  switch (entity.type) {
    case 'person':
      return `${foldName(entity.name)}|${entity.dateOfBirth ?? ''}`;
    case 'site': {
      const first = entity.lines[0] ?? entity.name;
      if (entity.postcode && first) return `${entity.postcode}|${foldName(first)}`;
      if (entity.postcode) return entity.postcode;
      return first ? `|${foldName(first)}|${foldName(entity.town ?? '')}` : null;
    }
    case 'vehicle':
      return entity.country === 'GB' ? entity.vrm : `${entity.country}:${entity.vrm}`;
    case 'phone':
      return entity.e164;
    case 'organisation':
      return entity.companyNumber ? `CH:${entity.companyNumber}` : foldName(entity.name);
    case 'email':
      return entity.address.toLowerCase();
    case 'account':
      return entity.iban ?? `${entity.sortCode}|${entity.accountNumber}`;
    case 'document':
      return `${entity.documentType}|${entity.country ?? ''}|${entity.number}`;
  }
}

/** Names and aliases (people and organisations), for the alias table and extraction. */
export function entityNames(entity: EntityFields): string[] {
  if (entity.type === 'person' || entity.type === 'organisation') return [entity.name, ...entity.aliases];
  if (entity.type === 'site' && entity.name) return [entity.name];
  return [];
}

/** Everything a search for this entity might type: names folded and as written, identifiers in several forms. */
export function entitySearchText(entity: EntityFields): string {
  const parts: string[] = [entityLabel(entity), ...entityNames(entity)];
  switch (entity.type) {
    case 'person':
      parts.push(...entityNames(entity).map(foldName));
      if (entity.dateOfBirth) parts.push(entity.dateOfBirth, formatDate(entity.dateOfBirth));
      break;
    case 'site':
      parts.push(...entity.lines, entity.town ?? '', entity.postcode ?? '', (entity.postcode ?? '').replace(' ', ''), entity.gridRef ?? '');
      break;
    case 'vehicle':
      parts.push(entity.vrm, entity.vrmDisplay, entity.make ?? '', entity.model ?? '', entity.colour ?? '');
      break;
    case 'phone':
      parts.push(entity.e164, entity.national, entity.national.replace(/\s/g, ''), entity.imei ?? '');
      break;
    case 'organisation':
      parts.push(entity.companyNumber ?? '', entity.sector ?? '', ...entityNames(entity).map(foldName));
      break;
    case 'email':
      parts.push(entity.address);
      break;
    case 'account':
      parts.push(entity.sortCode ?? '', entity.accountNumber ?? '', entity.iban ?? '', entity.bankName ?? '');
      break;
    case 'document':
      parts.push(entity.number, entity.holderName ?? '');
      break;
  }
  return [...new Set(parts.filter(Boolean))].join(' ');
}
