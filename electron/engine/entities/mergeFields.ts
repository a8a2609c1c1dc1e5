import type { EntityFields } from '@shared/schemas/entity';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(a.map((item) => JSON.stringify(item)));
  return [...a, ...b.filter((item) => !seen.has(JSON.stringify(item)))];
}

/**
 * The survivor's fields after absorbing another entity of the same type: nothing is lost.
 * Lists are united, the absorbed name becomes an alias, and an empty survivor field takes the
 * other's value. A clash on a single value keeps the survivor's (the analyst chose it).
 */
export function mergeEntityFields(survivor: EntityFields, absorbed: EntityFields): EntityFields {
  const merged: Record<string, unknown> = { ...survivor };
  const other = absorbed as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(survivor)) {
    const incoming = other[key];
    if (Array.isArray(value) && Array.isArray(incoming)) merged[key] = union(value, incoming);
    else if (isEmpty(value) && !isEmpty(incoming)) merged[key] = incoming;
  }
  if ((survivor.type === 'person' || survivor.type === 'organisation') && (absorbed.type === 'person' || absorbed.type === 'organisation')) {
    const aliases = union(merged.aliases as string[], [absorbed.name, ...absorbed.aliases]).filter((name) => name !== survivor.name);
    merged.aliases = aliases;
  }
  if (merged.type === 'person') {
    // A date of birth (a fact) wins over an estimated age; the schema allows one or the other.
    if (merged.dateOfBirth) merged.estimatedAge = null;
    // NRM and support details belong to victims; the absorbed record keeps them for an unmerge.
    if (merged.category !== 'victim' && merged.category !== 'potential_victim') merged.victim = null;
  }
  return merged as unknown as EntityFields;
}
