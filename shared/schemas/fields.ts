/**
 * Field builders shared by the input schemas, so every message is a complete en-GB sentence
 * that names the field as the UI labels it.
 */
import { z } from 'zod';
import { isIsoDate, looksLikeIsoDate } from '../domain/calendar';
import { formatDate } from '../format/dates';

/** "is required" when the field is missing; otherwise the given wrong-type message. */
function missingOr(label: string, otherwise: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? `${label} is required.` : otherwise);
}

/** Trimmed text that must not be blank. */
export function requiredText(label: string, max: number, options: { singleLine?: boolean } = {}) {
  const text = z
    .string({ error: missingOr(label, `${label} must be text.`) })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en-GB')} characters.` });
  return options.singleLine ? text.regex(/^[^\r\n]*$/, { error: `${label} must be on one line.` }) : text;
}

/** Text that may be empty or left out (then ''). `trim` is off for bodies of text kept as written. */
export function optionalText(label: string, max: number, options: { trim?: boolean } = {}) {
  const base = z.string({ error: `${label} must be text.` });
  return (options.trim === false ? base : base.trim())
    .max(max, { error: `${label} can be at most ${max.toLocaleString('en-GB')} characters.` })
    .optional()
    .transform((value) => value ?? '');
}

/** An id of a stored record: opaque, non-blank. */
export function idField(label: string) {
  return requiredText(label, 128, { singleLine: true });
}

/** One of a vocabulary's codes; `invalid` lists the choices in words. */
export function codeField<const T extends readonly [string, ...string[]]>(codes: T, label: string, invalid: string) {
  return z.enum(codes, { error: missingOr(label, invalid) });
}

/** "31/02/2023" from an ISO-shaped string even when the date does not exist (Intl would roll it over). */
function asWritten(isoShaped: string): string {
  const [year, month, day] = isoShaped.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A calendar date stored as ISO yyyy-mm-dd (the UI converts en-GB entry with parseUkDate).
 * Impossible dates are refused; with `notAfter`, so are dates after it (used for "today").
 */
export function isoDateField(label: string, options: { notAfter?: string } = {}) {
  return z.string({ error: missingOr(label, `${label} must be a date.`) }).superRefine((value, ctx) => {
    if (!looksLikeIsoDate(value)) {
      ctx.addIssue({ code: 'custom', message: `${label} must be a date written as yyyy-mm-dd.` });
    } else if (!isIsoDate(value)) {
      ctx.addIssue({ code: 'custom', message: `${label} is not a real date: there is no ${asWritten(value)}.` });
    } else if (options.notAfter !== undefined && value > options.notAfter) {
      ctx.addIssue({ code: 'custom', message: `${label} cannot be in the future (today is ${formatDate(options.notAfter)}).` });
    }
  });
}

/**
 * Refuses repeated entries in a code list, naming the repeated item by its label.
 * (z.array has no "unique" check of its own.)
 */
export function uniqueCodes<T extends string>(label: string, describe: (code: T) => string) {
  return (values: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${label} lists “${describe(value)}” more than once.` });
      }
      seen.add(value);
    });
  };
}

/**
 * For cross-field rules: run the rule only when the fields it reads are themselves valid, so a
 * bad date is reported once (as a bad date) and the rule still runs when other fields are wrong.
 */
export function whenValid(shape: Record<string, z.ZodType>, keys: readonly string[]) {
  return (payload: { value: unknown; issues: readonly unknown[] }): boolean => {
    // No issue yet means every field parsed: re-parsing each one (per rule, per row) would only
    // say so again, at a cost that shows over a 100,000-row import.
    if (payload.issues.length === 0) return true;
    const value = payload.value;
    // Not a plain object (e.g. an array sent as the whole input): the object check has failed already.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    const record = value as Record<string, unknown>;
    return keys.every((key) => shape[key]?.safeParse(record[key]).success ?? false);
  };
}
