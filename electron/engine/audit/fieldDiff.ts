import type { FieldChange } from '@shared/audit';

const MAX_VALUE_LENGTH = 200;

function comparable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH) return `${value.slice(0, MAX_VALUE_LENGTH)}… (${value.length.toLocaleString('en-GB')} characters)`;
  return value;
}

/**
 * The field-level diff an ALTER entry records. Restricted fields (original report text, source
 * identity) are named without their values; long text is shortened.
 */
export function fieldDiff<T extends object>(before: T, after: T, restricted: ReadonlyArray<keyof T> = []): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>;
  for (const key of keys) {
    if (comparable(before[key]) === comparable(after[key])) continue;
    if (restricted.includes(key)) changes.push({ field: String(key), restricted: true });
    else changes.push({ field: String(key), before: shorten(before[key]), after: shorten(after[key]) });
  }
  return changes;
}
