import { describe, expect, it } from 'vitest';
import { initialSelection, selectionTransitions, useSelectionStore } from '../../../../renderer/src/features/selection/selectionStore';
import { resetSession } from '../../../../renderer/src/lib/sessionReset';

describe('shared selection', () => {
  it('replaces, adds to and toggles the selection, remembering which view made it', () => {
    let state = { ...initialSelection };
    state = { ...state, ...selectionTransitions.select(['a', 'b'], 'chart')(state) };
    expect(state).toMatchObject({ selected: ['a', 'b'], source: 'chart' });
    state = { ...state, ...selectionTransitions.select(['c'], 'map', 'add')(state) };
    expect(state.selected).toEqual(['a', 'b', 'c']);
    state = { ...state, ...selectionTransitions.select(['a', 'd'], 'map', 'toggle')(state) };
    expect(state.selected).toEqual(['b', 'c', 'd']);
  });

  it('is forgotten when the vault locks', () => {
    useSelectionStore.getState().select(['x'], 'list');
    resetSession();
    expect(useSelectionStore.getState().selected).toEqual([]);
  });
});
