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
      performance.mark('fenlight-map-request');
      const result = await call('geo.features', { filter, includeLinked });
      // A slower, older answer must not overwrite a newer one.
      if (id !== request.current) return;
      performance.mark('fenlight-map-data');
      useMapStore.setState(mapTransitions.loaded(result, performance.now()));
    } catch (error) {
      if (id === request.current) useMapStore.setState(mapTransitions.failed(errorMessage(error)));
    }
  });

  const asked = useRef(false);
  useEffect(() => {
    // The first load goes at once: only later changes (a slider sends many) wait to settle.
    const timer = window.setTimeout(
      () => {
        asked.current = true;
        void load.current();
      },
      asked.current ? DEBOUNCE_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [filters]);

  useDataChanged(['entities', 'reports', 'links', 'evidence'], () => void load.current());
}
