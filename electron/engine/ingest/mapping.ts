import { FenlightError, type FieldIssue } from '@shared/contract';
import type { ColumnMapping } from '@shared/contract/calls/ingest';
import { unmappedRequired } from '@shared/ingest/suggestMapping';
import type { CanonicalColumn } from '@shared/ingest/reportColumns';

/** Canonical column → index of the file column that holds it. Unmapped columns are absent. */
export type ResolvedMapping = ReadonlyMap<string, number>;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Checks a mapping against the file's headers and the kind's canonical columns, and turns it
 * into column positions. Refuses (naming every problem) a mapping to a header the file does
 * not have, an unknown canonical column, two canonical columns from one header, or a required
 * column left without one. Headers not in the mapping are ignored.
 */
export function resolveMapping(mapping: ColumnMapping, headers: readonly string[], columns: readonly CanonicalColumn[], fileName: string): ResolvedMapping {
  const issues: FieldIssue[] = [];
  const known = new Set(columns.map((column) => column.name));
  const resolved = new Map<string, number>();
  const usedBy = new Map<string, string>();
  for (const [name, header] of Object.entries(mapping)) {
    if (header.trim() === '') continue;
    if (!known.has(name)) {
      issues.push({ path: name, message: `“${name}” is not one of the columns Fenlight imports for this kind of file.` });
      continue;
    }
    const index = headers.indexOf(header.trim());
    if (index === -1) {
      issues.push({ path: name, message: `${fileName} has no column headed “${header}”.` });
      continue;
    }
    const other = usedBy.get(header.trim());
    if (other !== undefined) {
      issues.push({ path: name, message: `The column “${header}” is mapped to both ${other} and ${name}: a file column can fill only one.` });
      continue;
    }
    usedBy.set(header.trim(), name);
    resolved.set(name, index);
  }
  const missing = unmappedRequired(Object.fromEntries([...resolved.keys()].map((name) => [name, 'mapped'])), columns);
  if (missing.length > 0) {
    const labels = missing.map((column) => `${column.label} (${column.name})`);
    const message = `${fileName} has no column for ${list(labels)}, which ${missing.length === 1 ? 'is' : 'are'} required. Map ${missing.length === 1 ? 'it' : 'them'} to a column of the file, or rename the headers to the names listed in the README (“Import file formats”).`;
    issues.unshift({ path: '', message });
  }
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} with the column mapping)` : '';
    throw new FenlightError('INVALID_INPUT', `${issues[0]!.message}${more}`, { issues, missingColumns: missing.map((column) => column.name) });
  }
  return resolved;
}
