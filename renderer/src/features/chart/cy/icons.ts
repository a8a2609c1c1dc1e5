/**
 * The chart's entity symbols: a tinted disc with the type's glyph, and badges for data-subject
 * category, NRM stage, handling conditions, pinning and review state — one image per node, so
 * the canvas draws one cached picture. On screen the image is a bitmap drawn once per kind of
 * node (Chromium re-rasterises an SVG image on every draw, which took pan and zoom at 2,000
 * entities down to about one frame a second); exports and the key use the SVG form. Images are
 * data: or blob: URIs (no remote images; the CSP allows both), cached by what they show.
 */
import type { ChartNrmStatus } from '@shared/contract/calls/chart';
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { EntityType } from '@shared/domain/entityTypes';
import { glyphs, glyphSvg, strokeGlyph } from './glyphs';
import { chartColours, entityTypeColours, shade, themed, type ChartTheme } from './palette';

export const categoryBadges: Partial<
  Record<DataSubjectCategory, { text: string; colour: string; label: string }>
> = {
  suspect: { text: 'S', colour: '#c62828', label: 'Suspect' },
  convicted: { text: 'CV', colour: '#7f0000', label: 'Convicted' },
  victim: { text: 'V', colour: '#6a1b9a', label: 'Victim' },
  potential_victim: { text: 'PV', colour: '#8e24aa', label: 'Potential victim' },
  witness: { text: 'W', colour: '#00695c', label: 'Witness' },
};

const outcomeMarks = { positive: '+', negative: '−', pending: '?', withdrawn: '×' } as const;

/** The short NRM badge text, e.g. "RG+" (positive reasonable grounds) or "NRM" (referred). */
export function nrmBadgeText(nrm: ChartNrmStatus): string {
  if (nrm.stage === 'referred') return 'NRM';
  const stage = nrm.stage === 'reasonable_grounds' ? 'RG' : 'CG';
  return `${stage}${nrm.outcome ? outcomeMarks[nrm.outcome] : ''}`;
}

function nrmColour(nrm: ChartNrmStatus): string {
  if (nrm.outcome === 'positive') return '#2e7d32';
  if (nrm.outcome === 'negative' || nrm.outcome === 'withdrawn') return '#5f6368';
  return nrm.stage === 'referred' ? '#37474f' : '#9a5b00';
}

export interface NodeImageSpec {
  type: EntityType;
  category: DataSubjectCategory | null;
  nrm: ChartNrmStatus | null;
  conditions: boolean;
  pinned: boolean;
  unreviewed: boolean;
  /** The analyst's colour for this node, instead of the type's. */
  colour?: string | undefined;
  theme: ChartTheme;
}

/** Node images are 64×64 units: a 44-unit disc centred, badges in the corners around it. */
export const NODE_IMAGE_SIZE = 64;
/** Bitmap pixels per unit: crisp up to about three times zoom. */
const RASTER_SCALE = 3;
const FONT = 'Segoe UI, Noto Sans, Arial, sans-serif';

interface Badge {
  x: number;
  y: number;
  text: string;
  fill: string;
}

/** Everything drawn for a node, as plain values both renderers use. */
function describeImage(spec: NodeImageSpec) {
  const base = spec.colour ?? entityTypeColours[spec.type];
  const badges: Badge[] = [];
  const category = spec.category ? categoryBadges[spec.category] : undefined;
  if (category) badges.push({ x: 50, y: 12, text: category.text, fill: category.colour });
  if (spec.nrm) badges.push({ x: 48, y: 54, text: nrmBadgeText(spec.nrm), fill: nrmColour(spec.nrm) });
  // Handling code C: the conditions travel with the item, so the chart says they exist.
  if (spec.conditions) badges.push({ x: 14, y: 54, text: 'C', fill: '#b45309' });
  return {
    stroke: themed(base, spec.theme),
    fill: spec.theme === 'dark' ? shade(base, -0.55) : shade(base, 0.88),
    badges,
    pin: spec.pinned
      ? { fill: chartColours[spec.theme].text, mark: chartColours[spec.theme].background }
      : null,
  };
}

const badgeWidth = (text: string) => Math.max(16, 7 * text.length + 8);

export function nodeImageSvg(spec: NodeImageSpec): string {
  const image = describeImage(spec);
  const ring = spec.unreviewed ? ' stroke-dasharray="5 3"' : '';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${NODE_IMAGE_SIZE}" height="${NODE_IMAGE_SIZE}" viewBox="0 0 64 64">`,
    `<circle cx="32" cy="32" r="21" fill="${image.fill}" stroke="${image.stroke}" stroke-width="2.5"${ring}/>`,
    `<g transform="translate(19 19) scale(1.0833)" fill="none" stroke="${image.stroke}" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round">${glyphSvg(glyphs[spec.type])}</g>`,
    ...image.badges.map(
      ({ x, y, text, fill }) =>
        `<rect x="${x - badgeWidth(text) / 2}" y="${y - 8}" width="${badgeWidth(text)}" height="16" rx="8" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${x}" y="${y + 4}" text-anchor="middle" font-family="${FONT}" font-size="11" font-weight="700" fill="#ffffff">${text}</text>`,
    ),
  ];
  if (image.pin) {
    parts.push(
      `<g transform="translate(4 2)"><circle cx="8" cy="8" r="7.5" fill="${image.pin.fill}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<path d="M8 4.5v5M5.8 9.5h4.4M8 9.5v3" stroke="${image.pin.mark}" stroke-width="1.6" stroke-linecap="round"/></g>`,
    );
  }
  parts.push('</svg>');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(parts.join(''))}`;
}

/** The same picture as a PNG, or null where there is no 2D canvas (tests in jsdom). */
function nodeImageBitmap(spec: NodeImageSpec): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = NODE_IMAGE_SIZE * RASTER_SCALE;
  canvas.height = NODE_IMAGE_SIZE * RASTER_SCALE;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext('2d');
  } catch {
    return null;
  }
  if (!context || typeof Path2D === 'undefined') return null;
  const image = describeImage(spec);
  context.scale(RASTER_SCALE, RASTER_SCALE);
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.beginPath();
  context.arc(32, 32, 21, 0, Math.PI * 2);
  context.fillStyle = image.fill;
  context.fill();
  context.strokeStyle = image.stroke;
  context.lineWidth = 2.5;
  if (spec.unreviewed) context.setLineDash([5, 3]);
  context.stroke();
  context.setLineDash([]);
  context.save();
  context.translate(19, 19);
  context.scale(1.0833, 1.0833);
  context.lineWidth = 1.9;
  strokeGlyph(context, glyphs[spec.type]);
  context.restore();
  context.font = `700 11px ${FONT}`;
  context.textAlign = 'center';
  for (const { x, y, text, fill } of image.badges) {
    context.beginPath();
    context.roundRect(x - badgeWidth(text) / 2, y - 8, badgeWidth(text), 16, 8);
    context.fillStyle = fill;
    context.fill();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.stroke();
    context.fillStyle = '#ffffff';
    context.fillText(text, x, y + 4);
  }
  if (image.pin) {
    context.beginPath();
    context.arc(12, 10, 7.5, 0, Math.PI * 2);
    context.fillStyle = image.pin.fill;
    context.fill();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.stroke();
    context.strokeStyle = image.pin.mark;
    context.lineWidth = 1.6;
    context.stroke(new Path2D('M12 6.5v5M9.8 11.5h4.4M12 11.5v3'));
  }
  try {
    return toBlobUrl(canvas.toDataURL('image/png'));
  } catch {
    return null;
  }
}

/**
 * A blob: URL for a PNG data: URI. Cytoscape hashes style values character by character on every
 * style pass, and a 15 KB data: URI per node made that seconds long on a big chart; a blob: URL
 * is a few dozen characters (the CSP allows blob: images).
 */
function toBlobUrl(dataUri: string): string {
  if (typeof URL.createObjectURL !== 'function') return dataUri;
  const binary = atob(dataUri.slice(dataUri.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
}

const cache = new Map<string, string>();

/** The node's image: a bitmap for the screen (`vector` false), SVG for exports and the key. */
export function nodeImage(spec: NodeImageSpec, vector = false): string {
  const key = `${spec.type}|${spec.category}|${spec.nrm?.stage}|${spec.nrm?.outcome}|${spec.conditions}|${spec.pinned}|${spec.unreviewed}|${spec.colour}|${spec.theme}|${vector}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const uri = (vector ? null : nodeImageBitmap(spec)) ?? nodeImageSvg(spec);
  cache.set(key, uri);
  return uri;
}
