/**
 * The report editor's form: what the analyst types (dates as dd/mm/yyyy, codes possibly not yet
 * chosen), how it becomes the contract's ReportInput, and how validation problems — found here
 * or by the engine — land next to the field they concern.
 */
import type { FieldIssue } from '@shared/contract/errors';
import { issuesFrom } from '@shared/contract/validation';
import type { DistrictCode } from '@shared/domain/districts';
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { HandlingCode, IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import type { IndicatorCode } from '@shared/domain/indicators';
import { DEFAULT_DESCRIPTORS, DEFAULT_MARKING } from '@shared/domain/markings';
import { isMopiGroup, nextReviewDate } from '@shared/domain/mopi';
import type { SourceType } from '@shared/domain/sourceTypes';
import { formatDate, parseUkDate } from '@shared/format';
import { reportFieldLabels, reportInputSchema, type ReportFields, type ReportInput } from '@shared/schemas/report';

export interface ReportFormValues {
  urn: string;
  title: string;
  /** The restricted original ("Intelligence text"). */
  originalText: string;
  sanitisedText: string;
  sourceEvaluation: SourceEvaluation | '';
  intelligenceAssessment: IntelligenceAssessment | '';
  handlingCode: HandlingCode | '';
  handlingConditions: string;
  protectiveMarking: string;
  sourceType: SourceType | '';
  exploitationTypes: ExploitationCode[];
  indicators: IndicatorCode[];
  /** Dates as typed, dd/mm/yyyy. */
  occurredOn: string;
  receivedOn: string;
  recordedOn: string;
  authorName: string;
  staffNumber: string;
  district: DistrictCode | '';
  mopiGroup: '' | '1' | '2' | '3';
  /** Blank: the default for the MoPI group, counted from the date recorded. */
  nextReviewDate: string;
  /** Kept verbatim from an import; never edited here. */
  legacyGrade: string | null;
}

export type FormFieldKey = keyof ReportFormValues;
export type FieldErrors = Partial<Record<FormFieldKey, string>>;

/** Labels as the editor shows them (the engine's messages use reportFieldLabels, the same words). */
export const formLabels: Record<FormFieldKey, string> = {
  ...reportFieldLabels,
  originalText: 'Intelligence text',
  authorName: 'Author name',
  staffNumber: 'Staff number',
  legacyGrade: reportFieldLabels.legacyGrade,
};

/** The order fields appear in, so the error summary reads top to bottom. */
export const fieldOrder: readonly FormFieldKey[] = [
  'urn',
  'title',
  'sourceEvaluation',
  'intelligenceAssessment',
  'handlingCode',
  'handlingConditions',
  'legacyGrade',
  'protectiveMarking',
  'sourceType',
  'sanitisedText',
  'originalText',
  'occurredOn',
  'receivedOn',
  'recordedOn',
  'exploitationTypes',
  'indicators',
  'authorName',
  'staffNumber',
  'district',
  'mopiGroup',
  'nextReviewDate',
];

/** The element id of each field's control, for labels and the error summary's links. */
export function fieldId(key: FormFieldKey): string {
  return `report-field-${key}`;
}

/** Protective markings offered: OFFICIAL, OFFICIAL-SENSITIVE, then each descriptor. */
export function markingOptions(descriptors: readonly string[] = DEFAULT_DESCRIPTORS, current = ''): string[] {
  const options = ['OFFICIAL', 'OFFICIAL-SENSITIVE', ...descriptors.map((descriptor) => `OFFICIAL-SENSITIVE ${descriptor}`)];
  // An imported report may carry a marking this vault no longer offers: show it rather than lose it.
  return current && !options.includes(current) ? [current, ...options] : options;
}

export function emptyReportForm(author: { name: string; staffNumber: string }, today: string): ReportFormValues {
  return {
    urn: '',
    title: '',
    originalText: '',
    sanitisedText: '',
    // Grading is a judgement: never pre-filled.
    sourceEvaluation: '',
    intelligenceAssessment: '',
    handlingCode: '',
    handlingConditions: '',
    protectiveMarking: DEFAULT_MARKING,
    sourceType: '',
    exploitationTypes: [],
    indicators: [],
    occurredOn: '',
    receivedOn: formatDate(today),
    recordedOn: formatDate(today),
    authorName: author.name,
    staffNumber: author.staffNumber,
    district: '',
    mopiGroup: '',
    nextReviewDate: '',
    legacyGrade: null,
  };
}

/** The review date the engine fills in when the field is left blank, or null when it cannot tell yet. */
export function defaultReviewDate(values: Pick<ReportFormValues, 'mopiGroup' | 'recordedOn'>): string | null {
  const recorded = parseUkDate(values.recordedOn);
  const group = Number(values.mopiGroup);
  if (!recorded || !isMopiGroup(group)) return null;
  return nextReviewDate(group, recorded);
}

/** A stored report as the form shows it. `originalText` is '' unless the restricted view was loaded. */
export function formFromFields(fields: ReportFields): ReportFormValues {
  const values: ReportFormValues = {
    urn: fields.urn,
    title: fields.title,
    originalText: fields.originalText,
    sanitisedText: fields.sanitisedText,
    sourceEvaluation: fields.sourceEvaluation,
    intelligenceAssessment: fields.intelligenceAssessment,
    handlingCode: fields.handlingCode,
    handlingConditions: fields.handlingConditions,
    protectiveMarking: fields.protectiveMarking,
    sourceType: fields.sourceType,
    exploitationTypes: [...fields.exploitationTypes],
    indicators: [...fields.indicators],
    occurredOn: fields.occurredOn ? formatDate(fields.occurredOn) : '',
    receivedOn: formatDate(fields.receivedOn),
    recordedOn: formatDate(fields.recordedOn),
    authorName: fields.author.name,
    staffNumber: fields.author.staffNumber ?? '',
    district: fields.district ?? '',
    mopiGroup: String(fields.mopiGroup) as ReportFormValues['mopiGroup'],
    nextReviewDate: '',
    legacyGrade: fields.legacyGrade,
  };
  // A review date that is still the default stays blank, so it follows a change of group or date.
  if (fields.nextReviewDate !== defaultReviewDate(values)) values.nextReviewDate = formatDate(fields.nextReviewDate);
  return values;
}

const dateFields = ['occurredOn', 'receivedOn', 'recordedOn', 'nextReviewDate'] as const;

export interface BuiltReport {
  /** Null when a problem was found here; `errors` then says where. */
  input: ReportInput | null;
  errors: FieldErrors;
  /** Problems that belong to no single field. */
  general: string[];
}

/**
 * Turns the form into the contract's input and checks it with the same schema the engine uses,
 * so most problems are explained before anything is sent. The engine still validates: it is the
 * authority (and knows the vault's own descriptors).
 */
export function buildReportInput(values: ReportFormValues, today: string, descriptors: readonly string[] = DEFAULT_DESCRIPTORS): BuiltReport {
  const errors: FieldErrors = {};
  const iso: Partial<Record<(typeof dateFields)[number], string | null>> = {};
  for (const key of dateFields) {
    const text = values[key].trim();
    if (text === '') {
      iso[key] = null;
      continue;
    }
    const parsed = parseUkDate(text);
    if (parsed) iso[key] = parsed;
    else errors[key] = `Enter ${formLabels[key]} as dd/mm/yyyy, for example ${formatDate(today)}.`;
  }
  const draft: Record<string, unknown> = {
    urn: values.urn,
    title: values.title,
    originalText: values.originalText,
    sanitisedText: values.sanitisedText,
    sourceEvaluation: values.sourceEvaluation || undefined,
    intelligenceAssessment: values.intelligenceAssessment || undefined,
    handlingCode: values.handlingCode || undefined,
    // The conditions field shows only for C; anything typed before switching to P is not sent.
    handlingConditions: values.handlingCode === 'C' ? values.handlingConditions : '',
    protectiveMarking: values.protectiveMarking,
    sourceType: values.sourceType || undefined,
    exploitationTypes: values.exploitationTypes,
    indicators: values.indicators,
    occurredOn: iso.occurredOn ?? null,
    receivedOn: iso.receivedOn ?? undefined,
    recordedOn: iso.recordedOn ?? undefined,
    // Blank is sent as '' (the schema stores it as null; it does not accept null as input).
    author: { name: values.authorName, staffNumber: values.staffNumber.trim() },
    district: values.district || null,
    mopiGroup: values.mopiGroup ? Number(values.mopiGroup) : undefined,
    nextReviewDate: iso.nextReviewDate ?? null,
    legacyGrade: values.legacyGrade,
  };
  const result = reportInputSchema({ descriptors, today }).safeParse(draft);
  const mapped = result.success ? { errors: {}, general: [] } : errorsFromIssues(issuesFrom(result.error));
  // A date that could not be read is explained as such, not as "required".
  const merged: FieldErrors = { ...mapped.errors, ...errors };
  const ok = Object.keys(merged).length === 0 && mapped.general.length === 0;
  return { input: ok ? (draft as ReportInput) : null, errors: merged, general: mapped.general };
}

/** Which form field an issue path ("author.name", "exploitationTypes.[2]") belongs to. */
export function fieldForPath(path: string): FormFieldKey | null {
  const [first, second] = path.split('.');
  if (first === 'author') return second === 'staffNumber' ? 'staffNumber' : 'authorName';
  if (first && (fieldOrder as readonly string[]).includes(first)) return first as FormFieldKey;
  return null;
}

/** Issues from the local check or the engine, by field (first message wins), plus the rest. */
export function errorsFromIssues(issues: readonly FieldIssue[]): { errors: FieldErrors; general: string[] } {
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const issue of issues) {
    const key = fieldForPath(issue.path);
    if (key === null) general.push(issue.message);
    else errors[key] ??= issue.message;
  }
  return { errors, general };
}

/** The error summary's entries, in form order. */
export function orderedErrors(errors: FieldErrors): Array<{ key: FormFieldKey; message: string }> {
  return fieldOrder.flatMap((key) => {
    const message = errors[key];
    return message ? [{ key, message }] : [];
  });
}
