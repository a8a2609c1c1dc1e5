/**
 * A link chart as the analyst arranges it: which entities and links are on it, where, grouped,
 * styled, annotated and filtered. It refers to vault records by id only — labels, grades and
 * evidence are always read fresh from the vault, so a reopened chart reflects later edits and
 * merges.
 */
import { z } from 'zod';
import { dataSubjectCategoryCodes } from '../domain/dataSubjects';
import { linkStrengthCodes } from '../domain/linkStrengths';

const id = z.string().min(1).max(128);
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'Colours are written #rrggbb.' });

export const chartNodeSchema = z.strictObject({
  entityId: id,
  x: z.number().finite(),
  y: z.number().finite(),
  pinned: z.boolean().default(false),
  hidden: z.boolean().default(false),
  groupId: id.nullable().default(null),
  style: z.strictObject({ colour: colour.optional(), size: z.number().min(0.25).max(4).optional() }).default({}),
});

export const chartLinkSchema = z.strictObject({
  linkId: id,
  hidden: z.boolean().default(false),
  style: z.strictObject({ colour: colour.optional(), width: z.number().min(0.5).max(12).optional() }).default({}),
});

export const chartGroupSchema = z.strictObject({
  id,
  label: z.string().trim().min(1).max(120),
  collapsed: z.boolean().default(false),
  colour: colour.optional(),
});

export const chartAnnotationSchema = z.strictObject({
  id,
  text: z.string().max(2000),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive().max(4000).default(240),
});

export const chartFiltersSchema = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  minGrade: z.strictObject({ source: z.enum(['1', '2', '3']), assessment: z.enum(['A', 'B', 'C', 'D', 'E']) }).optional(),
  strengths: z.array(z.enum(linkStrengthCodes)).optional(),
  exploitationTypes: z.array(z.string().max(64)).optional(),
  categories: z.array(z.enum(dataSubjectCategoryCodes)).optional(),
  /** Filtered-out items are dimmed (default) or hidden. */
  mode: z.enum(['dim', 'hide']).default('dim'),
});

export const chartDocumentSchema = z.strictObject({
  version: z.literal(1),
  nodes: z.array(chartNodeSchema).max(20_000),
  links: z.array(chartLinkSchema).max(100_000),
  groups: z.array(chartGroupSchema).max(1_000).default([]),
  annotations: z.array(chartAnnotationSchema).max(1_000).default([]),
  filters: chartFiltersSchema.default({ mode: 'dim' }),
  viewport: z.strictObject({ zoom: z.number().positive(), panX: z.number().finite(), panY: z.number().finite() }).optional(),
});

export type ChartNode = z.infer<typeof chartNodeSchema>;
export type ChartLink = z.infer<typeof chartLinkSchema>;
export type ChartGroup = z.infer<typeof chartGroupSchema>;
export type ChartAnnotation = z.infer<typeof chartAnnotationSchema>;
export type ChartFilters = z.infer<typeof chartFiltersSchema>;
export type ChartDocument = z.infer<typeof chartDocumentSchema>;

export function emptyChartDocument(): ChartDocument {
  return { version: 1, nodes: [], links: [], groups: [], annotations: [], filters: { mode: 'dim' } };
}
