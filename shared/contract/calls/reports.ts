import { z } from 'zod';
import { call } from '../define';
import type { ReportInput } from '../../schemas/report';
import type { Extraction } from '../../extraction';
import type { ReportDetail, ReportSummary } from '../../records';
import { districtCodes } from '../../domain/districts';

const id = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(128);

/** The full report is validated by the engine against the vault's descriptors and today's date. */
const reportBody = z.custom<ReportInput>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: 'The report details are missing.',
});

export const erasureReason = z
  .string({ error: 'Give the reason for deleting (recorded in the audit log).' })
  .trim()
  .min(3, { error: 'Give the reason for deleting (at least 3 characters), for example “MoPI review: no policing purpose”.' })
  .max(500);

/** The most entity ids a list may be limited to (a county-wide drawn map area with everyone placed in it). */
export const AREA_IDS_MAX = 500_000;
/** Said when a list is asked for more ids than that. */
export const AREA_IDS_TOO_MANY = `An area can hold at most ${AREA_IDS_MAX.toLocaleString('en-GB')} entities for the lists: draw a smaller one.`;

export const reportSortKeys = ['recordedOn', 'receivedOn', 'occurredOn', 'urn', 'title', 'grade', 'updatedAt'] as const;
export type ReportSortKey = (typeof reportSortKeys)[number];

export const reportListFilterSchema = z.strictObject({
  text: z.string().trim().max(500).optional(),
  sourceEvaluation: z.array(z.enum(['1', '2', '3'])).optional(),
  intelligenceAssessment: z.array(z.enum(['A', 'B', 'C', 'D', 'E'])).optional(),
  handlingCode: z.enum(['P', 'C']).optional(),
  district: z.enum(districtCodes).optional(),
  exploitationType: z.string().max(64).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  dueForReview: z.boolean().optional(),
});
export type ReportListFilter = z.infer<typeof reportListFilterSchema>;

export const savedViewSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'Give the saved filter a name.' }).max(80),
  filter: reportListFilterSchema,
});

export const reportCalls = {
  'reports.create': call(z.strictObject({ report: reportBody })).returns<ReportDetail>(),
  'reports.update': call(z.strictObject({ id: id('Report'), report: reportBody })).returns<ReportDetail>(),
  /** `restricted: true` includes the original (unsanitised) text, and is logged as such. */
  'reports.get': call(z.strictObject({ id: id('Report'), restricted: z.boolean().default(false) })).returns<ReportDetail>(),
  'reports.delete': call(z.strictObject({ id: id('Report'), reason: erasureReason })).returns<{ deleted: true }>(),
  'reports.list': call(
    z.strictObject({
      filter: reportListFilterSchema.default({}),
      /** Only reports supporting one of these entities (those inside a drawn map area); empty means none. Not part of saved filters. */
      supporting: z.array(id('Entity')).max(AREA_IDS_MAX, { error: AREA_IDS_TOO_MANY }).optional(),
      sort: z.strictObject({ key: z.enum(reportSortKeys), direction: z.enum(['asc', 'desc']) }).default({ key: 'recordedOn', direction: 'desc' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ).returns<{ rows: ReportSummary[]; total: number }>(),
  /** Identifiers and known entity names found in a report's text, for the editor to highlight. */
  'reports.extract': call(z.strictObject({ text: z.string().max(500_000) })).returns<Extraction[]>(),
  'reports.savedViews': call(z.strictObject({})).returns<Array<{ id: string; name: string; filter: ReportListFilter }>>(),
  'reports.saveView': call(savedViewSchema).returns<{ id: string; name: string; filter: ReportListFilter }>(),
  'reports.deleteView': call(z.strictObject({ id: id('Saved filter') })).returns<{ deleted: true }>(),
};
