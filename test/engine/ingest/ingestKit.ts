import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ColumnMapping, ImportKind, ImportOutcome } from '@shared/contract/calls/ingest';
import type { JobStatus } from '@shared/contract/calls/jobs';
import { reportColumns } from '@shared/ingest/reportColumns';
import { tempDir } from '../../helpers/tempDir';
import { value, type TestVault } from '../../helpers/testVault';

export type Row = Record<string, string>;

/** A valid report row in canonical columns; override any cell. */
export function reportRow(n: number, overrides: Row = {}): Row {
  return {
    urn: `IR/2024/${String(n).padStart(5, '0')}`,
    title: `Workers collected from Wisbech car wash (${n})`,
    original_text: `Caller (named) said workers are collected at 06:00. Report ${n}.`,
    sanitised_text: `Workers seen being collected at 06:00. Report ${n}.`,
    source_evaluation: '2',
    intelligence_assessment: 'B',
    handling_code: 'P',
    handling_conditions: '',
    protective_marking: 'OFFICIAL-SENSITIVE',
    source_type: 'member_of_public',
    exploitation_types: 'labour;hand_car_wash',
    indicators: '',
    occurred_on: '01/03/2024',
    received_on: '02/03/2024',
    recorded_on: '03/03/2024',
    author_name: 'DC Sarah Clarke',
    author_staff_number: 'CC1234',
    district: 'E07000010',
    mopi_group: '2',
    next_review_date: '',
    legacy_grade: '',
    ...overrides,
  };
}

export const REPORT_HEADERS = reportColumns.map((column) => column.name);

/** RFC 4180 CSV text of rows under the given headers (CRLF, quoted where needed). */
export function csvText(headers: readonly string[], rows: readonly Row[]): string {
  return Papa.unparse({ fields: [...headers], data: rows.map((row) => headers.map((header) => row[header] ?? '')) }, { newline: '\r\n' });
}

export function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(tempDir('fenlight-import-'), name);
  fs.writeFileSync(file, content);
  return file;
}

export function reportsCsv(rows: readonly Row[], headers: readonly string[] = REPORT_HEADERS): string {
  return writeFile('reports.csv', csvText(headers, rows));
}

export interface Finished {
  status: JobStatus;
  outcome: ImportOutcome;
  jobId: string;
}

/** Starts an import through the contract and waits for its job to finish. */
export async function runImport(vault: TestVault, file: string, kind: ImportKind = 'reports', extra: { mapping?: ColumnMapping; saveMappingAs?: string } = {}): Promise<Finished> {
  const { jobId } = value<{ jobId: string }>(await vault.engine.call('import.start', { path: file, kind, ...extra }));
  const status = await vault.engine.jobs.wait(jobId);
  const outcome = value<ImportOutcome>(await vault.engine.call('import.outcome', { jobId }));
  return { status, outcome, jobId };
}

export async function auditCount(vault: TestVault): Promise<number> {
  return value<{ total: number }>(await vault.engine.call('audit.list', { limit: 1 })).total;
}

export interface StoredReport {
  id: string;
  urn: string;
  fields: Record<string, unknown>;
}

/** Every report in the vault, by URN (via the contract; no audit entries are written). */
export async function reportsByUrn(vault: TestVault): Promise<Map<string, { id: string; urn: string; legacyGrade: string | null; title: string }>> {
  const list = value<{ rows: Array<{ id: string; urn: string; legacyGrade: string | null; title: string }> }>(await vault.engine.call('reports.list', { limit: 1000 }));
  return new Map(list.rows.map((row) => [row.urn, row]));
}

/** A report's full fields, original text included (writes a CONSULT entry, as opening it would). */
export async function reportFields(vault: TestVault, id: string): Promise<Record<string, unknown>> {
  return value<{ fields: Record<string, unknown> }>(await vault.engine.call('reports.get', { id, restricted: true })).fields;
}

export async function auditEntries(vault: TestVault, actions?: string[]): Promise<Array<{ seq: number; action: string; operation: string; targets: Array<{ type: string; id: string }>; details: { changes?: Array<Record<string, unknown>>; facts?: Record<string, unknown> } | null }>> {
  const listed = value<{ entries: Array<{ seq: number; action: string; operation: string; targets: Array<{ type: string; id: string }>; details: null }> }>(
    await vault.engine.call('audit.list', { limit: 500, ...(actions ? { actions } : {}) }),
  );
  return listed.entries;
}
