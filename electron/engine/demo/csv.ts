/**
 * Demo reports as a canonical reports CSV (shared/ingest/reportColumns.ts): the file the import
 * benchmark reads. Written batch by batch, so 100,000 rows never sit in memory as one string, in
 * the same dialect as Fenlight's CSV exports (UTF-8 with BOM, CRLF, formula cells neutralised),
 * with dd/mm/yyyy dates and semicolon-separated lists.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { LIST_SEPARATOR, reportColumns } from '@shared/ingest/reportColumns';
import type { ReportInput } from '@shared/schemas/report';
import { neutraliseFormula } from '../export/csv';
import { ukDate } from './dates';
import type { DemoBatch, DemoDataset } from './types';

const HEADER = reportColumns.map((column) => column.name);

const date = (value: string | null | undefined): string => (value ? ukDate(value) : '');

/** One report as a row, in the order of the canonical columns. */
export function reportCsvRow(report: ReportInput): string[] {
  const cells: Record<string, string> = {
    urn: report.urn,
    title: report.title,
    original_text: report.originalText ?? '',
    sanitised_text: report.sanitisedText ?? '',
    source_evaluation: report.sourceEvaluation,
    intelligence_assessment: report.intelligenceAssessment,
    handling_code: report.handlingCode,
    handling_conditions: report.handlingConditions ?? '',
    protective_marking: report.protectiveMarking,
    source_type: report.sourceType,
    exploitation_types: (report.exploitationTypes ?? []).join(LIST_SEPARATOR),
    indicators: (report.indicators ?? []).join(LIST_SEPARATOR),
    occurred_on: date(report.occurredOn),
    received_on: date(report.receivedOn),
    recorded_on: date(report.recordedOn),
    author_name: report.author.name,
    author_staff_number: report.author.staffNumber ?? '',
    district: report.district ?? '',
    mopi_group: String(report.mopiGroup),
    next_review_date: date(report.nextReviewDate),
    legacy_grade: report.legacyGrade ?? '',
  };
  return HEADER.map((name) => neutraliseFormula(cells[name] ?? ''));
}

function isDataset(source: DemoDataset | Iterable<DemoBatch>): source is DemoDataset {
  return 'reports' in source && Array.isArray((source as DemoDataset).reports);
}

/**
 * Writes the reports to `file` (replacing it only once complete) and returns how many rows and
 * bytes were written. Accepts a whole dataset or the batches of generateDemoBatches.
 */
export function writeDemoReportsCsv(source: DemoDataset | Iterable<DemoBatch>, file: string): { rows: number; bytes: number } {
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  let rows = 0;
  try {
    fs.writeSync(fd, `\uFEFF${Papa.unparse([HEADER], { newline: '\r\n' })}\r\n`);
    for (const batch of isDataset(source) ? [source] : source) {
      if (batch.reports.length === 0) continue;
      fs.writeSync(fd, `${Papa.unparse(batch.reports.map(reportCsvRow), { newline: '\r\n', quotes: false })}\r\n`);
      rows += batch.reports.length;
    }
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(partial, file);
  return { rows, bytes: fs.statSync(file).size };
}
