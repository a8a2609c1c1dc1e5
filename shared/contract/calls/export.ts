import { z } from 'zod';
import { call } from '../define';
import type { ExportFrame, LegendItem } from '../../export/frame';
import { disclosureSchema } from './audit';

/** The largest picture accepted (bytes of PNG, characters of SVG): a 2,000-node chart is ~7.5 MB. */
export const MAX_EXPORT_BYTES = 96 * 1024 * 1024;
/** Canvas and PDF limits make anything wider or taller than this unusable. */
export const MAX_EXPORT_PIXELS = 16_384;

const dimension = z.number().int().min(1).max(MAX_EXPORT_PIXELS, { error: `A picture can be at most ${MAX_EXPORT_PIXELS} pixels wide or tall.` });
const colour = z.string().regex(/^#[0-9a-f]{3,8}$/i, { error: 'Colours are written #rrggbb.' });

const legendItemSchema = z.strictObject({
  label: z.string().trim().min(1).max(120),
  kind: z.enum(['node', 'line', 'area']),
  colour,
  symbol: z.string().max(40).optional(),
  dash: z.enum(['solid', 'dashed', 'dotted']).optional(),
}) satisfies z.ZodType<LegendItem>;

export const exportFrameSchema = z.strictObject({
  // Every export is marked: the engine refuses an unmarked one, and never prints a lower marking than the vault's.
  marking: z.string().trim().min(1, { error: 'An export must carry its protective marking.' }).max(120).regex(/^OFFICIAL/i, { error: 'Exports carry an OFFICIAL or OFFICIAL-SENSITIVE marking.' }),
  trainingData: z.boolean(),
  title: z.string().trim().min(1, { error: 'Give the export a title.' }).max(200),
  author: z.string().trim().min(1).max(200),
  exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, { error: 'The export time must be ISO 8601 UTC.' }),
  legend: z.array(legendItemSchema).max(100),
  handlingConditions: z.array(z.string().trim().min(1).max(2000)).max(200),
  attribution: z.string().trim().max(500).optional(),
}) satisfies z.ZodType<ExportFrame>;

const pngContent = z.strictObject({
  kind: z.literal('png'),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength > 0 && value.byteLength <= MAX_EXPORT_BYTES, {
    error: 'The picture to export is missing or too large.',
  }),
  width: dimension,
  height: dimension,
});

const svgContent = z.strictObject({
  kind: z.literal('svg'),
  svg: z.string().min(1, { error: 'The picture to export is missing.' }).max(MAX_EXPORT_BYTES, { error: 'The picture to export is too large.' }),
  width: dimension,
  height: dimension,
});

export const exportPageSchema = z.strictObject({
  paper: z.enum(['A4', 'A3']),
  orientation: z.enum(['portrait', 'landscape']),
  /** One page with the picture scaled to fit, or the picture at full size tiled over several. */
  fit: z.enum(['page', 'tile']),
});
export type ExportPage = z.infer<typeof exportPageSchema>;

export const exportFormats = ['png', 'svg', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportSaveSchema = z
  .strictObject({
    destination: z.string().trim().min(1, { error: 'Choose where to save the export.' }).max(4096),
    format: z.enum(exportFormats),
    content: z.discriminatedUnion('kind', [pngContent, svgContent]),
    frame: exportFrameSchema,
    page: exportPageSchema.optional(),
    subject: z.strictObject({ kind: z.enum(['chart', 'map']), name: z.string().trim().max(200) }),
    /** What the export shows: logged as the disclosure's targets. */
    entityIds: z.array(z.string().min(1).max(128)).max(200_000),
    ...disclosureSchema,
  })
  .superRefine((input, ctx) => {
    if (input.format === 'png' && input.content.kind !== 'png') {
      ctx.addIssue({ code: 'custom', path: ['content'], message: 'A PNG export needs the framed picture as PNG.' });
    }
    if (input.format === 'svg' && input.content.kind !== 'svg') {
      ctx.addIssue({ code: 'custom', path: ['content'], message: 'An SVG export needs the picture as SVG.' });
    }
  });
export type ExportSaveInput = z.input<typeof exportSaveSchema>;

export interface ExportSaved {
  path: string;
  format: ExportFormat;
  pages: number;
  bytes: number;
}

export const exportCalls = {
  /**
   * Writes a marked chart or map export. PNG arrives already framed (the renderer draws the frame);
   * SVG and PDF are framed here. Logged as a disclosure, with reason and recipients, before the
   * file is published.
   */
  'export.save': call(exportSaveSchema).returns<ExportSaved>(),
  /** The handling conditions of the C-graded reports behind these entities, for the export's footer. */
  'export.conditions': call(z.strictObject({ entityIds: z.array(z.string().min(1).max(128)).max(200_000) })).returns<{ conditions: string[] }>(),
};
