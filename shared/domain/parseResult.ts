/**
 * The result of reading analyst- or import-supplied text against a vocabulary. Parsers never
 * throw on bad input: the reason is a complete en-GB sentence the UI can show as it stands.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function refused(reason: string): ParseResult<never> {
  return { ok: false, reason };
}

/** True when `value` is one of `codes`: narrows unknown input to a vocabulary's union type. */
export function isOneOf<const T extends string | number>(codes: readonly T[], value: unknown): value is T {
  return (codes as readonly unknown[]).includes(value);
}

/** Input quoted back in a reason, shortened so a pasted paragraph keeps the message readable. */
export function quoted(raw: string): string {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  return `“${tidy.length > 40 ? `${tidy.slice(0, 37)}…` : tidy}”`;
}
