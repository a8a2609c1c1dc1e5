/**
 * Wraps a chart's or map's SVG in the marked frame (banners, title, provenance, legend,
 * attribution, handling conditions) as one standalone SVG document. Used by the engine's SVG
 * export, and by anything that wants a framed SVG (the chart's print preview, for example).
 */
import type { ExportFrame, LegendItem } from './frame';
import { dashPattern, FRAME_COLOURS, layoutFrame, type FrameDrawing, type FrameLayoutOptions, type LegendMark, type TextRun } from './frameLayout';

export const SVG_FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

/** Escapes text for XML content and attribute values: names in exports are untrusted text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

const round = (value: number) => Math.round(value * 100) / 100;

function textElement(run: TextRun): string {
  const anchor = run.anchor === 'start' ? '' : ` text-anchor="${run.anchor}"`;
  const weight = run.bold ? ' font-weight="bold"' : '';
  return `<text x="${round(run.x)}" y="${round(run.y)}" font-size="${run.size}"${weight}${anchor} fill="${run.colour}" data-role="${run.role}">${escapeXml(run.text)}</text>`;
}

function legendElement({ item, x, y, size }: LegendMark): string {
  const colour = escapeXml(item.colour);
  if (item.kind === 'line') {
    const width = Math.max(1.5, size / 6);
    const dash = dashPattern(item.dash, width);
    const dashAttr = dash.length > 0 ? ` stroke-dasharray="${dash.join(' ')}"` : '';
    return `<line x1="${x}" y1="${round(y + size / 2)}" x2="${x + size}" y2="${round(y + size / 2)}" stroke="${colour}" stroke-width="${round(width)}"${dashAttr}/>`;
  }
  if (item.kind === 'area') {
    return `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${colour}" fill-opacity="0.35" stroke="${colour}"/>`;
  }
  return `<circle cx="${round(x + size / 2)}" cy="${round(y + size / 2)}" r="${round(size / 2 - 0.5)}" fill="${colour}" stroke="#1b1f24" stroke-width="1"/>`;
}

/** The content SVG without an XML declaration or doctype, so it can be nested. */
export function stripProlog(svg: string): string {
  return svg
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?>/gi, '')
    .trim();
}

/**
 * Why an SVG cannot go into an export, or null. Exports leave the force: they must not run
 * script when opened, nor fetch anything (which would tell a server someone opened them).
 */
export function unsafeSvgReason(svg: string): string | null {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(svg.replace(/^\uFEFF/, ''))) return 'The picture to export is not an SVG document.';
  if (/<script[\s>]|<foreignObject[\s>]|\son[a-z]+\s*=|javascript:/i.test(svg)) return 'The picture to export contains script, which exports may not carry.';
  if (/(?:href|src)\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg);)/i.test(svg) || /url\(\s*["']?\s*(?!#|data:image\/(?:png|jpeg);)/i.test(svg)) {
    return 'The picture to export refers to files or web addresses outside itself, which exports may not carry.';
  }
  return null;
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
  drawing: FrameDrawing;
}

/** The framed document. The content is placed at its own size; the frame grows around it. */
export function frameSvg(content: { svg: string; width: number; height: number }, frame: ExportFrame, options: FrameLayoutOptions = {}): FramedSvg {
  const drawing = layoutFrame(content, frame, options);
  const { width, height } = drawing;
  const box = drawing.content;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title>${escapeXml(`${frame.title} — ${frame.marking.toUpperCase()}`)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${FRAME_COLOURS.background}"/>`,
    ...drawing.rules.map((rule) => `<line x1="${round(rule.x1)}" y1="${round(rule.y1)}" x2="${round(rule.x2)}" y2="${round(rule.y2)}" stroke="${FRAME_COLOURS.rule}" stroke-width="1"/>`),
    `<g transform="translate(${round(box.x)} ${round(box.y)})">`,
    `<svg x="0" y="0" width="${box.width}" height="${box.height}" overflow="hidden">${stripProlog(content.svg)}</svg>`,
    `</g>`,
    ...drawing.legend.map(legendElement),
    ...drawing.texts.map(textElement),
    `</svg>`,
  ];
  return { svg: parts.join('\n'), width, height, drawing };
}

export type { LegendItem };
