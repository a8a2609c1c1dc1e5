/**
 * Turns free text into a safe FTS5 MATCH expression: every word becomes a quoted token (so
 * FTS5 syntax typed by an analyst — AND, NEAR, colons, brackets — is just text), "phrases" stay
 * phrases, and a trailing * keeps a prefix search. Returns null when nothing searchable is left.
 */
export function ftsMatchExpression(text: string): string | null {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[1] !== undefined) {
      const phrase = match[1].trim();
      if (phrase) parts.push(quote(phrase));
      continue;
    }
    const word = match[2]!;
    const prefix = word.endsWith('*');
    const core = word.replace(/\*+$/, '').replace(/"/g, '');
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    parts.push(prefix ? `${quote(core)}*` : quote(core));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
