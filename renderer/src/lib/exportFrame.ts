/**
 * Draws the marked frame (banners, title, provenance, legend, attribution, handling conditions)
 * around a picture on a canvas and returns PNG bytes: the PNG exports of the map and the chart.
 * The layout is shared/export/frameLayout.ts, the same one the engine's SVG framer uses.
 */
import type { ExportFrame } from '@shared/export/frame';
import { dashPattern, FRAME_COLOURS, layoutFrame, type FrameDrawing, type FrameLayoutOptions } from '@shared/export/frameLayout';

export const EXPORT_FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

export interface Picture {
  image: CanvasImageSource;
  width: number;
  height: number;
}

function font(size: number, bold: boolean, family: string): string {
  return `${bold ? 'bold ' : ''}${size}px ${family}`;
}

/** Paints a laid-out frame and its picture onto a 2D context of the drawing's size. */
export function paintFrame(context: CanvasRenderingContext2D, drawing: FrameDrawing, picture: Picture, family = EXPORT_FONT_FAMILY): void {
  context.fillStyle = FRAME_COLOURS.background;
  context.fillRect(0, 0, drawing.width, drawing.height);
  context.strokeStyle = FRAME_COLOURS.rule;
  context.lineWidth = 1;
  for (const rule of drawing.rules) {
    context.beginPath();
    context.moveTo(rule.x1, rule.y1 + 0.5);
    context.lineTo(rule.x2, rule.y2 + 0.5);
    context.stroke();
  }
  const box = drawing.content;
  context.drawImage(picture.image, box.x, box.y, box.width, box.height);
  context.strokeRect(box.x - 0.5, box.y - 0.5, box.width + 1, box.height + 1);
  for (const { item, x, y, size } of drawing.legend) {
    context.save();
    context.fillStyle = item.colour;
    context.strokeStyle = item.kind === 'node' ? FRAME_COLOURS.text : item.colour;
    if (item.kind === 'line') {
      const width = Math.max(1.5, size / 6);
      context.lineWidth = width;
      context.setLineDash(dashPattern(item.dash, width));
      context.beginPath();
      context.moveTo(x, y + size / 2);
      context.lineTo(x + size, y + size / 2);
      context.stroke();
    } else if (item.kind === 'area') {
      context.globalAlpha = 0.35;
      context.fillRect(x, y, size, size);
      context.globalAlpha = 1;
      context.strokeRect(x, y, size, size);
    } else {
      context.beginPath();
      context.arc(x + size / 2, y + size / 2, size / 2 - 0.5, 0, Math.PI * 2);
      context.fill();
      context.stroke();
    }
    context.restore();
  }
  for (const run of drawing.texts) {
    context.font = font(run.size, run.bold, family);
    context.fillStyle = run.colour;
    context.textAlign = run.anchor === 'middle' ? 'center' : run.anchor === 'end' ? 'right' : 'left';
    context.textBaseline = 'alphabetic';
    context.fillText(run.text, run.x, run.y);
  }
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('The picture could not be encoded as PNG.'));
        return;
      }
      void blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
    }, 'image/png');
  });
}

/** The picture framed and encoded: what a PNG export sends to the engine, which writes it unchanged. */
export async function composeFramedPng(picture: Picture, frame: ExportFrame, options: FrameLayoutOptions & { fontFamily?: string } = {}): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const family = options.fontFamily ?? EXPORT_FONT_FAMILY;
  const canvas = document.createElement('canvas');
  const measuring = canvas.getContext('2d');
  if (!measuring) throw new Error('This computer cannot draw the export (no 2D canvas).');
  const measure = (text: string, size: number, bold: boolean) => {
    measuring.font = font(size, bold, family);
    return measuring.measureText(text).width;
  };
  const drawing = layoutFrame(picture, frame, { ...options, measure });
  canvas.width = drawing.width;
  canvas.height = drawing.height;
  const context = canvas.getContext('2d')!;
  paintFrame(context, drawing, picture, family);
  return { bytes: await canvasToPng(canvas), width: drawing.width, height: drawing.height };
}

/** A canvas as PNG bytes, unframed (the PDF export frames it in the engine). */
export function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return canvasToPng(canvas);
}
