/**
 * Map exports: the map drawn again at the chosen resolution, with a scale bar and north arrow
 * on the picture, then framed (PNG, here) or sent for the engine to frame (PDF). The engine
 * writes the file only after logging the disclosure.
 */
import type { ExportPage, ExportSaved } from '@shared/contract/calls/export';
import type { ExportFrame } from '@shared/export/frame';
import { call } from '../../lib/fenlight';
import { composeFramedPng, EXPORT_FONT_FAMILY, pngBytes } from '../../lib/exportFrame';
import { BASEMAP_ATTRIBUTION } from './basemap/style';
import type { MapAdapter, MapView } from './mapAdapter';
import { metresPerPixel, scaleBar } from './scaleBar';

/** Browsers refuse canvases much beyond this on a side (and WebGL here caps at 8,192). */
export const MAX_EXPORT_SIDE = 8192;

export type PngSize = { mode: 'width'; width: number } | { mode: 'dpi'; dpi: number };

export interface MapExportRequest {
  format: 'png' | 'pdf';
  png: PngSize;
  page: ExportPage;
  title: string;
  destination: string;
  reason: string;
  recipients: string[];
}

/** Device pixels per CSS pixel for the capture: the size or DPI asked for, within the canvas limit. */
export function captureRatio(view: Pick<MapView, 'width' | 'height'>, format: 'png' | 'pdf', png: PngSize): number {
  const wanted = format === 'pdf' ? 2 : png.mode === 'width' ? png.width / Math.max(1, view.width) : png.dpi / 96;
  const limit = MAX_EXPORT_SIDE / Math.max(1, view.width, view.height);
  return Math.max(0.25, Math.min(wanted, limit));
}

/** The scale bar (bottom left) and north arrow (top right), drawn on the map picture itself. */
export function drawDecorations(context: CanvasRenderingContext2D, size: { width: number; height: number }, view: MapView, ratio: number): void {
  const unit = Math.max(1, size.width / 1000);
  const bar = scaleBar(metresPerPixel(view.centre.lat, view.zoom) / ratio, size.width * 0.2);
  const x = 14 * unit;
  const y = size.height - 16 * unit;
  context.save();
  context.font = `bold ${Math.round(11 * unit)}px ${EXPORT_FONT_FAMILY}`;
  const labelWidth = context.measureText(bar.label).width;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(x - 6 * unit, y - 24 * unit, bar.pixels + labelWidth + 22 * unit, 32 * unit);
  context.fillStyle = '#1b1f24';
  context.fillRect(x, y - 4 * unit, bar.pixels, 4 * unit);
  context.fillRect(x, y - 10 * unit, 2 * unit, 10 * unit);
  context.fillRect(x + bar.pixels - 2 * unit, y - 10 * unit, 2 * unit, 10 * unit);
  context.textBaseline = 'alphabetic';
  context.fillText(bar.label, x + bar.pixels + 8 * unit, y);

  // North arrow: turned by the map's bearing, so it points to true north on the picture.
  const cx = size.width - 36 * unit;
  const cy = 44 * unit;
  context.translate(cx, cy);
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.beginPath();
  context.arc(0, 0, 22 * unit, 0, Math.PI * 2);
  context.fill();
  context.rotate((-view.bearing * Math.PI) / 180);
  context.fillStyle = '#1b1f24';
  context.beginPath();
  context.moveTo(0, -16 * unit);
  context.lineTo(8 * unit, 10 * unit);
  context.lineTo(0, 5 * unit);
  context.lineTo(-8 * unit, 10 * unit);
  context.closePath();
  context.fill();
  context.textAlign = 'center';
  context.font = `bold ${Math.round(10 * unit)}px ${EXPORT_FONT_FAMILY}`;
  context.fillText('N', 0, -18 * unit);
  context.restore();
}

export function mapAttribution(layerNames: readonly string[]): string {
  const layers = layerNames.length > 0 ? `; analyst layers: ${layerNames.join(', ')}` : '';
  return `${BASEMAP_ATTRIBUTION.join(', ')}${layers}`;
}

export interface MapExportContext {
  adapter: MapAdapter;
  frame: Omit<ExportFrame, 'title' | 'exportedAt' | 'handlingConditions'>;
  entityIds: string[];
}

/** Captures, decorates, frames where needed, and asks the engine to save (and log) the export. */
export async function exportMap(request: MapExportRequest, context: MapExportContext): Promise<ExportSaved> {
  const { conditions } = await call('export.conditions', { entityIds: context.entityIds });
  const view = context.adapter.view();
  const ratio = captureRatio(view, request.format, request.png);
  const picture = await context.adapter.capture(ratio);
  const drawing = picture.canvas.getContext('2d');
  if (drawing) drawDecorations(drawing, picture, view, ratio);
  const frame: ExportFrame = { ...context.frame, title: request.title, exportedAt: new Date().toISOString(), handlingConditions: conditions };
  const common = {
    destination: request.destination,
    frame,
    subject: { kind: 'map' as const, name: request.title },
    entityIds: context.entityIds,
    reason: request.reason,
    recipients: request.recipients,
  };
  if (request.format === 'png') {
    const framed = await composeFramedPng({ image: picture.canvas, width: picture.width, height: picture.height }, frame);
    return call('export.save', { ...common, format: 'png', content: { kind: 'png', bytes: framed.bytes, width: framed.width, height: framed.height } });
  }
  const bytes = await pngBytes(picture.canvas);
  return call('export.save', { ...common, format: 'pdf', page: request.page, content: { kind: 'png', bytes, width: picture.width, height: picture.height } });
}
