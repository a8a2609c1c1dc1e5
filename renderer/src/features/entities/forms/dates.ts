import { formatDate, parseUkDate } from '@shared/format';
import type { FieldErrors } from './formSpec';

/**
 * Reads a dd/mm/yyyy field into ISO for the schema; blank is null. An unreadable date is reported
 * on its field (and sent as null, so the schema does not report it a second time).
 */
export function readDate(value: string, key: string, label: string, errors: FieldErrors): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const iso = parseUkDate(trimmed);
  if (iso === null) errors[key] = `Enter the ${label} as dd/mm/yyyy, for example 05/03/2024.`;
  return iso;
}

/** An ISO date as the form shows it. */
export function showDate(iso: string | null): string {
  return iso ? formatDate(iso) : '';
}
