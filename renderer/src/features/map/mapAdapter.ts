/**
 * What the map components need from a map, without MapLibre: the real adapter
 * (maplibreAdapter.ts) needs WebGL, which jsdom lacks, so component tests give a fake one.
 */
import type { FeatureCollection } from 'geojson';
import type { LatLon } from '@shared/geo';
import type { BasemapTheme } from './basemap/style';
import type { OwnData, UserLayer } from './mapStyle';
import type { SiteHit } from './sitesData';

export interface MapPointer {
  lngLat: LatLon;
  /** Pixel position inside the map's container. */
  point: { x: number; y: number };
  /** The site (or person/vehicle) under the pointer, if any: its kind and where it was drawn. */
  site: SiteHit | null;
  /** A cluster under the pointer, if any. */
  cluster: { id: number; count: number } | null;
}

export interface MapHandlers {
  click?(pointer: MapPointer): void;
  dblclick?(pointer: MapPointer): void;
  move?(pointer: MapPointer): void;
  leave?(): void;
  /** The view moved (pan, zoom, rotate). */
  moved?(): void;
  /** A frame was drawn with all data loaded (MapLibre's `idle`). */
  idle?(): void;
}

export interface MapView {
  centre: LatLon;
  zoom: number;
  bearing: number;
  /** CSS pixels. */
  width: number;
  height: number;
}

export interface MapCapture {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

export interface MapAdapter {
  setTheme(theme: BasemapTheme): void;
  /** The sites to cluster, and the labelled points inside given bounds (asked for close in, as the view moves). */
  setSites(sites: FeatureCollection, labelsIn: (bounds: [[number, number], [number, number]]) => FeatureCollection): void;
  setSelected(selected: FeatureCollection): void;
  setArea(area: FeatureCollection): void;
  setHeatmap(on: boolean): void;
  setUserLayers(layers: readonly UserLayer[]): void;
  /** Drawing: a crosshair, and no zoom on double-click (it finishes a polygon instead). */
  setDrawing(on: boolean): void;
  fitBounds(bounds: [[number, number], [number, number]], options?: { maxZoom?: number }): void;
  zoomToCluster(clusterId: number, at: LatLon): void;
  view(): MapView;
  /** The map as drawn, at `pixelRatio` device pixels per CSS pixel, copied to a new canvas. */
  capture(pixelRatio: number): Promise<MapCapture>;
  destroy(): void;
}

export interface MapAdapterOptions {
  container: HTMLElement;
  theme: BasemapTheme;
  data: OwnData;
  handlers: MapHandlers;
  /** Navigation and attribution controls (off for the small pick-a-point map). */
  controls?: boolean;
}

export type MapAdapterFactory = (options: MapAdapterOptions) => Promise<MapAdapter>;

/** The real factory loads MapLibre only when a map is shown. */
let factory: MapAdapterFactory = async (options) => {
  // Without WebGL (an old graphics driver, or a test's jsdom) MapLibre cannot start: say so instead.
  if (typeof WebGL2RenderingContext === 'undefined' && typeof WebGLRenderingContext === 'undefined') {
    throw new Error('This computer cannot draw the map: it needs WebGL.');
  }
  return (await import('./maplibreAdapter')).createMapLibreAdapter(options);
};

export function createMapAdapter(options: MapAdapterOptions): Promise<MapAdapter> {
  return factory(options);
}

/** Tests swap in a fake; returns the previous factory. */
export function setMapAdapterFactory(next: MapAdapterFactory): MapAdapterFactory {
  const previous = factory;
  factory = next;
  return previous;
}
