/**
 * The workbench map's style: the offline basemap for the theme, plus Fenlight's own sources
 * and layers (analyst layers and the drawn area under the labels; sites, clusters, heatmap and
 * the selection on top). Built whole on a theme change; data changes go through setData.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from './basemap/fontFaces';
import { FIRST_LABEL_LAYER } from './basemap/layers';
import { buildBasemapStyle, type BasemapStyleOptions, type BasemapTheme } from './basemap/style';
import { kindColourExpression } from './siteStyle';

export const SOURCES = {
  sites: 'fenlight-sites',
  /** The points in view with their labels, filled only close in (the sites source carries no labels). */
  labels: 'fenlight-site-labels',
  heat: 'fenlight-sites-heat',
  selected: 'fenlight-selected',
  area: 'fenlight-area',
} as const;

export const LAYERS = {
  clusters: 'fenlight-clusters',
  clusterCount: 'fenlight-cluster-count',
  points: 'fenlight-points',
  labels: 'fenlight-point-labels',
  heat: 'fenlight-heat',
  selected: 'fenlight-selected',
  areaFill: 'fenlight-area-fill',
  areaLine: 'fenlight-area-line',
} as const;

/** Layers a click or hover can hit, top first. */
export const INTERACTIVE_LAYERS = [LAYERS.selected, LAYERS.points, LAYERS.clusters] as const;

/** Site labels appear from this zoom (about a town across the pane), where nothing is clustered. */
export const LABEL_MIN_ZOOM = 13;
/**
 * Past this zoom every site is drawn on its own (a town fills the pane; sites are a few pixels
 * apart at worst). Each zoom level clustered costs an index pass over all sites, and the top two
 * levels are the dearest: 12 rather than 14 about halves the clustering time for 50,000 sites.
 */
export const CLUSTER_MAX_ZOOM = 12;

export interface UserLayer {
  id: string;
  name: string;
  colour: string;
  collection: FeatureCollection;
}

export interface OwnData {
  sites: FeatureCollection;
  labels?: FeatureCollection;
  selected: FeatureCollection;
  area: FeatureCollection;
  heatmap: boolean;
  userLayers: readonly UserLayer[];
}

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

const accent = (theme: BasemapTheme) => (theme === 'dark' ? '#ffbf47' : '#b3261e');
const halo = (theme: BasemapTheme) => (theme === 'dark' ? '#0d1117' : '#ffffff');
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

export function ownSources(data: OwnData): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [SOURCES.sites]: { type: 'geojson', data: data.sites, cluster: true, clusterRadius: 48, clusterMaxZoom: CLUSTER_MAX_ZOOM },
    [SOURCES.labels]: { type: 'geojson', data: data.labels ?? EMPTY_COLLECTION },
    // The heatmap needs every point, not clusters; it is only filled while the heatmap is on.
    [SOURCES.heat]: { type: 'geojson', data: data.heatmap ? data.sites : EMPTY_COLLECTION },
    [SOURCES.selected]: { type: 'geojson', data: data.selected },
    [SOURCES.area]: { type: 'geojson', data: data.area },
  };
  for (const layer of data.userLayers) sources[`fenlight-user-${layer.id}`] = { type: 'geojson', data: layer.collection };
  return sources;
}

/** Analyst layers: polygons as light fills with an outline, lines, and points. */
export function userLayerSpecs(layer: UserLayer): LayerSpecification[] {
  const source = `fenlight-user-${layer.id}`;
  const geometry = (types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
  return [
    { id: `${source}-fill`, type: 'fill', source, filter: geometry(['Polygon', 'MultiPolygon']), paint: { 'fill-color': layer.colour, 'fill-opacity': 0.12 } },
    { id: `${source}-line`, type: 'line', source, filter: geometry(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']), paint: { 'line-color': layer.colour, 'line-width': 1.5 } },
    { id: `${source}-point`, type: 'circle', source, filter: geometry(['Point', 'MultiPoint']), paint: { 'circle-color': layer.colour, 'circle-radius': 4 } },
  ];
}

/** Under the basemap's labels: analyst layers, then the drawn area. */
export function underLabelLayers(data: OwnData, theme: BasemapTheme): LayerSpecification[] {
  return [
    ...data.userLayers.flatMap(userLayerSpecs),
    { id: LAYERS.areaFill, type: 'fill', source: SOURCES.area, filter: ['==', ['get', 'state'], 'final'], paint: { 'fill-color': accent(theme), 'fill-opacity': 0.1 } },
    {
      id: LAYERS.areaLine,
      type: 'line',
      source: SOURCES.area,
      paint: { 'line-color': accent(theme), 'line-width': 2, 'line-dasharray': ['match', ['get', 'state'], 'draft', ['literal', [2, 2]], ['literal', [1, 0]]] },
    },
  ];
}

/** Above everything: the sites, clustered, or as a heatmap; labels close in; the selection. */
export function siteLayers(data: OwnData, theme: BasemapTheme): LayerSpecification[] {
  const points = data.heatmap ? 'none' : 'visible';
  const heat = data.heatmap ? 'visible' : 'none';
  return [
    {
      id: LAYERS.heat,
      type: 'heatmap',
      source: SOURCES.heat,
      layout: { visibility: heat },
      // prettier-ignore
      paint: {
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 7, 12, 12, 28],
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.5],
        'heatmap-opacity': 0.8,
      },
    },
    {
      id: LAYERS.clusters,
      type: 'circle',
      source: SOURCES.sites,
      filter: isCluster,
      layout: { visibility: points },
      paint: {
        'circle-color': theme === 'dark' ? '#3d5a80' : '#4f6d8f',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 20, 1000, 26, 10000, 32],
        'circle-stroke-color': halo(theme),
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYERS.clusterCount,
      type: 'symbol',
      source: SOURCES.sites,
      filter: isCluster,
      layout: { visibility: points, 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT_BOLD], 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYERS.points,
      type: 'circle',
      source: SOURCES.sites,
      filter: notCluster,
      layout: { visibility: points },
      paint: {
        'circle-color': kindColourExpression(),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 5, 14, 8],
        'circle-stroke-color': halo(theme),
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYERS.labels,
      type: 'symbol',
      source: SOURCES.labels,
      minzoom: LABEL_MIN_ZOOM,
      layout: { visibility: points, 'text-field': ['get', 'label'], 'text-font': [FONT_REGULAR], 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-max-width': 12, 'text-optional': true },
      paint: { 'text-color': theme === 'dark' ? '#e7eaee' : '#1b1f24', 'text-halo-color': halo(theme), 'text-halo-width': 1.5 },
    },
    {
      id: LAYERS.selected,
      type: 'circle',
      source: SOURCES.selected,
      paint: {
        'circle-color': kindColourExpression(),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 7, 14, 10],
        'circle-stroke-color': accent(theme),
        'circle-stroke-width': 3.5,
      },
    },
  ];
}

/** The whole style: basemap, analyst layers and area under its labels, sites on top. */
export function buildMapStyle(theme: BasemapTheme, data: OwnData, options: BasemapStyleOptions = {}): StyleSpecification {
  const basemap = buildBasemapStyle(theme, options);
  const labelIndex = basemap.layers.findIndex((layer) => layer.id === FIRST_LABEL_LAYER);
  const split = labelIndex === -1 ? basemap.layers.length : labelIndex;
  return {
    ...basemap,
    sources: { ...basemap.sources, ...ownSources(data) },
    layers: [...basemap.layers.slice(0, split), ...underLabelLayers(data, theme), ...basemap.layers.slice(split), ...siteLayers(data, theme)],
  };
}
