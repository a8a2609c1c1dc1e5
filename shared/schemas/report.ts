/**
 * An intelligence report as the UI sends it to be created or updated, and as the engine
 * stores it. Updates send the whole report (the engine merges a change onto the stored fields
 * and validates the result), because most rules here read several fields together.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/calendar';
import { districtCodes } from '../domain/districts';
import {
  exploitationCodes,
  exploitationLabel,
  exploitationParent,
  type ExploitationCode,
} from '../domain/exploitation';
import { handlingCodes, intelligenceAssessmentCodes, parseLegacyGrade, sourceEvaluationCodes } from '../domain/grading';
import { indicatorCodes, indicatorLabel, type IndicatorCode } from '../domain/indicators';
import { parseMarking } from '../domain/markings';
import { mopiGroups, nextReviewDate } from '../domain/mopi';
import { sourceTypeCodes } from '../domain/sourceTypes';
import { formatDate } from '../format/dates';
import { codeField, isoDateField, optionalText, requiredText, uniqueCodes, whenValid } from './fields';

/** How the UI labels each field; every message below names the field this way. */
export const reportFieldLabels = {
  urn: 'URN',
  title: 'Title',
  originalText: 'Original text',
  sanitisedText: 'Sanitised text',
  sourceEvaluation: 'Source evaluation',
  intelligenceAssessment: 'Intelligence assessment',
  handlingCode: 'Handling code',
  handlingConditions: 'Handling conditions',
  protectiveMarking: 'Protective marking',
  sourceType: 'Source type',
  exploitationTypes: 'Exploitation types',
  indicators: 'Indicators',
  occurredOn: 'Date occurred',
  receivedOn: 'Date received',
  recordedOn: 'Date recorded',
  author: 'Author',
  district: 'District',
  mopiGroup: 'MoPI group',
  nextReviewDate: 'Next review date',
  legacyGrade: 'Legacy 5x5x5 grade',
} as const;

const L = reportFieldLabels;

export const REPORT_LIMITS = {
  urn: 64,
  title: 200,
  /** Generous: a pasted statement or transcript can be long, but not unbounded. */
  text: 500_000,
  handlingConditions: 2_000,
  authorName: 100,
  staffNumber: 20,
} as const;

export const HANDLING_CONDITIONS_REQUIRED =
  'Handling code C needs the conditions that apply (for example, no onward dissemination without the originator’s consent).';
export const HANDLING_CONDITIONS_NOT_ALLOWED =
  'Handling conditions apply only to handling code C: remove them, or change the handling code to C.';

export interface ReportSchemaOptions {
  /** The protective-marking descriptors this vault allows (see DEFAULT_DESCRIPTORS). */
  descriptors: readonly string[];
  /** Today's date in Europe/London, yyyy-mm-dd (todayInLondon()): no date may be later. */
  today: string;
}

function reportShape({ descriptors, today }: ReportSchemaOptions) {
  const pastDate = (label: string) => isoDateField(label, { notAfter: today });
  return {
    urn: requiredText(L.urn, REPORT_LIMITS.urn, { singleLine: true }),
    title: requiredText(L.title, REPORT_LIMITS.title, { singleLine: true }),
    // Restricted: never exported. May be empty (for example when only a sanitised copy was received).
    originalText: optionalText(L.originalText, REPORT_LIMITS.text, { trim: false }),
    sanitisedText: optionalText(L.sanitisedText, REPORT_LIMITS.text, { trim: false }),
    sourceEvaluation: codeField(
      sourceEvaluationCodes,
      L.sourceEvaluation,
      'Source evaluation must be 1 (Reliable), 2 (Untested) or 3 (Not reliable).',
    ),
    intelligenceAssessment: codeField(intelligenceAssessmentCodes, L.intelligenceAssessment, 'Intelligence assessment must be a letter from A to E.'),
    handlingCode: codeField(
      handlingCodes,
      L.handlingCode,
      'Handling code must be P (lawful sharing permitted) or C (lawful sharing permitted with conditions).',
    ),
    handlingConditions: optionalText(L.handlingConditions, REPORT_LIMITS.handlingConditions),
    protectiveMarking: z
      .string({
        error: (issue) => (issue.input === undefined || issue.input === null ? 'Protective marking is required.' : 'Protective marking must be text.'),
      })
      .transform((text, ctx) => {
        const marking = parseMarking(text, descriptors);
        if (!marking.ok) {
          ctx.addIssue({ code: 'custom', message: marking.reason });
          return z.NEVER;
        }
        // Stored in its canonical capitals, e.g. "OFFICIAL-SENSITIVE PERSONAL DATA".
        return marking.value.text;
      }),
    sourceType: codeField(sourceTypeCodes, L.sourceType, 'Source type must be one of the listed source types.'),
    exploitationTypes: z
      .array(codeField(exploitationCodes as [ExploitationCode, ...ExploitationCode[]], L.exploitationTypes, 'Exploitation types must be chosen from the list.'), {
        error: 'Exploitation types must be a list.',
      })
      .superRefine(uniqueCodes<ExploitationCode>(L.exploitationTypes, exploitationLabel))
      .optional()
      .transform((codes) => withImpliedParents(codes ?? [])),
    indicators: z
      .array(codeField(indicatorCodes as [IndicatorCode, ...IndicatorCode[]], L.indicators, 'Indicators must be chosen from the checklist.'), {
        error: 'Indicators must be a list.',
      })
      .superRefine(uniqueCodes<IndicatorCode>(L.indicators, indicatorLabel))
      .optional()
      .transform((codes) => codes ?? []),
    // Null when it is not known when the events happened.
    occurredOn: pastDate(L.occurredOn).nullable().optional().transform((value) => value ?? null),
    receivedOn: pastDate(L.receivedOn),
    recordedOn: pastDate(L.recordedOn),
    author: z.strictObject(
      {
        name: requiredText('Author name', REPORT_LIMITS.authorName, { singleLine: true }),
        staffNumber: optionalText('Staff number', REPORT_LIMITS.staffNumber).transform((value) => (value === '' ? null : value)),
      },
      {
        error: (issue) => {
          if (issue.code === 'unrecognized_keys') return 'Author has only a name and a staff number.';
          return issue.input === undefined || issue.input === null ? 'Author is required.' : 'Author must be a name with an optional staff number.';
        },
      },
    ),
    district: codeField(districtCodes, L.district, 'District must be one of the six Cambridgeshire and Peterborough districts, or left blank.')
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    mopiGroup: z.literal(mopiGroups, {
      error: (issue) => (issue.input === undefined ? 'MoPI group is required.' : 'MoPI group must be 1, 2 or 3.'),
    }),
    // Defaults from the MoPI group and the date recorded when left out.
    nextReviewDate: isoDateField(L.nextReviewDate).nullable().optional(),
    legacyGrade: z
      .string({ error: 'Legacy 5x5x5 grade must be text.' })
      .nullable()
      .optional()
      .superRefine((value, ctx) => {
        if (value === undefined || value === null || value.trim() === '') return;
        const legacy = parseLegacyGrade(value);
        if (!legacy.ok) ctx.addIssue({ code: 'custom', message: legacy.reason });
      })
      // Kept verbatim: a legacy grade is evidence of how it was graded at the time, never converted.
      .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value)),
  };
}

/** A sub-type implies its core type (county lines → criminal), added after the codes given. */
function withImpliedParents(codes: readonly ExploitationCode[]): ExploitationCode[] {
  const result = [...codes];
  for (const code of codes) {
    const parent = exploitationParent(code);
    if (parent !== null && !result.includes(parent)) result.push(parent);
  }
  return result;
}


/**
 * The report schema for a vault's configured descriptors and today's date. Build it per call
 * (it is cheap): "today" moves on, and the descriptor list is a vault setting.
 */
export function reportInputSchema(options: ReportSchemaOptions) {
  if (!isIsoDate(options.today)) throw new RangeError(`reportInputSchema needs today as yyyy-mm-dd, not ${options.today}`);
  const shape = reportShape(options);
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `A report has no field called ${issue.keys.map((key) => `“${key}”`).join(' or ')}.`
          : 'The report details are missing.',
    })
    .superRefine(
      (report, ctx) => {
        const conditions = report.handlingConditions;
        if (report.handlingCode === 'C' && conditions === '') {
          ctx.addIssue({ code: 'custom', path: ['handlingConditions'], message: HANDLING_CONDITIONS_REQUIRED });
        }
        if (report.handlingCode === 'P' && conditions !== '') {
          ctx.addIssue({ code: 'custom', path: ['handlingConditions'], message: HANDLING_CONDITIONS_NOT_ALLOWED });
        }
      },
      { when: whenValid(shape, ['handlingCode', 'handlingConditions']) },
    )
    .superRefine(
      (report, ctx) => {
        const { occurredOn, receivedOn } = report;
        if (occurredOn !== null && occurredOn > receivedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['occurredOn'],
            message: `Date occurred (${formatDate(occurredOn)}) cannot be after the date received (${formatDate(receivedOn)}).`,
          });
        }
      },
      { when: whenValid(shape, ['occurredOn', 'receivedOn']) },
    )
    .superRefine(
      (report, ctx) => {
        if (report.receivedOn > report.recordedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['receivedOn'],
            message: `Date received (${formatDate(report.receivedOn)}) cannot be after the date recorded (${formatDate(report.recordedOn)}).`,
          });
        }
      },
      { when: whenValid(shape, ['receivedOn', 'recordedOn']) },
    )
    .superRefine(
      (report, ctx) => {
        if (report.exploitationTypes.includes('unknown') && report.exploitationTypes.some((code) => exploitationParent(code) !== null && code !== 'unknown')) {
          ctx.addIssue({
            code: 'custom',
            path: ['exploitationTypes'],
            message: 'Exploitation types cannot be both “Unknown or not specified” and a known type: remove one.',
          });
        }
      },
      { when: whenValid(shape, ['exploitationTypes']) },
    )
    .superRefine(
      (report, ctx) => {
        if (typeof report.nextReviewDate === 'string' && report.nextReviewDate <= report.recordedOn) {
          ctx.addIssue({
            code: 'custom',
            path: ['nextReviewDate'],
            message: `Next review date (${formatDate(report.nextReviewDate)}) must be after the date recorded (${formatDate(report.recordedOn)}).`,
          });
        }
      },
      { when: whenValid(shape, ['nextReviewDate', 'recordedOn']) },
    )
    .transform(({ nextReviewDate: given, ...report }) => ({
      ...report,
      // [GK] MoPI periods: see domain/mopi.ts. Counted from the date the record was made.
      nextReviewDate: given ?? nextReviewDate(report.mopiGroup, report.recordedOn),
    }));
}

export type ReportInputSchema = ReturnType<typeof reportInputSchema>;
/** What the UI sends: optional fields may be left out. */
export type ReportInput = z.input<ReportInputSchema>;
/** What the engine stores: defaults filled, marking canonical, legacy grade verbatim. */
export type ReportFields = z.output<ReportInputSchema>;
