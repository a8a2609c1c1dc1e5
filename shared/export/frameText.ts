/**
 * The words every marked export carries, decided once so the PNG (drawn in the renderer), the
 * SVG and the PDF (written by the engine) say exactly the same thing.
 */
import { formatDateTime } from '../format/dates';
import type { ExportFrame } from './frame';

/** The banner at the top and bottom of every page: the marking in capitals, plus TRAINING DATA. */
export function bannerText(frame: Pick<ExportFrame, 'marking' | 'trainingData'>): string {
  const marking = frame.marking.trim().toUpperCase();
  return frame.trainingData ? `${marking} — TRAINING DATA` : marking;
}

/** "Exported 05/03/2026 14:30 by Priya Shah (CC4127)" (en-GB, Europe/London). */
export function provenanceLine(frame: Pick<ExportFrame, 'exportedAt' | 'author'>): string {
  const when = formatDateTime(frame.exportedAt);
  return `Exported ${when || frame.exportedAt} by ${frame.author}`;
}

/** One line per distinct condition, introduced once: they are free text from force systems. */
export function conditionsLines(frame: Pick<ExportFrame, 'handlingConditions'>): string[] {
  const conditions = [...new Set(frame.handlingConditions.map((text) => text.trim()).filter(Boolean))];
  if (conditions.length === 0) return [];
  return ['Handling code C — conditions apply to material shown:', ...conditions.map((text) => `• ${text}`)];
}

export function attributionLine(frame: Pick<ExportFrame, 'attribution'>): string | null {
  const text = frame.attribution?.trim();
  return text ? `Map data: ${text}` : null;
}

/** "Page 2 of 6 — row 1, column 2" for tiled pages; "Page 1 of 1" otherwise. */
export function pageLabel(page: number, pages: number, tile?: { row: number; column: number }): string {
  const base = `Page ${page} of ${pages}`;
  return tile && pages > 1 ? `${base} — row ${tile.row}, column ${tile.column}` : base;
}

/**
 * Wraps text to lines no wider than `maxWidth`, measuring with `measure` (a canvas, PDFKit, or the
 * estimate below). Words longer than a line are broken by character so nothing runs off the page.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A width estimate for Noto Sans when no font metrics are at hand (SVG is measured by whatever
 * displays it): 0.55 em per character on average, 0.62 for bold capitals. Generous on purpose,
 * so wrapped text fits however it is rendered.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.55);
}
