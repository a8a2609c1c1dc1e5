import { useEffect, useRef } from 'react';
import { call, errorMessage } from '../../lib/fenlight';
import { useDataChanged } from '../../lib/useDataChanged';
import { toGeoQuery } from './filterState';
import { mapTransitions, useMapStore } from './mapStore';

/** Filter changes settle for this long before the engine is asked (a slider sends many). */
const DEBOUNCE_MS = 250;

/** Keeps the map's features current: on filter changes, and when records change anywhere. */
export function useMapData(): void {
  const filters = useMapStore((state) => state.filters);
  const request = useRef(0);

  const load = useRef(async () => {
    const id = (request.current += 1);
    useMapStore.setState(mapTransitions.loading());
    try {
      const { filter, includeLinked } = toGeoQuery(useMapStore.getState().filters);
      const result = await call('geo.features', { filter, includeLinked });
      // A slower, older answer must not overwrite a newer one.
      if (id !== request.current) return;
      performance.mark('fenlight-map-data');
      useMapStore.setState(mapTransitions.loaded(result, performance.now()));
    } catch (error) {
      if (id === request.current) useMapStore.setState(mapTransitions.failed(errorMessage(error)));
    }
  });

  useEffect(() => {
    const timer = window.setTimeout(() => void load.current(), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [filters]);

  useDataChanged(['entities', 'reports', 'links', 'evidence'], () => void load.current());
}
