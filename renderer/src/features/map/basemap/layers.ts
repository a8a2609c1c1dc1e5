import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from './fontFaces';
import type { BasemapPalette } from './palette';

/** Source ids the basemap layers read; a map component may add its own beside them. */
export const BASEMAP_SOURCES = {
  counties: 'basemap-counties',
  settlements: 'basemap-settlements',
  roads: 'basemap-roads',
  rivers: 'basemap-rivers',
  districtLabels: 'basemap-district-labels',
} as const;

/** The lowest label layer: data layers added "before" it sit above the lines, below the names. */
export const FIRST_LABEL_LAYER = 'basemap-road-refs';

const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
const roadClass = (value: string): ExpressionSpecification => ['==', ['get', 'class'], value];
const rank: ExpressionSpecification = ['get', 'rank'];

/** Line width growing with zoom: `atZoom8` px at 8, `atZoom12` px at 12. */
// prettier-ignore
const widthByZoom = (atZoom8: number, atZoom12: number): ExpressionSpecification => [
  'interpolate', ['exponential', 1.5], ['zoom'], 8, atZoom8, 12, atZoom12,
];

function areaLayers(p: BasemapPalette): LayerSpecification[] {
  const counties = BASEMAP_SOURCES.counties;
  return [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': p.background } },
    {
      id: 'basemap-neighbour-fill',
      type: 'fill',
      source: counties,
      filter: role('neighbour'),
      paint: { 'fill-color': p.neighbourFill },
    },
    {
      id: 'basemap-force-area-fill',
      type: 'fill',
      source: counties,
      filter: role('force-area'),
      paint: { 'fill-color': p.forceAreaFill },
    },
    {
      id: 'basemap-neighbour-outline',
      type: 'line',
      source: counties,
      filter: role('neighbour'),
      paint: { 'line-color': p.neighbourOutline, 'line-width': 0.8 },
    },
    // Both force-area polygons outlined: under the outer boundary this leaves only the
    // Cambridgeshire–Peterborough line showing, dashed.
    {
      id: 'basemap-force-area-internal',
      type: 'line',
      source: counties,
      filter: role('force-area'),
      paint: { 'line-color': p.internalBoundary, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
  ];
}

function lineLayers(p: BasemapPalette): LayerSpecification[] {
  const roads = BASEMAP_SOURCES.roads;
  return [
    {
      id: 'basemap-rivers',
      type: 'line',
      source: BASEMAP_SOURCES.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': p.water,
        // Zoom must be the outermost expression; the artificial channels draw thinner than rivers.
        // prettier-ignore
        'line-width': [
          'interpolate', ['exponential', 1.5], ['zoom'],
          8, ['match', ['get', 'kind'], 'channel', 0.8, 1.2],
          12, ['match', ['get', 'kind'], 'channel', 2, 3],
        ],
      },
    },
    {
      id: 'basemap-roads-a',
      type: 'line',
      source: roads,
      filter: roadClass('a-road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.aRoad, 'line-width': widthByZoom(1.2, 4) },
    },
    {
      id: 'basemap-roads-motorway-casing',
      type: 'line',
      source: roads,
      filter: roadClass('motorway'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.motorwayCasing, 'line-width': widthByZoom(3, 7.5) },
    },
    {
      id: 'basemap-roads-motorway',
      type: 'line',
      source: roads,
      filter: roadClass('motorway'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.motorway, 'line-width': widthByZoom(1.8, 5) },
    },
    // Over the roads and rivers, so that the force area's edge reads first.
    {
      id: 'basemap-force-area-boundary',
      type: 'line',
      source: BASEMAP_SOURCES.counties,
      filter: role('force-area-boundary'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.forceAreaBoundary, 'line-width': widthByZoom(2.5, 4), 'line-opacity': 0.9 },
    },
  ];
}

const halo = (p: BasemapPalette) => ({ 'text-halo-color': p.textHalo, 'text-halo-width': 1.5 });

/** Settlement names in bands of rank, so cities show at every zoom and villages only close in. */
function settlementLayer(
  p: BasemapPalette,
  id: string,
  ranks: [number, number],
  minzoom: number,
  size: number,
): LayerSpecification {
  const [lowest, highest] = ranks;
  return {
    id,
    type: 'symbol',
    source: BASEMAP_SOURCES.settlements,
    minzoom,
    filter: ['all', ['>=', rank, lowest], ['<=', rank, highest]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [lowest === 1 ? FONT_BOLD : FONT_REGULAR],
      'text-size': size,
      'text-max-width': 8,
      // Lower keys are placed first, so a town beats a village where they collide.
      'symbol-sort-key': rank,
    },
    paint: { 'text-color': lowest >= 5 ? p.textMuted : p.text, ...halo(p) },
  };
}

function labelLayers(p: BasemapPalette): LayerSpecification[] {
  return [
    {
      id: FIRST_LABEL_LAYER,
      type: 'symbol',
      source: BASEMAP_SOURCES.roads,
      minzoom: 9,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-field': ['get', 'ref'],
        'text-font': [FONT_BOLD],
        'text-size': 10,
        'text-rotation-alignment': 'viewport',
      },
      paint: {
        'text-color': ['match', ['get', 'class'], 'motorway', p.motorway, p.aRoad],
        ...halo(p),
      },
    },
    {
      id: 'basemap-river-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.rivers,
      minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 500,
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-letter-spacing': 0.05,
      },
      paint: { 'text-color': p.waterText, ...halo(p) },
    },
    // Below the settlement layers, which MapLibre places first because they are drawn above.
    {
      id: 'basemap-district-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.districtLabels,
      minzoom: 7,
      maxzoom: 10.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        // Narrow enough to wrap "East / Cambridgeshire" between the towns around it.
        'text-max-width': 7,
      },
      paint: { 'text-color': p.textMuted, 'text-opacity': 0.75, ...halo(p) },
    },
    settlementLayer(p, 'basemap-settlements-village', [6, 6], 10, 11),
    settlementLayer(p, 'basemap-settlements-large-village', [5, 5], 9, 11.5),
    settlementLayer(p, 'basemap-settlements-town', [2, 4], 7, 13),
    settlementLayer(p, 'basemap-settlements-city', [1, 1], 0, 16),
  ];
}

export function basemapLayers(palette: BasemapPalette): LayerSpecification[] {
  return [...areaLayers(palette), ...lineLayers(palette), ...labelLayers(palette)];
}
