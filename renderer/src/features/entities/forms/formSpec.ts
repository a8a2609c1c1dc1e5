import { entityInputSchema, type EntityFields, type EntityInput } from '@shared/schemas/entity';
import type { EntityType } from '@shared/domain/entityTypes';
import type { FieldIssue } from '@shared/contract';

/** Problems keyed by draft field; FORM_LEVEL holds those about the entity as a whole. */
export type FieldErrors = Record<string, string>;
export const FORM_LEVEL = '';

/**
 * How one entity type's form turns what the analyst typed into an entity input, and back. Each
 * type's draft holds text as typed (dates as dd/mm/yyyy, lists one per line) so nothing the analyst
 * wrote is lost while it is still invalid.
 */
export interface FormSpec<D> {
  type: EntityType;
  empty: D;
  fromFields(fields: EntityFields): D;
  /** The input to validate, plus problems found reading the typed text (dates, numbers, codes). */
  toInput(draft: D): { input: Record<string, unknown>; errors: FieldErrors };
  /** The draft field an issue path belongs to ("victim.reasonableGrounds.date" → "rgDate"). */
  fieldFor?(path: string[]): string | null;
}

export interface Conversion {
  input: EntityInput | null;
  errors: FieldErrors;
}

/** "aliases.[2]" → ["aliases"]: list positions do not matter for placing a message. */
export function pathParts(path: string | readonly PropertyKey[]): string[] {
  const parts =
    typeof path === 'string'
      ? path.split('.')
      : path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part)));
  return parts.filter((part) => part !== '' && !part.startsWith('['));
}

function fieldOf<D>(spec: FormSpec<D>, parts: string[]): string {
  const mapped = spec.fieldFor?.(parts);
  if (mapped !== undefined && mapped !== null) return mapped;
  const first = parts[0];
  return first !== undefined && first in (spec.empty as object) ? first : FORM_LEVEL;
}

/** Places issues (from the shared schema or the engine) on the fields they concern; the first message per field wins. */
export function placeIssues<D>(spec: FormSpec<D>, issues: FieldIssue[], into: FieldErrors = {}): FieldErrors {
  const errors = { ...into };
  for (const issue of issues) {
    const key = fieldOf(spec, pathParts(issue.path));
    if (errors[key] === undefined) errors[key] = issue.message;
  }
  return errors;
}

/**
 * Validates a draft with the very schema the engine applies, so the analyst sees the engine's
 * own message (postcode, VRM, phone…) beside the field before saving.
 */
export function convert<D>(spec: FormSpec<D>, draft: D): Conversion {
  const { input, errors } = spec.toInput(draft);
  const parsed = entityInputSchema.safeParse({ type: spec.type, ...input });
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: pathParts(issue.path).join('.'), message: issue.message }));
  const all = placeIssues(spec, issues, errors);
  return {
    input: Object.keys(all).length === 0 ? ({ type: spec.type, ...input } as EntityInput) : null,
    errors: all,
  };
}

/**
 * Text or null when blank, for the schema's nullable identifier fields (postcode, IMEI…). Plain
 * optional text fields (town, make, coordinator…) take '' for blank, never null.
 */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** One entry per line, blanks dropped (aliases, address lines). */
export function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
