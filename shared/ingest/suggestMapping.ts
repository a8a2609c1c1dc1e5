/**
 * The first guess of the column-mapping step: which header of a file holds each canonical
 * column. Headers are compared by their letters and digits only, so "Date Received",
 * "date_received" and "DATE-RECEIVED" are the same. Exact canonical names win over labels,
 * labels over synonyms; each header is used once.
 */
import { importKinds, type ColumnMapping, type ImportKind } from '../contract/calls/ingest';
import { canonicalColumns } from './columns';
import { headerSynonyms } from './headerSynonyms';
import type { CanonicalColumn } from './reportColumns';

/** "Date Received" → "datereceived"; accents are dropped, so "Référence" meets "Reference". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function suggestMapping(headers: readonly string[], columns: readonly CanonicalColumn[], synonyms: Readonly<Record<string, readonly string[]>> = {}): ColumnMapping {
  const byNormalised = new Map<string, string>();
  for (const header of headers) {
    const key = normaliseHeader(header);
    // The first of two headers that read the same is the one used, as a spreadsheet reader would.
    if (key !== '' && !byNormalised.has(key)) byNormalised.set(key, header);
  }
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const tiers: Array<(column: CanonicalColumn) => readonly string[]> = [
    (column) => [column.name],
    (column) => [column.label],
    (column) => synonyms[column.name] ?? [],
  ];
  for (const candidates of tiers) {
    for (const column of columns) {
      if (mapping[column.name] !== undefined) continue;
      for (const candidate of candidates(column)) {
        const header = byNormalised.get(normaliseHeader(candidate));
        if (header !== undefined && !used.has(header)) {
          mapping[column.name] = header;
          used.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}

/** The suggested mapping for one kind of file, with that kind's synonyms. */
export function suggestMappingFor(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  return suggestMapping(headers, canonicalColumns(kind), headerSynonyms[kind]);
}

/** Required canonical columns the mapping leaves without a header. */
export function unmappedRequired(mapping: ColumnMapping, columns: readonly CanonicalColumn[]): CanonicalColumn[] {
  return columns.filter((column) => column.required && !mapping[column.name]);
}

/**
 * Which kind of file the headers look like: the kind whose required columns are all found,
 * preferring the one that recognises most headers. Null when none fits.
 */
export function guessImportKind(headers: readonly string[]): ImportKind | null {
  let best: { kind: ImportKind; score: number } | null = null;
  for (const kind of importKinds) {
    const columns = canonicalColumns(kind);
    const mapping = suggestMappingFor(kind, headers);
    if (unmappedRequired(mapping, columns).length > 0) continue;
    const score = Object.keys(mapping).length;
    if (best === null || score > best.score) best = { kind, score };
  }
  return best?.kind ?? null;
}
