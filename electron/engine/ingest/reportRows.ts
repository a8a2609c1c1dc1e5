/**
 * A reports-file row as report input for validateReport's schema, and the way back from a
 * stored report (so a row can be laid over it when the URN is already in the vault).
 */
import { districtCodes, districtName } from '@shared/domain/districts';
import { exploitationCodes, exploitationLabel, type ExploitationCode } from '@shared/domain/exploitation';
import { indicatorCodes, indicatorLabel, type IndicatorCode } from '@shared/domain/indicators';
import { mopiGroups, nextReviewDate } from '@shared/domain/mopi';
import { sourceTypeCodes, sourceTypeLabels, type SourceType } from '@shared/domain/sourceTypes';
import { reportFieldLabels as L, type ReportFields } from '@shared/schemas/report';
import { codeLookup, dateCell, listCell, nullableTextCell, textCell, type RowCells } from './cells';
import { RowRejected } from './rowProblem';

const sourceType = codeLookup(sourceTypeCodes, (code) => sourceTypeLabels[code as SourceType], { public: 'member_of_public', mop: 'member_of_public', msh: 'modern_slavery_helpline' });
const exploitation = codeLookup(exploitationCodes, (code) => exploitationLabel(code as ExploitationCode));
const indicator = codeLookup(indicatorCodes, (code) => indicatorLabel(code as IndicatorCode));
const district = codeLookup(districtCodes, districtName);

function upper(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim().toUpperCase();
}

/** 1, 2 or 3 as a number; "Group 2" is read too. Anything else goes to the schema as written. */
function mopiGroup(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:group\s*)?([0-9]+)$/i.exec(value.trim());
  const group = match ? Number(match[1]) : NaN;
  return (mopiGroups as readonly number[]).includes(group) ? group : value.trim() === '' ? undefined : value.trim();
}

/** List entries as codes; an entry that is neither a code nor a label is named, rather than "must be chosen from the list". */
function codes(cells: RowCells, column: string, label: string, known: readonly string[], lookup: (value: string) => string): string[] | undefined {
  return listCell(cells, column)?.map((entry) => {
    const code = lookup(entry);
    if (!known.includes(code)) throw new RowRejected(column, `${label}: “${entry}” is not one Fenlight knows. Use the codes or names listed in the README (“Import file formats”).`);
    return code;
  });
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The report input a row gives: only the columns the file has. A blank required cell becomes
 * "missing" (so the message says "… is required"); a blank optional cell clears the field.
 */
export function reportInputFromRow(cells: RowCells): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined || cells.has(columnOfField[key] ?? key)) input[key] = value;
  };
  set('urn', textCell(cells, 'urn'));
  set('title', textCell(cells, 'title'));
  set('originalText', textCell(cells, 'original_text'));
  set('sanitisedText', textCell(cells, 'sanitised_text'));
  set('sourceEvaluation', blankToUndefined(upper(cells.raw('source_evaluation'))));
  set('intelligenceAssessment', blankToUndefined(upper(cells.raw('intelligence_assessment'))));
  set('handlingCode', blankToUndefined(upper(cells.raw('handling_code'))));
  set('handlingConditions', textCell(cells, 'handling_conditions'));
  set('protectiveMarking', blankToUndefined(cells.raw('protective_marking')));
  const source = cells.filled('source_type');
  set('sourceType', source === undefined ? undefined : sourceType(source));
  set('exploitationTypes', codes(cells, 'exploitation_types', L.exploitationTypes, exploitationCodes, exploitation));
  set('indicators', codes(cells, 'indicators', L.indicators, indicatorCodes, indicator));
  set('occurredOn', dateCell(cells, 'occurred_on', L.occurredOn));
  set('receivedOn', dateCell(cells, 'received_on', L.receivedOn) ?? undefined);
  set('recordedOn', dateCell(cells, 'recorded_on', L.recordedOn) ?? undefined);
  if (cells.has('author_name') || cells.has('author_staff_number')) {
    const author: Record<string, unknown> = {};
    if (cells.has('author_name')) author.name = blankToUndefined(cells.raw('author_name'));
    if (cells.has('author_staff_number')) author.staffNumber = cells.raw('author_staff_number');
    input.author = author;
  }
  const districtCell = nullableTextCell(cells, 'district');
  set('district', typeof districtCell === 'string' ? district(districtCell) : districtCell);
  set('mopiGroup', mopiGroup(cells.raw('mopi_group')));
  set('nextReviewDate', dateCell(cells, 'next_review_date', L.nextReviewDate));
  // Kept verbatim, spaces and all: a legacy 5x5x5 grade is evidence of how it was graded at the time.
  set('legacyGrade', nullableTextCell(cells, 'legacy_grade'));
  return input;
}

/**
 * A stored report as input again, for laying a row over it. Columns the file does not have keep
 * their stored values; a review date that was only the MoPI default is left to be worked out
 * again, so a corrected date recorded moves it.
 */
export function reportInputFromFields(fields: ReportFields, cells: RowCells): Record<string, unknown> {
  const { author, nextReviewDate: review, ...rest } = fields;
  const input: Record<string, unknown> = { ...rest, author: { name: author.name, staffNumber: author.staffNumber ?? '' } };
  if (cells.has('next_review_date') || review !== nextReviewDate(fields.mopiGroup, fields.recordedOn)) input.nextReviewDate = review;
  return input;
}

/** A row laid over a stored report's input: the row wins wherever the file has the column. */
export function mergeReportInput(stored: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...stored, ...row };
  if (row.author !== undefined) merged.author = { ...(stored.author as Record<string, unknown>), ...(row.author as Record<string, unknown>) };
  return merged;
}

/** Report field (as a validation issue names it) → canonical column. */
const columnOfField: Readonly<Record<string, string>> = {
  urn: 'urn',
  title: 'title',
  originalText: 'original_text',
  sanitisedText: 'sanitised_text',
  sourceEvaluation: 'source_evaluation',
  intelligenceAssessment: 'intelligence_assessment',
  handlingCode: 'handling_code',
  handlingConditions: 'handling_conditions',
  protectiveMarking: 'protective_marking',
  sourceType: 'source_type',
  exploitationTypes: 'exploitation_types',
  indicators: 'indicators',
  occurredOn: 'occurred_on',
  receivedOn: 'received_on',
  recordedOn: 'recorded_on',
  author: 'author_name',
  district: 'district',
  mopiGroup: 'mopi_group',
  nextReviewDate: 'next_review_date',
  legacyGrade: 'legacy_grade',
};

export function reportColumnFor(path: string): string | null {
  if (path === 'author.staffNumber') return 'author_staff_number';
  const field = path.split('.')[0] ?? '';
  return columnOfField[field] ?? null;
}
