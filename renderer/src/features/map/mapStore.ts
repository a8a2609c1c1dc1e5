import { create } from 'zustand';
import type { GeoJsonLayer, MapFeatures } from '@shared/contract/calls/geo';
import type { LatLon } from '@shared/geo';
import { onSessionReset } from '../../lib/sessionReset';
import { idleDraw, type DrawState } from './drawArea';
import { initialFilters, type MapFilterState } from './filterState';

/** Colours for the analyst's own layers, in the order they are added. */
export const USER_LAYER_COLOURS = ['#7b3294', '#008837', '#e66101', '#0571b0', '#ca0020', '#5e3c99'];

export interface AddedLayer {
  id: string;
  name: string;
  colour: string;
  layer: GeoJsonLayer;
}

export interface MapData {
  features: MapFeatures;
  dateRange: { first: string; last: string } | null;
  truncated: boolean;
}

export interface MapState {
  filters: MapFilterState;
  heatmap: boolean;
  draw: DrawState;
  layers: AddedLayer[];
  data: MapData | null;
  loading: boolean;
  error: string | null;
  /** Performance mark: when the last data arrived (for the paint budget). */
  dataArrivedAt: number | null;
}

export const initialMapState: MapState = { filters: initialFilters, heatmap: false, draw: idleDraw, layers: [], data: null, loading: false, error: null, dataArrivedAt: null };

/** Pure transitions, tested without React. */
export const mapTransitions = {
  setFilters:
    (patch: Partial<MapFilterState>) =>
    (state: MapState): Partial<MapState> => ({ filters: { ...state.filters, ...patch } }),
  resetFilters: () => (): Partial<MapState> => ({ filters: initialFilters }),
  setHeatmap: (heatmap: boolean) => (): Partial<MapState> => ({ heatmap }),
  setDraw: (draw: DrawState) => (): Partial<MapState> => ({ draw }),
  addLayer:
    (layer: GeoJsonLayer, id: string) =>
    (state: MapState): Partial<MapState> => ({
      layers: [...state.layers, { id, name: layer.name, colour: USER_LAYER_COLOURS[state.layers.length % USER_LAYER_COLOURS.length]!, layer }],
    }),
  removeLayer:
    (id: string) =>
    (state: MapState): Partial<MapState> => ({ layers: state.layers.filter((layer) => layer.id !== id) }),
  loading: () => (): Partial<MapState> => ({ loading: true, error: null }),
  loaded: (data: MapData, at: number) => (): Partial<MapState> => ({ data, loading: false, error: null, dataArrivedAt: at }),
  failed: (error: string) => (): Partial<MapState> => ({ loading: false, error }),
};

interface MapStore extends MapState {
  setFilters(patch: Partial<MapFilterState>): void;
  resetFilters(): void;
  setHeatmap(on: boolean): void;
  setDraw(draw: DrawState): void;
  addLayer(layer: GeoJsonLayer): void;
  removeLayer(id: string): void;
}

let layerCounter = 0;

export const useMapStore = create<MapStore>()((set) => ({
  ...initialMapState,
  setFilters: (patch) => set(mapTransitions.setFilters(patch)),
  resetFilters: () => set(mapTransitions.resetFilters()),
  setHeatmap: (on) => set(mapTransitions.setHeatmap(on)),
  setDraw: (draw) => set(mapTransitions.setDraw(draw)),
  addLayer: (layer) => set(mapTransitions.addLayer(layer, `layer-${(layerCounter += 1)}`)),
  removeLayer: (id) => set(mapTransitions.removeLayer(id)),
}));

onSessionReset(() => useMapStore.setState(initialMapState));

/**
 * "Pick on map" for the location field: the next click on a map answers the request. One request
 * at a time; a new one replaces the last.
 */
export interface PickRequest {
  onPick(point: LatLon): void;
}

interface PickStore {
  request: PickRequest | null;
  ask(request: PickRequest): void;
  answer(point: LatLon): void;
  cancel(): void;
}

export const usePickStore = create<PickStore>()((set, get) => ({
  request: null,
  ask: (request) => set({ request }),
  answer: (point) => {
    const request = get().request;
    set({ request: null });
    request?.onPick(point);
  },
  cancel: () => set({ request: null }),
}));

onSessionReset(() => usePickStore.setState({ request: null }));
