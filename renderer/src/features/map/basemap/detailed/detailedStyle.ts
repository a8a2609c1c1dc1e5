import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { tileUrlTemplate, type BasemapFile, type BasemapState } from '@shared/contract/calls/basemap';
import { buildFontFaces, type FontUrls } from '../fontFaces';
import type { BasemapTheme } from '../palette';
import { DETAILED_PALETTES } from './detailedPalette';
import { openMapTilesLayers } from './openMapTilesLayers';
import { protomapsLayers } from './protomapsLayers';

/** What the map draws under Fenlight's own layers. */
export type ActiveBasemap =
  | { kind: 'builtin' }
  | { kind: 'file'; file: BasemapFile; origin: string }
  | { kind: 'server'; url: string; host: string };

export const BUILT_IN: ActiveBasemap = { kind: 'builtin' };

/** The setting, read for a page served from `origin` (tile URLs are on the page's own origin). */
export function activeBasemapOf(state: BasemapState | null, origin: string): ActiveBasemap {
  if (state?.source === 'file' && state.file) return { kind: 'file', file: state.file, origin };
  if (state?.source === 'server' && state.tileServer.enabled) {
    let host = state.tileServer.url;
    try {
      host = new URL(state.tileServer.url.replace(/\{[zxy]\}/g, '0')).host;
    } catch {
      // The engine checked the address; the whole of it is a fine fallback for the credit.
    }
    return { kind: 'server', url: state.tileServer.url, host };
  }
  return BUILT_IN;
}

/** MapLibre's attribution control inserts its text as HTML, so the file's words are escaped first. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const DETAILED_SOURCE = 'detailed-basemap';

function sourceOf(active: Exclude<ActiveBasemap, { kind: 'builtin' }>): SourceSpecification {
  if (active.kind === 'server') {
    return { type: 'raster', tiles: [active.url], tileSize: 256, attribution: escapeHtml(`Tiles: ${active.host}`) };
  }
  const { file } = active;
  const common = {
    tiles: [tileUrlTemplate(active.origin, file)],
    minzoom: file.minzoom,
    maxzoom: file.maxzoom,
    ...(file.bounds ? { bounds: file.bounds } : {}),
    attribution: escapeHtml(file.attribution || file.name),
  };
  return file.format === 'pbf' ? { type: 'vector', ...common } : { type: 'raster', tileSize: 256, ...common };
}

function layersOf(active: Exclude<ActiveBasemap, { kind: 'builtin' }>, theme: BasemapTheme): LayerSpecification[] {
  const palette = DETAILED_PALETTES[theme];
  if (active.kind === 'file' && active.file.schema === 'openmaptiles') return openMapTilesLayers(DETAILED_SOURCE, palette);
  if (active.kind === 'file' && active.file.schema === 'protomaps') return protomapsLayers(DETAILED_SOURCE, palette);
  // Images as they come; in the dark theme dimmed so the sites on top stay the brightest thing.
  const dark = theme === 'dark' ? { 'raster-brightness-max': 0.7, 'raster-saturation': -0.3 } : {};
  return [
    { id: 'detailed-background', type: 'background', paint: { 'background-color': palette.background } },
    { id: 'detailed-raster', type: 'raster', source: DETAILED_SOURCE, paint: { ...dark } },
  ];
}

/**
 * A detailed basemap as a MapLibre style: the bundled style for the file's schema (or the
 * images), labels from the bundled fonts, and the file's own credit. Fenlight's layers are
 * added above all of it by mapStyle.ts.
 */
export function buildDetailedStyle(theme: BasemapTheme, active: Exclude<ActiveBasemap, { kind: 'builtin' }>, fonts: FontUrls): StyleSpecification {
  return {
    version: 8,
    name: `Fenlight detailed basemap (${theme})`,
    metadata: { 'fenlight:theme': theme, 'fenlight:basemap': active.kind },
    'font-faces': buildFontFaces(fonts),
    sources: { [DETAILED_SOURCE]: sourceOf(active) },
    layers: layersOf(active, theme),
  };
}
