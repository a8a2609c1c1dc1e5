import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from '../fontFaces';
import type { DetailedPalette } from './detailedPalette';

/** Layers for vector tiles in the Protomaps basemap schema (docs.protomaps.com/basemaps/layers). */

const kindIn = (...values: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', values]];
// prettier-ignore
const width = (atZoom10: number, atZoom16: number): ExpressionSpecification => ['interpolate', ['exponential', 1.5], ['zoom'], 10, atZoom10, 16, atZoom16];
const name: ExpressionSpecification = ['coalesce', ['get', 'name:en'], ['get', 'name']];

export function protomapsLayers(source: string, p: DetailedPalette): LayerSpecification[] {
  const road = (id: string, filter: ExpressionSpecification, colour: string, w: [number, number], minzoom = 0): LayerSpecification => ({
    id: `detailed-road-${id}`,
    type: 'line',
    source,
    'source-layer': 'roads',
    minzoom,
    filter,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour, 'line-width': width(w[0], w[1]) },
  });
  const majorRoad = (detail: string): ExpressionSpecification => ['all', ['==', ['get', 'kind'], 'major_road'], ['==', ['get', 'kind_detail'], detail]];
  return [
    // The earth layer is the land; the background shows as sea where it is missing.
    { id: 'detailed-background', type: 'background', paint: { 'background-color': p.water } },
    { id: 'detailed-earth', type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': p.background } },
    { id: 'detailed-landcover', type: 'fill', source, 'source-layer': 'landcover', filter: kindIn('forest', 'grassland', 'farmland'), paint: { 'fill-color': ['match', ['get', 'kind'], 'forest', p.wood, p.farmland] } },
    { id: 'detailed-landuse-residential', type: 'fill', source, 'source-layer': 'landuse', filter: kindIn('residential', 'neighbourhood'), paint: { 'fill-color': p.residential } },
    { id: 'detailed-landuse-industrial', type: 'fill', source, 'source-layer': 'landuse', filter: kindIn('industrial', 'commercial', 'retail', 'railway'), paint: { 'fill-color': p.industrial } },
    {
      id: 'detailed-landuse-green',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      filter: kindIn('park', 'forest', 'wood', 'nature_reserve', 'grass', 'cemetery', 'golf_course', 'recreation_ground', 'farmland'),
      paint: { 'fill-color': ['match', ['get', 'kind'], ['forest', 'wood'], p.wood, 'farmland', p.farmland, p.park] },
    },
    { id: 'detailed-water', type: 'fill', source, 'source-layer': 'water', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': p.water } },
    { id: 'detailed-waterway', type: 'line', source, 'source-layer': 'water', filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': p.waterway, 'line-width': width(0.8, 3) } },
    { id: 'detailed-building', type: 'fill', source, 'source-layer': 'buildings', minzoom: 14, paint: { 'fill-color': p.building, 'fill-outline-color': p.buildingOutline } },
    { id: 'detailed-boundary', type: 'line', source, 'source-layer': 'boundaries', paint: { 'line-color': p.boundary, 'line-width': 1, 'line-dasharray': [3, 2] } },
    road('path', ['==', ['get', 'kind'], 'path'], p.path, [0.5, 1.5], 13),
    road('rail', ['==', ['get', 'kind'], 'rail'], p.rail, [0.8, 2]),
    road('minor', kindIn('minor_road', 'other'), p.minor, [0.6, 6], 12),
    road('secondary', ['all', ['==', ['get', 'kind'], 'major_road'], ['!', ['in', ['get', 'kind_detail'], ['literal', ['trunk', 'primary']]]]], p.secondary, [1.2, 9]),
    road('primary', majorRoad('primary'), p.primary, [1.5, 10]),
    road('trunk', majorRoad('trunk'), p.trunk, [1.8, 11]),
    road('motorway', ['==', ['get', 'kind'], 'highway'], p.motorway, [2, 12]),
    {
      id: 'detailed-road-names',
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 13,
      layout: { 'symbol-placement': 'line', 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': p.textMuted, 'text-halo-color': p.textHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detailed-place-minor',
      type: 'symbol',
      source,
      'source-layer': 'places',
      minzoom: 11,
      filter: ['any', ['==', ['get', 'kind'], 'neighbourhood'], ['in', ['get', 'kind_detail'], ['literal', ['village', 'hamlet', 'suburb']]]],
      layout: { 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 12 },
      paint: { 'text-color': p.textMuted, 'text-halo-color': p.textHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detailed-place-major',
      type: 'symbol',
      source,
      'source-layer': 'places',
      filter: ['all', ['==', ['get', 'kind'], 'locality'], ['in', ['get', 'kind_detail'], ['literal', ['city', 'town']]]],
      layout: { 'text-field': name, 'text-font': [FONT_BOLD], 'text-size': ['match', ['get', 'kind_detail'], 'city', 16, 13] },
      paint: { 'text-color': p.text, 'text-halo-color': p.textHalo, 'text-halo-width': 1.8 },
    },
  ];
}
