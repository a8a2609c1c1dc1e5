import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BasemapTheme } from './basemap/style';
import { draftShape } from './drawArea';
import { createMapAdapter, type MapAdapter, type MapHandlers } from './mapAdapter';
import { useMapStore } from './mapStore';
import { EMPTY_COLLECTION, type UserLayer } from './mapStyle';
import { areaBounds, areaCollection, boundsOf, circleRing, indexesOf, labelsInView, NO_FEATURES, pointsAt, selectedCollection, toSitesCollection } from './sitesData';
import { useSelectionStore } from '../selection/selectionStore';

/** Creates the map in `container` once, and keeps it in step with the stores. */
export function useMapSync(container: RefObject<HTMLDivElement | null>, theme: BasemapTheme, handlers: MapHandlers): { adapter: MapAdapter | null; failed: boolean } {
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const [failed, setFailed] = useState(false);
  const latestHandlers = useRef(handlers);
  useEffect(() => {
    latestHandlers.current = handlers;
  });
  const initialTheme = useRef(theme);
  const awaitingPaint = useRef<number | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    let live = true;
    let created: MapAdapter | null = null;
    const forward: MapHandlers = {
      click: (pointer) => latestHandlers.current.click?.(pointer),
      dblclick: (pointer) => latestHandlers.current.dblclick?.(pointer),
      move: (pointer) => latestHandlers.current.move?.(pointer),
      leave: () => latestHandlers.current.leave?.(),
      moved: () => latestHandlers.current.moved?.(),
      idle: () => {
        // Data to first complete frame: the 50,000-site budget (DESIGN.md) is measured from this.
        if (awaitingPaint.current !== null) {
          performance.measure('fenlight-map-paint', { start: awaitingPaint.current, end: performance.now() });
          awaitingPaint.current = null;
        }
        latestHandlers.current.idle?.();
      },
    };
    const data = { sites: EMPTY_COLLECTION, selected: EMPTY_COLLECTION, area: EMPTY_COLLECTION, heatmap: false, userLayers: [] };
    createMapAdapter({ container: element, theme: initialTheme.current, data, handlers: forward }).then(
      (made) => {
        if (!live) {
          made.destroy();
          return;
        }
        created = made;
        performance.mark('fenlight-map-ready');
        setAdapter(made);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      created?.destroy();
    };
  }, [container]);

  const features = useMapStore((state) => state.data?.features);
  const dataArrivedAt = useMapStore((state) => state.dataArrivedAt);
  const heatmap = useMapStore((state) => state.heatmap);
  const layers = useMapStore((state) => state.layers);
  const draw = useMapStore((state) => state.draw);
  const selected = useSelectionStore((state) => state.selected);
  const selectionSource = useSelectionStore((state) => state.source);
  const area = useSelectionStore((state) => state.area);

  useEffect(() => adapter?.setTheme(theme), [adapter, theme]);
  const sites = useMemo(() => toSitesCollection(features ?? NO_FEATURES), [features]);
  useEffect(() => {
    if (!adapter) return;
    awaitingPaint.current = dataArrivedAt;
    // Marks for the bench's breakdown (test/bench/map.bench.ts), as are -ready and the adapter's -indexed.
    performance.mark('fenlight-map-setdata');
    const shown = features ?? NO_FEATURES;
    adapter.setSites(sites, (bounds) => labelsInView(shown, bounds));
  }, [adapter, sites, features, dataArrivedAt]);
  useEffect(() => adapter?.setHeatmap(heatmap), [adapter, heatmap]);
  useEffect(() => {
    const userLayers: UserLayer[] = layers.map((layer) => ({ id: layer.id, name: layer.name, colour: layer.colour, collection: layer.layer.collection as UserLayer['collection'] }));
    adapter?.setUserLayers(userLayers);
  }, [adapter, layers]);
  useEffect(() => {
    if (!adapter) return;
    const shown = features ?? NO_FEATURES;
    adapter.setSelected(selectedCollection(shown, selected));
    // The map frames a selection made elsewhere (chart, lists); its own clicks leave the view alone.
    if (selectionSource !== 'map' && selected.length > 0) {
      const bounds = boundsOf(pointsAt(shown, indexesOf(shown, selected)));
      if (bounds) adapter.fitBounds(bounds, { maxZoom: 14 });
    }
  }, [adapter, features, selected, selectionSource]);
  // A newly applied area is framed whole: a 2 km radius around a site seen close in runs off screen.
  useEffect(() => {
    const bounds = area ? areaBounds(area.area) : null;
    if (adapter && bounds) adapter.fitBounds(bounds, { maxZoom: 16 });
  }, [adapter, area]);
  useEffect(() => {
    if (!adapter) return;
    const shape = draftShape(draw);
    const collection = areaCollection(area?.area ?? null, shape && 'points' in shape ? shape : null);
    if (shape && 'centre' in shape) {
      collection.features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: circleRing(shape.centre, shape.radiusMetres) }, properties: { state: 'draft' } });
    }
    adapter.setArea(collection as unknown as typeof EMPTY_COLLECTION);
    adapter.setDrawing(draw.mode !== 'idle');
  }, [adapter, draw, area]);

  return { adapter: failed ? null : adapter, failed };
}
