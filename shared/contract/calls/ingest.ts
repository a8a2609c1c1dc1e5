import { z } from 'zod';
import { call } from '../define';
import type { JobStarted } from './jobs';

export const importKinds = ['reports', 'entities', 'links'] as const;
export type ImportKind = (typeof importKinds)[number];

/** Source column (as in the file) for each canonical column. */
export const columnMappingSchema = z.record(z.string().min(1).max(64), z.string().max(200));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  headers: string[];
  sampleRows: string[][];
  rowCount: number;
  /** Canonical column → file header, guessed from the headers (or the saved mapping). */
  suggestedMapping: ColumnMapping;
  canonicalColumns: Array<{ name: string; label: string; required: boolean }>;
}

export interface RejectedRow {
  row: number;
  column: string | null;
  reason: string;
}

export interface ImportOutcome {
  kind: ImportKind;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  /** Entities created from text in bulk, marked "extracted, unreviewed". */
  extractedEntities: number;
}

const filePath = z.string({ error: 'Choose a file to import.' }).trim().min(1, { error: 'Choose a file to import.' }).max(4096);

export const ingestCalls = {
  'import.preview': call(z.strictObject({ path: filePath, kind: z.enum(importKinds), mappingName: z.string().max(80).optional() })).returns<ImportPreview>(),
  'import.start': call(
    z.strictObject({
      path: filePath,
      kind: z.enum(importKinds),
      mapping: columnMappingSchema.optional(),
      saveMappingAs: z.string().trim().min(1).max(80).optional(),
    }),
  ).returns<JobStarted>(),
  'import.mappings': call(z.strictObject({ kind: z.enum(importKinds) })).returns<Array<{ name: string; mapping: ColumnMapping }>>(),
  /**
   * An import's counts and rejected rows (so far, while it runs); the same value job.finished
   * carries, for a caller that was not listening (the command line, a reopened window).
   */
  'import.outcome': call(z.strictObject({ jobId: z.string().min(1) })).returns<ImportOutcome>(),
  /** Writes a finished import's rejected rows (as read from the file) to a CSV the analyst can fix. */
  'import.saveRejected': call(z.strictObject({ jobId: z.string().min(1), destination: filePath })).returns<{ path: string; rows: number }>(),
};
