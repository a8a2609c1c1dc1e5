import { z } from 'zod';
import { call } from '../define';
import { chartDocumentSchema, type ChartDocument } from '../../chart/document';
import type { EntitySummary, LinkSummary } from '../../records';
import { disclosureSchema } from './audit';

const id = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(128);
const chartName = z.string({ error: 'Give the chart a name.' }).trim().min(1, { error: 'Give the chart a name.' }).max(120, { error: 'A chart name can be at most 120 characters.' });

export interface ChartListItem {
  id: string;
  name: string;
  description: string;
  marking: string;
  entities: number;
  updatedAt: string;
}

export interface SavedChart extends ChartListItem {
  document: ChartDocument;
  createdAt: string;
}

export interface OpenedChart {
  chart: SavedChart;
  entities: EntitySummary[];
  links: LinkSummary[];
  /** What changed in the vault since the chart was saved, applied on opening. */
  changes: { merged: Array<{ from: string; to: string }>; missingEntities: number; missingLinks: number };
  /** The lowest marking the chart may carry, from the evidence behind what it shows. */
  minimumMarking: string;
}

export interface AnxImportSummary {
  entitiesCreated: number;
  entitiesMatched: number;
  linksCreated: number;
  linksMatched: number;
  reportsCreated: number;
  reportsMatched: number;
  skipped: Array<{ item: string; reason: string }>;
}

const entityTypeChoice = z.enum(['person', 'site', 'vehicle', 'phone', 'organisation', 'email', 'account', 'document', 'skip']);

export const chartsCalls = {
  'charts.list': call(z.strictObject({})).returns<ChartListItem[]>(),
  /** Opens a saved chart, reflecting later merges and edits in the vault (a consultation of what it shows). */
  'charts.open': call(z.strictObject({ id: id('Chart') })).returns<OpenedChart>(),
  'charts.save': call(
    z.strictObject({
      id: id('Chart').optional(),
      name: chartName,
      description: z.string().trim().max(2000).default(''),
      marking: z.string().trim().max(120).optional(),
      document: chartDocumentSchema,
    }),
  ).returns<SavedChart>(),
  'charts.duplicate': call(z.strictObject({ id: id('Chart'), name: chartName })).returns<SavedChart>(),
  'charts.delete': call(z.strictObject({ id: id('Chart') })).returns<{ deleted: true }>(),
  /** The highest marking among the evidence for these entities and links: the chart's default and floor. */
  'charts.minimumMarking': call(z.strictObject({ entityIds: z.array(z.string()).max(20_000), linkIds: z.array(z.string()).max(100_000).default([]) })).returns<{
    marking: string;
    handlingConditions: string[];
  }>(),
  /** i2 Analyst's Notebook exchange file of a chart (saved or as currently shown). */
  'charts.exportAnx': call(
    z.strictObject({
      chartId: id('Chart').optional(),
      document: chartDocumentSchema.optional(),
      title: z.string().trim().max(120).default('Fenlight chart'),
      marking: z.string().trim().max(120).optional(),
      destination: z.string().trim().min(1, { error: 'Choose where to save the export.' }),
      ...disclosureSchema,
    }),
  ).returns<{ path: string; entities: number; links: number }>(),
  /** What an i2 chart holds, and the Fenlight type suggested for each of its entity types. */
  'charts.previewAnx': call(z.strictObject({ path: z.string().trim().min(1, { error: 'Choose an ANX file.' }) })).returns<{
    title: string;
    classification: string | null;
    entityTypes: Array<{ name: string; count: number; suggested: string | null }>;
    entities: number;
    links: number;
    cards: number;
  }>(),
  /** Brings an i2 chart's entities, links, attributes and cards into the vault (idempotent on identity). */
  'charts.importAnx': call(
    z.strictObject({ path: z.string().trim().min(1, { error: 'Choose an ANX file.' }), typeMapping: z.record(z.string().max(200), entityTypeChoice).default({}) }),
  ).returns<AnxImportSummary>(),
  /** Nodes and links as CSV files, or FollowTheMoney JSON lines. */
  'charts.exportData': call(
    z.strictObject({
      format: z.enum(['csv', 'ftm']),
      document: chartDocumentSchema,
      title: z.string().trim().max(120).default('Fenlight chart'),
      destination: z.string().trim().min(1, { error: 'Choose where to save the export.' }),
      ...disclosureSchema,
    }),
  ).returns<{ paths: string[]; entities: number; links: number }>(),
};
