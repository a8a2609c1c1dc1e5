/**
 * The MapLibre GL side of the map, kept here so nothing else needs WebGL. Offline: the style
 * is built from bundled files, the worker is loaded from the app's own origin, and no control
 * that could fetch anything (geolocation, terrain, glyph servers) is added.
 */
import type { FeatureCollection } from 'geojson';
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapMouseEvent, type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { currentActiveBasemap, loadBasemapSetting, useBasemapStore } from './basemap/basemapStore';
import { DEFAULT_CENTRE, DEFAULT_ZOOM, type BasemapTheme } from './basemap/style';
import type { MapAdapter, MapAdapterOptions, MapCapture, MapPointer } from './mapAdapter';
import type { MapKind } from '@shared/contract/calls/geo';
import { buildMapStyle, EMPTY_COLLECTION, INTERACTIVE_LAYERS, LABEL_MIN_ZOOM, LAYERS, SOURCES, type OwnData, type UserLayer } from './mapStyle';
import type { SiteHit } from './sitesData';

let workerSet = false;

function ensureWorker(): void {
  if (workerSet) return;
  // Bundled or under app://, MapLibre cannot find its worker by itself (toolchain notes).
  setWorkerUrl(new URL(workerUrl, window.location.href).href);
  workerSet = true;
}

function sameLayers(a: readonly UserLayer[], b: readonly UserLayer[]): boolean {
  return a.length === b.length && a.every((layer, i) => layer.id === b[i]!.id && layer.colour === b[i]!.colour && layer.collection === b[i]!.collection);
}

const POINT_LAYERS = [LAYERS.clusters, LAYERS.clusterCount, LAYERS.points, LAYERS.labels] as const;

/** A drawn site: its kind and position, which sitesData.ts turns back into the site. */
function siteOf(feature: MapGeoJSONFeature | undefined): SiteHit | null {
  const kind: unknown = feature?.properties.kind;
  const geometry = feature?.geometry;
  if (typeof kind !== 'string' || geometry?.type !== 'Point') return null;
  const [lon, lat] = geometry.coordinates;
  return typeof lon === 'number' && typeof lat === 'number' ? { kind: kind as MapKind, lat, lon } : null;
}

export async function createMapLibreAdapter(options: MapAdapterOptions): Promise<MapAdapter> {
  ensureWorker();
  let theme: BasemapTheme = options.theme;
  let data: OwnData = { ...options.data };
  // The analyst's basemap (built-in, a detailed file or the force tile server) before the first frame.
  await loadBasemapSetting().catch(() => undefined);
  let basemap = currentActiveBasemap();
  const map = new MapLibreMap({
    container: options.container,
    style: buildMapStyle(theme, data),
    center: DEFAULT_CENTRE,
    zoom: DEFAULT_ZOOM,
    attributionControl: false,
    // Without it the canvas reads back blank, and exports would be empty (toolchain notes).
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // The canvas is a landmark of its own; the pane around it is the "Map" region.
    locale: { 'Map.Title': 'Map of sites' },
    // Labels appear at once instead of fading in: a fade keeps redrawing for 300 ms after the data
    // lands, which in a software renderer is several slow frames before the map is complete.
    fadeDuration: 0,
  });
  if (options.controls !== false) {
    map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
  }
  await new Promise<void>((resolve) => map.once('load', () => resolve()));

  const source = (id: string) => map.getSource<GeoJSONSource>(id);
  const pointer = (event: MapMouseEvent): MapPointer => {
    const hits = map.queryRenderedFeatures(event.point, { layers: [...INTERACTIVE_LAYERS] });
    const first = hits[0];
    const properties = first?.properties as { cluster_id?: number; point_count?: number } | undefined;
    const cluster = properties && typeof properties.cluster_id === 'number' ? { id: properties.cluster_id, count: properties.point_count ?? 0 } : null;
    return { lngLat: { lat: event.lngLat.lat, lon: event.lngLat.lng }, point: { x: event.point.x, y: event.point.y }, site: cluster ? null : siteOf(first), cluster };
  };
  let drawing = false;
  const { handlers } = options;
  map.on('click', (event) => handlers.click?.(pointer(event)));
  map.on('dblclick', (event) => handlers.dblclick?.(pointer(event)));
  map.on('mousemove', (event) => {
    const at = pointer(event);
    if (!drawing) map.getCanvas().style.cursor = at.site || at.cluster ? 'pointer' : '';
    handlers.move?.(at);
  });
  map.on('mouseout', () => handlers.leave?.());
  // Labels close in: only the points in view get one (the clustered sites carry none).
  let labelsIn: ((bounds: [[number, number], [number, number]]) => FeatureCollection) | null = null;
  let labelled = false;
  const refreshLabels = () => {
    const wanted = labelsIn !== null && map.getZoom() >= LABEL_MIN_ZOOM - 0.5;
    if (!wanted && !labelled) return;
    const bounds = map.getBounds();
    const labels = wanted && labelsIn ? labelsIn([[bounds.getWest(), bounds.getSouth()], [bounds.getEast(), bounds.getNorth()]]) : EMPTY_COLLECTION;
    data = { ...data, labels };
    source(SOURCES.labels)?.setData(labels);
    labelled = wanted;
  };
  map.on('moveend', () => {
    refreshLabels();
    handlers.moved?.();
  });
  map.on('idle', () => handlers.idle?.());
  // The worker has indexed the sites' clusters (for the bench's breakdown of the paint budget).
  map.on('sourcedata', (event) => {
    if (event.sourceId === SOURCES.sites && event.sourceDataType === 'metadata') performance.mark('fenlight-map-indexed');
  });

  const rebuild = () => map.setStyle(buildMapStyle(theme, data));
  const stopFollowingBasemap = useBasemapStore.subscribe(({ active }) => {
    if (active === basemap) return;
    basemap = active;
    rebuild();
  });

  return {
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      rebuild();
    },
    setSites(sites, labels) {
      data = { ...data, sites };
      labelsIn = labels;
      source(SOURCES.sites)?.setData(sites);
      if (data.heatmap) source(SOURCES.heat)?.setData(sites);
      refreshLabels();
    },
    setSelected(selected) {
      data = { ...data, selected };
      source(SOURCES.selected)?.setData(selected);
    },
    setArea(area) {
      data = { ...data, area };
      source(SOURCES.area)?.setData(area);
    },
    setHeatmap(on) {
      if (on === data.heatmap) return;
      data = { ...data, heatmap: on };
      source(SOURCES.heat)?.setData(on ? data.sites : EMPTY_COLLECTION);
      for (const id of POINT_LAYERS) map.setLayoutProperty(id, 'visibility', on ? 'none' : 'visible');
      map.setLayoutProperty(LAYERS.heat, 'visibility', on ? 'visible' : 'none');
    },
    setUserLayers(layers) {
      // A rebuilt style makes MapLibre compare every source, 50,000 sites included: only when they changed.
      if (sameLayers(data.userLayers, layers)) return;
      data = { ...data, userLayers: layers };
      rebuild();
    },
    setDrawing(on) {
      drawing = on;
      if (on) map.doubleClickZoom.disable();
      else map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = on ? 'crosshair' : '';
    },
    fitBounds(bounds, fit = {}) {
      map.fitBounds(bounds, { padding: 56, maxZoom: fit.maxZoom ?? 14, duration: 400 });
    },
    zoomToCluster(clusterId, at) {
      void source(SOURCES.sites)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center: [at.lon, at.lat], zoom: Math.min(zoom, 18), duration: 400 }));
    },
    view() {
      const centre = map.getCenter();
      const container = map.getContainer();
      return { centre: { lat: centre.lat, lon: centre.lng }, zoom: map.getZoom(), bearing: map.getBearing(), width: container.clientWidth, height: container.clientHeight };
    },
    async capture(pixelRatio): Promise<MapCapture> {
      const original = map.getPixelRatio();
      if (Math.abs(pixelRatio - original) > 1e-3) map.setPixelRatio(pixelRatio);
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      const drawn = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = drawn.width;
      canvas.height = drawn.height;
      canvas.getContext('2d')?.drawImage(drawn, 0, 0);
      if (Math.abs(pixelRatio - original) > 1e-3) map.setPixelRatio(original);
      return { canvas, width: canvas.width, height: canvas.height };
    },
    destroy() {
      stopFollowingBasemap();
      map.remove();
    },
  };
}
