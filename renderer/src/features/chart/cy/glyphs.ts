/**
 * The entity symbols as drawing primitives on a 24×24 grid (line glyphs, stroke only), drawn for
 * Fenlight, not copied from an icon set. One definition feeds both the SVG form (exports, the
 * key) and the bitmap form the canvas draws (see icons.ts).
 */
import type { EntityType } from '@shared/domain/entityTypes';

export type GlyphPart =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { kind: 'path'; d: string };

const circle = (cx: number, cy: number, r: number): GlyphPart => ({ kind: 'circle', cx, cy, r });
const rect = (x: number, y: number, width: number, height: number, rx: number): GlyphPart => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  rx,
});
const path = (d: string): GlyphPart => ({ kind: 'path', d });

export const glyphs: Record<EntityType, GlyphPart[]> = {
  person: [circle(12, 8, 4), path('M4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5')],
  site: [path('M3 11.5 12 4l9 7.5'), path('M5.5 9.5V20h13V9.5'), path('M10 20v-5.5h4V20')],
  vehicle: [
    path('M3 16.5V13l2-5h14l2 5v3.5z'),
    path('M3 13h18'),
    circle(7.5, 17.5, 1.8),
    circle(16.5, 17.5, 1.8),
  ],
  phone: [rect(7, 2.5, 10, 19, 2), path('M10.5 18.5h3'), path('M7 5.5h10')],
  organisation: [
    path('M4 21V6l8-3v18'),
    path('M12 9h8v12'),
    path('M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2'),
    path('M2.5 21h19'),
  ],
  email: [rect(3, 5.5, 18, 13, 1.5), path('m3.5 6.5 8.5 6.5 8.5-6.5')],
  account: [
    path('M3 9.5 12 4l9 5.5'),
    path('M5 10v7.5M9.5 10v7.5M14.5 10v7.5M19 10v7.5'),
    path('M3 20.5h18'),
  ],
  document: [
    rect(2.5, 5, 19, 14, 1.5),
    circle(8, 11, 2.2),
    path('M4.5 16.5c.7-1.8 2-2.6 3.5-2.6s2.8.8 3.5 2.6'),
    path('M14 10h5M14 13h5M14 16h3'),
  ],
};

export function glyphSvg(parts: readonly GlyphPart[]): string {
  return parts
    .map((part) =>
      part.kind === 'circle'
        ? `<circle cx="${part.cx}" cy="${part.cy}" r="${part.r}"/>`
        : part.kind === 'rect'
          ? `<rect x="${part.x}" y="${part.y}" width="${part.width}" height="${part.height}" rx="${part.rx}"/>`
          : `<path d="${part.d}"/>`,
    )
    .join('');
}

export function strokeGlyph(context: CanvasRenderingContext2D, parts: readonly GlyphPart[]): void {
  for (const part of parts) {
    if (part.kind === 'path') {
      context.stroke(new Path2D(part.d));
      continue;
    }
    context.beginPath();
    if (part.kind === 'circle') context.arc(part.cx, part.cy, part.r, 0, Math.PI * 2);
    else context.roundRect(part.x, part.y, part.width, part.height, part.rx);
    context.stroke();
  }
}
