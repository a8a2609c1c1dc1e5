import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from '../fontFaces';
import type { DetailedPalette } from './detailedPalette';

/** Layers for vector tiles in the OpenMapTiles schema (openmaptiles.org/schema). */

const classIn = (...values: string[]): ExpressionSpecification => ['in', ['get', 'class'], ['literal', values]];
// prettier-ignore
const width = (atZoom10: number, atZoom16: number): ExpressionSpecification => ['interpolate', ['exponential', 1.5], ['zoom'], 10, atZoom10, 16, atZoom16];
const name: ExpressionSpecification = ['coalesce', ['get', 'name:en'], ['get', 'name:latin'], ['get', 'name']];

export function openMapTilesLayers(source: string, p: DetailedPalette): LayerSpecification[] {
  const road = (id: string, classes: string[], colour: string, w: [number, number], minzoom = 0): LayerSpecification => ({
    id: `detailed-road-${id}`,
    type: 'line',
    source,
    'source-layer': 'transportation',
    minzoom,
    filter: classIn(...classes),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': colour, 'line-width': width(w[0], w[1]) },
  });
  return [
    { id: 'detailed-background', type: 'background', paint: { 'background-color': p.background } },
    { id: 'detailed-landcover-wood', type: 'fill', source, 'source-layer': 'landcover', filter: classIn('wood', 'forest'), paint: { 'fill-color': p.wood } },
    { id: 'detailed-landcover-farmland', type: 'fill', source, 'source-layer': 'landcover', filter: classIn('farmland', 'grass'), paint: { 'fill-color': p.farmland } },
    { id: 'detailed-landuse-residential', type: 'fill', source, 'source-layer': 'landuse', filter: classIn('residential', 'suburb', 'neighbourhood'), paint: { 'fill-color': p.residential } },
    { id: 'detailed-landuse-industrial', type: 'fill', source, 'source-layer': 'landuse', filter: classIn('industrial', 'commercial', 'retail'), paint: { 'fill-color': p.industrial } },
    { id: 'detailed-park', type: 'fill', source, 'source-layer': 'park', paint: { 'fill-color': p.park } },
    { id: 'detailed-water', type: 'fill', source, 'source-layer': 'water', paint: { 'fill-color': p.water } },
    { id: 'detailed-waterway', type: 'line', source, 'source-layer': 'waterway', paint: { 'line-color': p.waterway, 'line-width': width(0.8, 3) } },
    {
      id: 'detailed-building',
      type: 'fill',
      source,
      'source-layer': 'building',
      minzoom: 14,
      paint: { 'fill-color': p.building, 'fill-outline-color': p.buildingOutline },
    },
    { id: 'detailed-boundary', type: 'line', source, 'source-layer': 'boundary', filter: ['<=', ['to-number', ['get', 'admin_level'], 99], 8], paint: { 'line-color': p.boundary, 'line-width': 1, 'line-dasharray': [3, 2] } },
    road('path', ['path', 'track'], p.path, [0.5, 1.5], 13),
    road('rail', ['rail', 'transit'], p.rail, [0.8, 2]),
    road('minor', ['minor', 'service'], p.minor, [0.6, 6], 12),
    road('tertiary', ['tertiary'], p.minor, [1, 8], 10),
    road('secondary', ['secondary'], p.secondary, [1.2, 9]),
    road('primary', ['primary'], p.primary, [1.5, 10]),
    road('trunk', ['trunk'], p.trunk, [1.8, 11]),
    road('motorway', ['motorway'], p.motorway, [2, 12]),
    {
      id: 'detailed-road-names',
      type: 'symbol',
      source,
      'source-layer': 'transportation_name',
      minzoom: 13,
      layout: { 'symbol-placement': 'line', 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': p.textMuted, 'text-halo-color': p.textHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detailed-water-names',
      type: 'symbol',
      source,
      'source-layer': 'water_name',
      layout: { 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': p.waterText, 'text-halo-color': p.textHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'detailed-place-minor',
      type: 'symbol',
      source,
      'source-layer': 'place',
      minzoom: 11,
      filter: classIn('village', 'hamlet', 'suburb', 'neighbourhood', 'quarter'),
      layout: { 'text-field': name, 'text-font': [FONT_REGULAR], 'text-size': 12 },
      paint: { 'text-color': p.textMuted, 'text-halo-color': p.textHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'detailed-place-major',
      type: 'symbol',
      source,
      'source-layer': 'place',
      filter: classIn('city', 'town'),
      layout: { 'text-field': name, 'text-font': [FONT_BOLD], 'text-size': ['match', ['get', 'class'], 'city', 16, 13] },
      paint: { 'text-color': p.text, 'text-halo-color': p.textHalo, 'text-halo-width': 1.8 },
    },
  ];
}
