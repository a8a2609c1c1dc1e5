import { create } from 'zustand';
import type { Area } from '@shared/contract/calls/geo';
import { onSessionReset } from '../../lib/sessionReset';

export type SelectionSource = 'chart' | 'map' | 'list' | 'search' | 'inspector';

export interface SelectionState {
  /** Selected entity ids, shared by the chart, the map and the lists. */
  selected: readonly string[];
  /** Which view made the selection (the others follow it; the map frames it). */
  source: SelectionSource | null;
  /** A drawn area that filters the chart and lists to what lies inside it. */
  area: { area: Area; entityIds: readonly string[] } | null;
}

export const initialSelection: SelectionState = { selected: [], source: null, area: null };

/** Pure transitions, tested without React. */
export const selectionTransitions = {
  select:
    (ids: readonly string[], source: SelectionSource, mode: 'replace' | 'add' | 'toggle' = 'replace') =>
    (state: SelectionState): Partial<SelectionState> => {
      if (mode === 'replace') return { selected: [...new Set(ids)], source };
      if (mode === 'add') return { selected: [...new Set([...state.selected, ...ids])], source };
      const current = new Set(state.selected);
      for (const id of ids) {
        if (current.has(id)) current.delete(id);
        else current.add(id);
      }
      return { selected: [...current], source };
    },
  clear: () => (): Partial<SelectionState> => ({ selected: [], source: null }),
  setArea: (area: SelectionState['area']) => (): Partial<SelectionState> => ({ area }),
};

interface SelectionStore extends SelectionState {
  select(ids: readonly string[], source: SelectionSource, mode?: 'replace' | 'add' | 'toggle'): void;
  clear(): void;
  setArea(area: SelectionState['area']): void;
}

/** The one selection the link chart, the map and the lists share (issue 5 §11). */
export const useSelectionStore = create<SelectionStore>()((set) => ({
  ...initialSelection,
  select: (ids, source, mode) => set(selectionTransitions.select(ids, source, mode)),
  clear: () => set(selectionTransitions.clear()),
  setArea: (area) => set(selectionTransitions.setArea(area)),
}));

onSessionReset(() => useSelectionStore.setState(initialSelection));
