/**
 * The chart's entity symbols, drawn here as SVG and used as data: URIs (no remote images; the CSP
 * allows data: images). Each node is one image — a tinted disc with the type's glyph, and badges
 * for data-subject category, NRM stage, handling conditions, pinning and review state — so the
 * canvas draws one cached bitmap per node. Images are cached by what they show.
 */
import type { ChartNrmStatus } from '@shared/contract/calls/chart';
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { EntityType } from '@shared/domain/entityTypes';
import { chartColours, entityTypeColours, shade, themed, type ChartTheme } from './palette';

/** 24×24 line glyphs (stroke only), drawn for these symbols, not copied from an icon set. */
const glyphs: Record<EntityType, string> = {
  person: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5"/>',
  site: '<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 9.5V20h13V9.5"/><path d="M10 20v-5.5h4V20"/>',
  vehicle: '<path d="M3 16.5V13l2-5h14l2 5v3.5z"/><path d="M3 13h18"/><circle cx="7.5" cy="17.5" r="1.8"/><circle cx="16.5" cy="17.5" r="1.8"/>',
  phone: '<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M10.5 18.5h3"/><path d="M7 5.5h10"/>',
  organisation: '<path d="M4 21V6l8-3v18"/><path d="M12 9h8v12"/><path d="M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2"/><path d="M2.5 21h19"/>',
  email: '<rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>',
  account: '<path d="M3 9.5 12 4l9 5.5"/><path d="M5 10v7.5M9.5 10v7.5M14.5 10v7.5M19 10v7.5"/><path d="M3 20.5h18"/>',
  document: '<rect x="2.5" y="5" width="19" height="14" rx="1.5"/><circle cx="8" cy="11" r="2.2"/><path d="M4.5 16.5c.7-1.8 2-2.6 3.5-2.6s2.8.8 3.5 2.6"/><path d="M14 10h5M14 13h5M14 16h3"/>',
};

export const categoryBadges: Partial<Record<DataSubjectCategory, { text: string; colour: string; label: string }>> = {
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

function badge(x: number, y: number, text: string, fill: string): string {
  const width = Math.max(16, 7 * text.length + 8);
  return (
    `<rect x="${x - width / 2}" y="${y - 8}" width="${width}" height="16" rx="8" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text x="${x}" y="${y + 4}" text-anchor="middle" font-family="Segoe UI,Noto Sans,Arial,sans-serif" font-size="11" font-weight="700" fill="#ffffff">${text}</text>`
  );
}

const cache = new Map<string, string>();

export function nodeImage(spec: NodeImageSpec): string {
  const key = `${spec.type}|${spec.category}|${spec.nrm?.stage}|${spec.nrm?.outcome}|${spec.conditions}|${spec.pinned}|${spec.unreviewed}|${spec.colour}|${spec.theme}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const base = spec.colour ?? entityTypeColours[spec.type];
  const stroke = themed(base, spec.theme);
  const fill = spec.theme === 'dark' ? shade(base, -0.55) : shade(base, 0.88);
  const ring = spec.unreviewed ? ' stroke-dasharray="5 3"' : '';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${NODE_IMAGE_SIZE}" height="${NODE_IMAGE_SIZE}" viewBox="0 0 64 64">`,
    `<circle cx="32" cy="32" r="21" fill="${fill}" stroke="${stroke}" stroke-width="2.5"${ring}/>`,
    `<g transform="translate(19 19) scale(1.0833)" fill="none" stroke="${stroke}" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round">${glyphs[spec.type]}</g>`,
  ];
  const category = spec.category ? categoryBadges[spec.category] : undefined;
  if (category) parts.push(badge(50, 12, category.text, category.colour));
  if (spec.nrm) parts.push(badge(48, 54, nrmBadgeText(spec.nrm), nrmColour(spec.nrm)));
  // Handling code C: the conditions travel with the item, so the chart says they exist.
  if (spec.conditions) parts.push(badge(14, 54, 'C', '#b45309'));
  if (spec.pinned) {
    parts.push(
      `<g transform="translate(4 2)"><circle cx="8" cy="8" r="7.5" fill="${chartColours[spec.theme].text}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<path d="M8 4.5v5M5.8 9.5h4.4M8 9.5v3" stroke="${chartColours[spec.theme].background}" stroke-width="1.6" stroke-linecap="round"/></g>`,
    );
  }
  parts.push('</svg>');
  const uri = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(parts.join(''))}`;
  cache.set(key, uri);
  return uri;
}
