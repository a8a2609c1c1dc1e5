/**
 * What every identifier parser returns. Parsers never throw on bad input: an analyst typed it,
 * so the reason is written for the analyst, in plain en-GB words.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function accept<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function reject(reason: string): ParseResult<never> {
  return { ok: false, reason };
}

/** Trim, upper-case and collapse runs of whitespace to one space: the first step for every code. */
export function tidyCode(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Quote what the analyst typed back to them, shortened so a pasted paragraph stays readable. */
export function quoted(raw: string): string {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  return tidy.length > 40 ? `${tidy.slice(0, 37)}…` : tidy;
}
