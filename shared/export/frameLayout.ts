/**
 * Where everything on a framed export goes, as plain drawing instructions: the renderer paints
 * them on a canvas (PNG), the SVG framer serialises them. One layout, so the two formats match.
 *
 *   ┌──────────── MARKING ────────────┐  banner (top)
 *   │ Title                            │
 *   │ Exported … by …      Page 1 of 1 │
 *   │ ┌──────── content ────────────┐  │
 *   │ └─────────────────────────────┘  │
 *   │ ● Car wash  ● Farm  — Confirmed  │  legend
 *   │ Map data: …                      │  attribution (maps)
 *   │ Handling code C — conditions …   │  conditions
 *   └──────────── MARKING ────────────┘  banner (bottom)
 */
import type { ExportFrame, LegendItem } from './frame';
import { attributionLine, bannerText, conditionsLines, estimateTextWidth, provenanceLine, wrapText } from './frameText';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
  colour: string;
  /** What the run is, so tests (and a PDF tagger) can find it. */
  role: 'banner-top' | 'banner-bottom' | 'title' | 'provenance' | 'page' | 'legend' | 'attribution' | 'conditions';
}

export interface LegendMark {
  item: LegendItem;
  /** Top-left of the swatch. */
  x: number;
  y: number;
  size: number;
}

export interface FrameDrawing {
  width: number;
  height: number;
  content: Box;
  texts: TextRun[];
  legend: LegendMark[];
  /** Thin separators under the top banner and above the bottom one. */
  rules: Array<{ x1: number; y1: number; x2: number; y2: number }>;
}

export type Measure = (text: string, size: number, bold: boolean) => number;

export interface FrameLayoutOptions {
  /** Text measurement; defaults to a generous estimate for Noto Sans. */
  measure?: Measure;
  /** e.g. "Page 1 of 1"; omitted on single images. */
  pageLabel?: string;
  /** The narrowest frame, so the header and footer have room beside a small picture. */
  minWidth?: number;
}

export const FRAME_COLOURS = { text: '#1b1f24', muted: '#4f5866', rule: '#8a94a3', background: '#ffffff' } as const;

/** Lays out the frame around content of the given size (in the output's own pixels). */
export function layoutFrame(content: { width: number; height: number }, frame: ExportFrame, options: FrameLayoutOptions = {}): FrameDrawing {
  const measure = options.measure ?? estimateTextWidth;
  const minWidth = options.minWidth ?? 640;
  // Text grows with the picture so a 4,000 px export is as legible as a 1,000 px one.
  const unit = Math.max(1, Math.max(content.width, minWidth) / 1000);
  const margin = Math.round(16 * unit);
  const width = Math.max(Math.round(content.width + 2 * margin), minWidth);
  const inner = width - 2 * margin;
  const texts: TextRun[] = [];
  const run = (text: string, y: number, size: number, role: TextRun['role'], extra: Partial<TextRun> = {}): TextRun => {
    const item: TextRun = { text, x: margin, y, size, bold: false, anchor: 'start', colour: FRAME_COLOURS.text, role, ...extra };
    texts.push(item);
    return item;
  };

  const bannerSize = Math.round(14 * unit);
  const bannerBand = Math.round(bannerSize * 2.2);
  const banner = bannerText(frame);
  run(banner, Math.round(bannerBand / 2 + bannerSize * 0.36), bannerSize, 'banner-top', { x: width / 2, anchor: 'middle', bold: true });
  const rules: FrameDrawing['rules'] = [{ x1: margin, y1: bannerBand, x2: width - margin, y2: bannerBand }];

  let y = bannerBand + Math.round(10 * unit);
  const titleSize = Math.round(18 * unit);
  for (const line of wrapText(frame.title, inner, (text) => measure(text, titleSize, true))) {
    y += Math.round(titleSize * 1.25);
    run(line, y, titleSize, 'title', { bold: true });
  }
  const smallSize = Math.round(11 * unit);
  y += Math.round(smallSize * 1.6);
  run(provenanceLine(frame), y, smallSize, 'provenance', { colour: FRAME_COLOURS.muted });
  if (options.pageLabel) run(options.pageLabel, y, smallSize, 'page', { x: width - margin, anchor: 'end', colour: FRAME_COLOURS.muted });
  y += Math.round(10 * unit);

  const contentBox: Box = { x: margin + (inner - content.width) / 2, y, width: content.width, height: content.height };
  y += content.height + Math.round(10 * unit);

  const legend: LegendMark[] = [];
  const swatch = Math.round(12 * unit);
  if (frame.legend.length > 0) {
    let x = margin;
    y += Math.round(smallSize * 1.3);
    for (const item of frame.legend) {
      const itemWidth = swatch + Math.round(6 * unit) + measure(item.label, smallSize, false) + Math.round(16 * unit);
      if (x > margin && x + itemWidth > width - margin) {
        x = margin;
        y += Math.round(smallSize * 1.6);
      }
      legend.push({ item, x, y: y - swatch + Math.round(2 * unit), size: swatch });
      run(item.label, y, smallSize, 'legend', { x: x + swatch + Math.round(6 * unit) });
      x += itemWidth;
    }
    y += Math.round(6 * unit);
  }

  const attribution = attributionLine(frame);
  if (attribution) {
    for (const line of wrapText(attribution, inner, (text) => measure(text, smallSize, false))) {
      y += Math.round(smallSize * 1.4);
      run(line, y, smallSize, 'attribution', { colour: FRAME_COLOURS.muted });
    }
  }

  const conditions = conditionsLines(frame);
  conditions.forEach((paragraph, index) => {
    for (const line of wrapText(paragraph, inner, (text) => measure(text, smallSize, index === 0))) {
      y += Math.round(smallSize * 1.4);
      run(line, y, smallSize, 'conditions', { bold: index === 0 });
    }
  });

  y += Math.round(10 * unit);
  rules.push({ x1: margin, y1: y, x2: width - margin, y2: y });
  run(banner, Math.round(y + bannerBand / 2 + bannerSize * 0.36), bannerSize, 'banner-bottom', { x: width / 2, anchor: 'middle', bold: true });
  const height = Math.round(y + bannerBand);
  return { width, height, content: contentBox, texts, legend, rules };
}

/** SVG stroke-dasharray for a legend line's dash style, in multiples of the line width. */
export function dashPattern(dash: LegendItem['dash'], width: number): number[] {
  if (dash === 'dashed') return [4 * width, 3 * width];
  if (dash === 'dotted') return [width, 2 * width];
  return [];
}
