import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { BasemapFile, BasemapState } from '@shared/contract/calls/basemap';
import { buildBasemapStyle, type BasemapTheme } from '../../../../renderer/src/features/map/basemap/style';
import { activeBasemapOf, DETAILED_SOURCE, escapeHtml } from '../../../../renderer/src/features/map/basemap/detailed/detailedStyle';
import { FONT_REGULAR } from '../../../../renderer/src/features/map/basemap/fontFaces';
import { buildMapStyle, EMPTY_COLLECTION, LAYERS } from '../../../../renderer/src/features/map/mapStyle';

const ORIGIN = 'app://fenlight';
const file = (overrides: Partial<BasemapFile>): BasemapFile => ({
  path: '/gis/cambs.mbtiles',
  name: 'cambs.mbtiles',
  container: 'mbtiles',
  format: 'pbf',
  schema: 'openmaptiles',
  minzoom: 0,
  maxzoom: 14,
  bounds: [-0.5, 52, 0.5, 52.7],
  attribution: '© OpenMapTiles <script>',
  key: '0123456789abcdef',
  ...overrides,
});
const state = (f: BasemapFile): BasemapState => ({ source: 'file', file: f, tileServer: { url: '', enabled: false } });
const THEMES: BasemapTheme[] = ['light', 'dark'];
const OWN = { sites: EMPTY_COLLECTION, selected: EMPTY_COLLECTION, area: EMPTY_COLLECTION, heatmap: false, userLayers: [] };

describe('detailed basemap styles', () => {
  it.each([
    ['openmaptiles', 'pbf', ['transportation', 'water', 'landcover', 'building', 'place']],
    ['protomaps', 'pbf', ['roads', 'water', 'landuse', 'buildings', 'places', 'earth']],
  ] as const)('draws %s vector tiles from the app origin with valid light and dark styles', (schema, format, sourceLayers) => {
    for (const theme of THEMES) {
      const style = buildBasemapStyle(theme, { active: activeBasemapOf(state(file({ schema, format })), ORIGIN), baseUrl: `${ORIGIN}/` });
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.sources[DETAILED_SOURCE]).toMatchObject({ type: 'vector', tiles: [`${ORIGIN}/__fenlight/tiles/0123456789abcdef/{z}/{x}/{y}`], maxzoom: 14 });
      const used = new Set(style.layers.map((layer) => ('source-layer' in layer ? layer['source-layer'] : undefined)));
      for (const sourceLayer of sourceLayers) expect(used).toContain(sourceLayer);
      // Buildings only close in; labels in the bundled font, so no glyph server is needed.
      expect(style.layers.find((layer) => layer.id === 'detailed-building')?.minzoom).toBe(14);
      expect(style.glyphs).toBeUndefined();
      expect(JSON.stringify(style.layers)).toContain(FONT_REGULAR);
    }
  });

  it('shows image tiles as a raster layer, and the file’s credit escaped (MapLibre inserts it as HTML)', () => {
    const style = buildBasemapStyle('light', { active: activeBasemapOf(state(file({ format: 'png', schema: 'raster' })), ORIGIN), baseUrl: `${ORIGIN}/` });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.map((layer) => layer.type)).toEqual(['background', 'raster']);
    expect(style.sources[DETAILED_SOURCE]).toMatchObject({ type: 'raster', tileSize: 256, attribution: '© OpenMapTiles &lt;script&gt;' });
    expect(escapeHtml(`<img src=x onerror="a()">&`)).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;');
  });

  it('uses the force tile server only when it is both chosen and switched on', () => {
    const server = { url: 'https://tiles.cambs.police.uk/{z}/{x}/{y}.png', enabled: true };
    expect(activeBasemapOf({ source: 'server', file: null, tileServer: server }, ORIGIN)).toEqual({ kind: 'server', url: server.url, host: 'tiles.cambs.police.uk' });
    expect(activeBasemapOf({ source: 'server', file: null, tileServer: { ...server, enabled: false } }, ORIGIN)).toEqual({ kind: 'builtin' });
    expect(activeBasemapOf({ source: 'builtin', file: file({}), tileServer: server }, ORIGIN)).toEqual({ kind: 'builtin' });
  });

  it('keeps the sites and analyst layers above a detailed basemap', () => {
    const basemap = buildBasemapStyle('dark', { active: activeBasemapOf(state(file({ schema: 'protomaps' })), ORIGIN), baseUrl: `${ORIGIN}/` });
    const whole = buildMapStyle('dark', OWN, { active: activeBasemapOf(state(file({ schema: 'protomaps' })), ORIGIN), baseUrl: `${ORIGIN}/` });
    const ids = whole.layers.map((layer) => layer.id);
    const lastBasemap = Math.max(...basemap.layers.map((layer) => ids.indexOf(layer.id)));
    for (const own of [LAYERS.points, LAYERS.clusters, LAYERS.selected, LAYERS.areaFill]) expect(ids.indexOf(own)).toBeGreaterThan(lastBasemap);
    expect(validateStyleMin(whole)).toEqual([]);
  });
});
