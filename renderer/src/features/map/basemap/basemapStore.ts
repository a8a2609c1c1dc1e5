import { create } from 'zustand';
import type { BasemapSource, BasemapState } from '@shared/contract/calls/basemap';
import { call, onEvent } from '../../../lib/fenlight';
import { activeBasemapOf, BUILT_IN, type ActiveBasemap } from './detailed/detailedStyle';

/** The basemap setting as the engine has it, and what the map draws from it. */
interface BasemapStoreState {
  setting: BasemapState | null;
  active: ActiveBasemap;
  /** Takes the engine's answer (a call's result or a `basemap.changed` event). */
  received(setting: BasemapState): void;
}

const pageOrigin = () => (typeof window === 'undefined' ? '' : window.location.origin);

export const useBasemapStore = create<BasemapStoreState>((set) => ({
  setting: null,
  active: BUILT_IN,
  received: (setting) =>
    set((state) => {
      // The same answer arrives twice (the call's result and the event): keep the map's style as it is.
      const active = activeBasemapOf(setting, pageOrigin());
      return { setting, active: JSON.stringify(active) === JSON.stringify(state.active) ? state.active : active };
    }),
}));

/** What the map should draw now (read when a style is built). */
export function currentActiveBasemap(): ActiveBasemap {
  return useBasemapStore.getState().active;
}

let listening = false;

/** Loads the setting once and follows changes made anywhere (this window, the command line). */
export function loadBasemapSetting(): Promise<void> {
  if (!listening) {
    listening = true;
    onEvent('basemap.changed', (setting) => useBasemapStore.getState().received(setting));
  }
  return call('basemap.get', {}).then((setting) => useBasemapStore.getState().received(setting));
}

export async function switchBasemap(source: BasemapSource): Promise<void> {
  useBasemapStore.getState().received(await call('basemap.use', { source }));
}

export async function openBasemapFile(path: string): Promise<void> {
  useBasemapStore.getState().received(await call('basemap.openFile', { path }));
}
