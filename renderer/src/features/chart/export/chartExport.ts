/**
 * Chart exports. Pictures come from the chart on screen (Cytoscape): PNG drawn at the chosen
 * scale and framed here; SVG (vector, via cytoscape-svg) framed by the engine, which also
 * draws it into the PDF. Data exports (ANX, CSV, FollowTheMoney) are written by the engine from
 * the chart document. Every one is logged by the engine as a disclosure before it is written.
 */
import type { ChartDocument } from '@shared/chart/document';
import { MAX_EXPORT_PIXELS, type ExportPage } from '@shared/contract/calls/export';
import type { ExportFrame } from '@shared/export/frame';
import { call } from '../../../lib/fenlight';
import { composeFramedPng, type Picture } from '../../../lib/exportFrame';
import type { ChartCanvas } from '../cy/chartCanvas';
import { drawTile, svgImage, tileGrid, tilePath, type TileRect } from './pngTiles';
import { compactChartSvg } from './svgCompact';

export const chartExportFormats = ['png', 'svg', 'pdf', 'anx', 'csv', 'ftm'] as const;
export type ChartExportFormat = (typeof chartExportFormats)[number];

export const chartExportLabels: Record<ChartExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG drawing (vector)',
  pdf: 'PDF document',
  anx: 'i2 Analyst’s Notebook (ANX)',
  csv: 'CSV nodes and links',
  ftm: 'FollowTheMoney JSON lines',
};

export const chartExportExtensions: Record<ChartExportFormat, string> = { png: 'png', svg: 'svg', pdf: 'pdf', anx: 'anx', csv: 'csv', ftm: 'json' };

/**
 * The largest PNG side drawn: Chromium refuses canvases beyond 16,384 pixels on a side or
 * about 268 million pixels in all, and then draws nothing at all; the frame adds to the
 * picture, so the picture itself stays well inside that.
 */
export const MAX_PNG_SIDE = 8192;

export interface ChartExportRequest {
  format: ChartExportFormat;
  title: string;
  /** PNG: device pixels per chart unit (1–4). */
  scale: number;
  page: ExportPage;
  destination: string;
  reason: string;
  recipients: string[];
}

export interface ChartExportContext {
  canvas: ChartCanvas | null;
  document: ChartDocument;
  /** The chart's marking (the saved chart's, else the floor from its evidence). */
  marking: string;
  frame: Pick<ExportFrame, 'trainingData' | 'author' | 'legend'>;
}

export interface ChartExportDone {
  paths: string[];
  pages: number;
}

/** The whole chart's size in chart units (what a full PNG or SVG draws at scale 1). */
export function chartExtent(canvas: ChartCanvas): { width: number; height: number } {
  const box = canvas.cy.elements().boundingBox({});
  return { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) };
}

/** How many PNG files a chart of this size makes at this scale (tiles beyond MAX_PNG_SIDE a side). */
export function pngTileCount(extent: { width: number; height: number }, scale: number): number {
  return Math.ceil((extent.width * scale) / MAX_PNG_SIDE) * Math.ceil((extent.height * scale) / MAX_PNG_SIDE);
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)/.exec(root)?.[1]);
  return { width: Math.max(1, Math.ceil(width || 1)), height: Math.max(1, Math.ceil(height || 1)) };
}

/** The whole chart as vector SVG, scaled down only if a side would pass the export limit. */
export function chartSvg(canvas: ChartCanvas): { svg: string; width: number; height: number } {
  canvas.settle();
  const extent = chartExtent(canvas);
  const scale = Math.min(1, MAX_EXPORT_PIXELS / Math.max(extent.width, extent.height));
  const svg = compactChartSvg(canvas.svg({ full: true, scale }));
  const size = svgSize(svg);
  return { svg, width: Math.min(size.width, MAX_EXPORT_PIXELS), height: Math.min(size.height, MAX_EXPORT_PIXELS) };
}

/** The chart as pictures of at most MAX_PNG_SIDE a side: one, or tiles cut from the vector drawing. */
async function chartPngs(canvas: ChartCanvas, scale: number): Promise<Array<{ picture: Picture; tile: TileRect | null }>> {
  canvas.settle();
  const extent = chartExtent(canvas);
  if (pngTileCount(extent, scale) === 1) {
    const bitmap = await createImageBitmap(canvas.png({ full: true, scale }));
    return [{ picture: { image: bitmap, width: bitmap.width, height: bitmap.height }, tile: null }];
  }
  const width = Math.ceil(extent.width * scale);
  const height = Math.ceil(extent.height * scale);
  const image = await svgImage(compactChartSvg(canvas.svg({ full: true, scale: 1 })));
  return tileGrid(width, height, MAX_PNG_SIDE).map((tile) => ({
    picture: { image: drawTile(image, width, height, tile), width: tile.width, height: tile.height },
    tile,
  }));
}

const NO_CANVAS = 'The chart is not drawn on screen, so it cannot be exported as a picture. Show the link chart and try again.';

export async function exportChart(request: ChartExportRequest, context: ChartExportContext): Promise<ChartExportDone> {
  const disclosure = { destination: request.destination, reason: request.reason, recipients: request.recipients };
  if (request.format === 'anx') {
    const saved = await call('charts.exportAnx', { ...disclosure, document: context.document, title: request.title, marking: context.marking });
    return { paths: [saved.path], pages: 0 };
  }
  if (request.format === 'csv' || request.format === 'ftm') {
    const saved = await call('charts.exportData', { ...disclosure, format: request.format, document: context.document, title: request.title });
    return { paths: saved.paths, pages: 0 };
  }
  if (!context.canvas) throw new Error(NO_CANVAS);
  const entityIds = context.document.nodes.filter((node) => !node.hidden).map((node) => node.entityId);
  const { conditions } = await call('export.conditions', { entityIds });
  const frame: ExportFrame = { ...context.frame, marking: context.marking, title: request.title, exportedAt: new Date().toISOString(), handlingConditions: conditions };
  const common = { ...disclosure, frame, entityIds, subject: { kind: 'chart' as const, name: request.title } };
  if (request.format === 'png') {
    const pictures = await chartPngs(context.canvas, request.scale);
    const paths: string[] = [];
    for (const [index, { picture, tile }] of pictures.entries()) {
      try {
        const part = tile ? { ...frame, title: `${request.title} (part ${index + 1} of ${pictures.length})` } : frame;
        const framed = await composeFramedPng(picture, part);
        const destination = tile ? tilePath(request.destination, tile, pictures.length, index) : request.destination;
        const saved = await call('export.save', {
          ...common,
          frame: part,
          destination,
          format: 'png',
          content: { kind: 'png', bytes: framed.bytes, width: framed.width, height: framed.height },
        });
        paths.push(saved.path);
      } finally {
        if (picture.image instanceof ImageBitmap) picture.image.close();
      }
    }
    return { paths, pages: paths.length };
  }
  const content = { kind: 'svg' as const, ...chartSvg(context.canvas) };
  const saved =
    request.format === 'svg'
      ? await call('export.save', { ...common, format: 'svg', content })
      : await call('export.save', { ...common, format: 'pdf', page: request.page, content });
  return { paths: [saved.path], pages: saved.pages };
}
