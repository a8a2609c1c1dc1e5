import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, MLFontFace, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import manifest from '../../../../resources/basemap/manifest.json';
import { BUNDLED_BASEMAP_ASSETS } from '../../../../renderer/src/features/map/basemap/assets';
import { FONT_BOLD, FONT_REGULAR } from '../../../../renderer/src/features/map/basemap/fontFaces';
import { FIRST_LABEL_LAYER } from '../../../../renderer/src/features/map/basemap/layers';
import {
  BASEMAP_ATTRIBUTION,
  buildBasemapStyle,
  DEFAULT_CENTRE,
  FORCE_AREA_BOUNDS,
  type BasemapTheme,
} from '../../../../renderer/src/features/map/basemap/style';

/** Files that exist under resources/basemap/, as paths relative to it (Vite lists them at build time). */
const bundled = new Set(
  Object.keys(import.meta.glob('../../../../resources/basemap/**/*.{geojson,woff2}')).map((key) =>
    key.replace('../../../../resources/basemap/', ''),
  ),
);

const THEMES: BasemapTheme[] = ['light', 'dark'];
const APP_BASE = 'app://fenlight/';
const HARNESS_BASE = 'http://127.0.0.1:4173/';

/** Path of a bundled file relative to resources/basemap/, from the URL the style uses. */
function bundledPath(url: string, base: string): string {
  expect(url.startsWith(base), url).toBe(true);
  const pathname = new URL(url).pathname;
  const marker = '/resources/basemap/';
  expect(pathname).toContain(marker);
  return pathname.slice(pathname.indexOf(marker) + marker.length);
}

function fontFaces(style: StyleSpecification): Record<string, MLFontFace[]> {
  const faces = style['font-faces'];
  expect(faces).toBeDefined();
  const result: Record<string, MLFontFace[]> = {};
  for (const [name, declaration] of Object.entries(faces ?? {})) {
    expect(Array.isArray(declaration), name).toBe(true);
    result[name] = declaration as MLFontFace[];
  }
  return result;
}

function geojsonUrls(style: StyleSpecification): Record<string, string> {
  return Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => {
      expect(source.type, id).toBe('geojson');
      const data = 'data' in source ? source.data : undefined;
      expect(typeof data, id).toBe('string');
      return [id, data as string];
    }),
  );
}

const textFonts = (layers: LayerSpecification[]): string[] =>
  layers.flatMap((layer) => {
    if (layer.type !== 'symbol') return [];
    const font = layer.layout?.['text-font'];
    expect(Array.isArray(font), layer.id).toBe(true);
    return font as string[];
  });

describe.each(THEMES)('basemap style (%s)', (theme) => {
  const style = buildBasemapStyle(theme, { baseUrl: APP_BASE });

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs URL, no sprite and no URL outside the app', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/[a-z][a-z0-9+.-]*:\/\/[^"]*/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(APP_BASE), url).toBe(true);
  });

  it('loads every GeoJSON source from a bundled file', () => {
    const paths = Object.values(geojsonUrls(style)).map((url) => bundledPath(url, APP_BASE));
    expect(paths.sort()).toEqual(
      [
        'counties.geojson',
        'district-labels.geojson',
        'rivers.geojson',
        'roads.geojson',
        'settlements.geojson',
      ].sort(),
    );
    for (const path of paths) expect(bundled.has(path), path).toBe(true);
  });

  it('declares the fonts the labels name, from bundled files with the generator’s unicode ranges', () => {
    const faces = fontFaces(style);
    expect(Object.keys(faces).sort()).toEqual([FONT_BOLD, FONT_REGULAR].sort());
    for (const name of textFonts(style.layers)) expect(Object.keys(faces), name).toContain(name);
    for (const [name, files] of Object.entries(faces)) {
      const expected = manifest.fonts.filter((font) => font.fontName === name);
      expect(files.map((face) => bundledPath(face.url, APP_BASE))).toEqual(expected.map((font) => font.file));
      expect(files.map((face) => face['unicode-range'])).toEqual(expected.map((font) => font.unicodeRange));
      for (const face of files) expect(bundled.has(bundledPath(face.url, APP_BASE)), face.url).toBe(true);
    }
  });

  it('credits Natural Earth, GeoNames and the schematic lines on their sources', () => {
    const credits = new Set(
      Object.values(style.sources).map((source) =>
        'attribution' in source ? source.attribution : undefined,
      ),
    );
    for (const credit of [
      '© Natural Earth',
      'GeoNames (CC-BY 4.0)',
      'Schematic roads and rivers: Fenlight',
    ]) {
      expect(credits.has(credit), credit).toBe(true);
      expect(BASEMAP_ATTRIBUTION).toContain(credit);
    }
    expect([...BASEMAP_ATTRIBUTION]).toEqual(manifest.attribution);
  });

  it('stacks areas, then lines with the force-area boundary on top, then labels', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[0]).toBe('basemap-background');
    const at = (id: string): number => {
      expect(ids, id).toContain(id);
      return ids.indexOf(id);
    };
    expect(at('basemap-neighbour-fill')).toBeLessThan(at('basemap-force-area-fill'));
    expect(at('basemap-rivers')).toBeLessThan(at('basemap-roads-a'));
    expect(at('basemap-roads-a')).toBeLessThan(at('basemap-roads-motorway'));
    expect(at('basemap-roads-motorway')).toBeLessThan(at('basemap-force-area-boundary'));
    const firstSymbol = style.layers.findIndex((layer) => layer.type === 'symbol');
    expect(style.layers[firstSymbol]?.id).toBe(FIRST_LABEL_LAYER);
    expect(at('basemap-force-area-boundary')).toBeLessThan(firstSymbol);
    expect(at('basemap-district-labels')).toBeLessThan(at('basemap-settlements-city'));
  });

  it('shows cities at every zoom and villages only closer in, sorted by rank', () => {
    const settlementLayers = style.layers.filter((layer) => layer.id.startsWith('basemap-settlements-'));
    expect(settlementLayers.length).toBeGreaterThanOrEqual(3);
    const city = settlementLayers.find((layer) => layer.id === 'basemap-settlements-city');
    const village = settlementLayers.find((layer) => layer.id === 'basemap-settlements-village');
    expect(city?.minzoom ?? 0).toBe(0);
    expect(village?.minzoom ?? 0).toBeGreaterThanOrEqual(9);
    for (const layer of settlementLayers) {
      expect(layer.type).toBe('symbol');
      if (layer.type === 'symbol') expect(layer.layout?.['symbol-sort-key']).toEqual(['get', 'rank']);
    }
  });

  it('labels roads with their refs along the line at higher zoom', () => {
    const refs = style.layers.find((layer) => layer.id === FIRST_LABEL_LAYER);
    expect(refs?.type).toBe('symbol');
    if (refs?.type !== 'symbol') return;
    expect(refs.layout?.['symbol-placement']).toBe('line');
    expect(refs.layout?.['text-field']).toEqual(['get', 'ref']);
    expect(refs.minzoom ?? 0).toBeGreaterThanOrEqual(8);
  });
});

describe('basemap style across themes and origins', () => {
  it('keeps the same layers in light and dark, with different colours', () => {
    const light = buildBasemapStyle('light', { baseUrl: APP_BASE });
    const dark = buildBasemapStyle('dark', { baseUrl: APP_BASE });
    expect(dark.layers.map((layer) => layer.id)).toEqual(light.layers.map((layer) => layer.id));
    const background = (style: StyleSpecification) => {
      const layer = style.layers[0];
      return layer?.type === 'background' ? layer.paint?.['background-color'] : undefined;
    };
    expect(background(light)).not.toEqual(background(dark));
  });

  it('resolves the bundled files against the harness origin or the document', () => {
    const harness = buildBasemapStyle('light', { baseUrl: HARNESS_BASE });
    for (const url of Object.values(geojsonUrls(harness)))
      expect(bundled.has(bundledPath(url, HARNESS_BASE)), url).toBe(true);
    const fromDocument = buildBasemapStyle('dark');
    for (const url of Object.values(geojsonUrls(fromDocument)))
      expect(url.startsWith(new URL(document.baseURI).origin)).toBe(true);
  });

  it('keeps the bundler’s URLs, never data: URLs the CSP would refuse', () => {
    const urls = [
      ...Object.values(BUNDLED_BASEMAP_ASSETS.data),
      ...Object.values(BUNDLED_BASEMAP_ASSETS.fonts.regular),
      ...Object.values(BUNDLED_BASEMAP_ASSETS.fonts.bold),
    ];
    for (const url of urls) expect(url.startsWith('data:'), url).toBe(false);
  });

  it('centres on the county and bounds it with padding', () => {
    const [[west, south], [east, north]] = FORCE_AREA_BOUNDS;
    expect([west, south, east, north]).toEqual([-0.55, 51.95, 0.57, 52.79]);
    const [lon, lat] = DEFAULT_CENTRE;
    expect([lon, lat]).toEqual([0, 52.37]);
    expect(lon > west && lon < east && lat > south && lat < north).toBe(true);
  });

  it('is rejected by the validator when broken, so the validator is really checking', () => {
    const broken = buildBasemapStyle('light', { baseUrl: APP_BASE });
    const layers = broken.layers.map((layer) =>
      layer.id === 'basemap-rivers' ? ({ ...layer, type: 'river' } as unknown as LayerSpecification) : layer,
    );
    expect(validateStyleMin({ ...broken, layers }).length).toBeGreaterThan(0);
  });
});
