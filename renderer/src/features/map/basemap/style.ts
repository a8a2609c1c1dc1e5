import type { StyleSpecification } from 'maplibre-gl';
import { BUNDLED_BASEMAP_ASSETS, resolveBasemapAssets, type BasemapAssets } from './assets';
import { currentActiveBasemap } from './basemapStore';
import { buildDetailedStyle, type ActiveBasemap } from './detailed/detailedStyle';
import { buildFontFaces } from './fontFaces';
import { BASEMAP_SOURCES, basemapLayers } from './layers';
import { PALETTES, type BasemapTheme } from './palette';

/**
 * The built-in offline basemap as a MapLibre GL 6 style: Natural Earth county outlines, GeoNames
 * settlements, schematic roads and rivers and district names, all from files bundled with the
 * app (resources/basemap/, see its ATTRIBUTION.md). No glyphs URL and no sprite: labels are
 * drawn from bundled fonts via `font-faces`, and nothing is requested from anywhere but the app.
 */

export type { BasemapTheme } from './palette';

/** [longitude, latitude] (MapLibre's order): the county infobox's 52°20′N 0°0′ (domain.md §5.2). */
export const DEFAULT_CENTRE: [number, number] = [0.0, 52.37];

/**
 * The force area's bounding box (domain.md §5.2: lat 52.00–52.74, lon −0.50–0.52) padded by
 * 0.05°, as [[west, south], [east, north]] for `fitBounds` or `maxBounds`.
 */
export const FORCE_AREA_BOUNDS: [[number, number], [number, number]] = [
  [-0.55, 51.95],
  [0.57, 52.79],
];

/** Shows the whole county in a typical map pane. */
export const DEFAULT_ZOOM = 8.3;

export const ATTRIBUTION = {
  naturalEarth: '© Natural Earth',
  geoNames: 'GeoNames (CC-BY 4.0)',
  schematic: 'Schematic roads and rivers: Fenlight',
} as const;

/** Every credit the attribution control shows (each source also carries its own). */
export const BASEMAP_ATTRIBUTION: readonly string[] = Object.values(ATTRIBUTION);

export type BasemapStyleOptions = {
  /** Where the bundled files are: defaults to those imported by assets.ts. */
  assets?: BasemapAssets;
  /** What relative asset URLs resolve against: defaults to the document's URL. */
  baseUrl?: string;
  /** A detailed file or the force tile server instead; defaults to the analyst's setting. */
  active?: ActiveBasemap;
};

export function buildBasemapStyle(
  theme: BasemapTheme,
  options: BasemapStyleOptions = {},
): StyleSpecification {
  const assets = resolveBasemapAssets(
    options.assets ?? BUNDLED_BASEMAP_ASSETS,
    options.baseUrl ?? document.baseURI,
  );
  const active = options.active ?? currentActiveBasemap();
  if (active.kind !== 'builtin') return buildDetailedStyle(theme, active, assets.fonts);
  const geojson = (data: string, attribution?: string) => ({
    type: 'geojson' as const,
    data,
    ...(attribution ? { attribution } : {}),
  });
  return {
    version: 8,
    name: `Fenlight basemap (${theme})`,
    metadata: { 'fenlight:theme': theme },
    center: DEFAULT_CENTRE,
    zoom: DEFAULT_ZOOM,
    'font-faces': buildFontFaces(assets.fonts),
    sources: {
      [BASEMAP_SOURCES.counties]: geojson(assets.data.counties, ATTRIBUTION.naturalEarth),
      [BASEMAP_SOURCES.settlements]: geojson(assets.data.settlements, ATTRIBUTION.geoNames),
      [BASEMAP_SOURCES.roads]: geojson(assets.data.roads, ATTRIBUTION.schematic),
      [BASEMAP_SOURCES.rivers]: geojson(assets.data.rivers, ATTRIBUTION.schematic),
      [BASEMAP_SOURCES.districtLabels]: geojson(assets.data.districtLabels),
    },
    layers: basemapLayers(PALETTES[theme]),
  };
}
