import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import { initialEntitiesState, useEntitiesStore } from '../../../../renderer/src/features/entities/entitiesStore';
import { initialSelection, useSelectionStore } from '../../../../renderer/src/features/selection/selectionStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { summary } from './entityFixtures';

const everyone = [
  summary(),
  summary({ id: 'ent-2', type: 'site', label: 'Sparkle Hand Car Wash', chartLabel: 'Sparkle Hand Car Wash', category: null }),
  summary({ id: 'ent-3', type: 'site', label: 'Fen Edge Packhouse', chartLabel: 'Fen Edge Packhouse', category: null }),
];

/** Answers entities.list as the engine does: only the named ids when an area limits the list. */
function bridge() {
  return installFakeBridge({
    'entities.list': (input) => {
      if (input.limit === 1) return { rows: [], total: everyone.length };
      const rows = input.ids ? everyone.filter((row) => input.ids!.includes(row.id)) : everyone;
      return { rows, total: rows.length };
    },
    'reports.list': () => ({ rows: [], total: 3 }),
  });
}

const wash = { kind: 'radius' as const, centre: { lat: 52.2084, lon: 0.1207 }, radiusMetres: 2000 };

describe('entities list and the area drawn on the map', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
    useSelectionStore.setState(initialSelection);
  });

  it('shows only the entities inside, says so, and clears the shared area with its button', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    useSelectionStore.getState().setArea({ area: wash, entityIds: ['ent-1', 'ent-2'] });
    render(<EntitiesView />);
    const table = screen.getByRole('table', { name: 'Entities' });
    await within(table).findByRole('row', { name: /Sparkle Hand Car Wash/ });
    expect(within(table).queryByRole('row', { name: /Fen Edge Packhouse/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'Showing 2 entities inside the drawn area (Within 2 km of 52.2084, 0.1207).',
    );
    const asked = fake.calls.filter((call) => call.name === 'entities.list' && (call.input as { limit: number }).limit !== 1).at(-1)!.input;
    expect(asked).toMatchObject({ ids: ['ent-1', 'ent-2'], offset: 0 });

    await user.click(screen.getByRole('button', { name: 'Clear area' }));
    // One shared area: clearing it here clears it for the map and the chart as well.
    expect(useSelectionStore.getState().area).toBeNull();
    await within(table).findByRole('row', { name: /Fen Edge Packhouse/ });
    expect(screen.getByRole('status').textContent).toBe('3 entities');
    expect(screen.queryByRole('button', { name: 'Clear area' })).toBeNull();
  });

  it('follows an area drawn or cleared elsewhere while the list is open', async () => {
    bridge();
    render(<EntitiesView />);
    const table = screen.getByRole('table', { name: 'Entities' });
    await within(table).findByRole('row', { name: /Fen Edge Packhouse/ });
    useSelectionStore.getState().setArea({ area: wash, entityIds: [] });
    await screen.findByText('Nothing inside the drawn area matches. Clear the area, or draw another on the map.');
    expect(screen.getByRole('status').textContent).toMatch(/^Showing 0 entities inside the drawn area/);
  });

  it('marks the entities selected on the chart or map, and selects the one opened from the list', async () => {
    const user = userEvent.setup();
    bridge();
    useSelectionStore.getState().select(['ent-3'], 'map');
    render(<EntitiesView />);
    const row = await screen.findByRole('row', { name: /Fen Edge Packhouse/ });
    expect(within(row).getByText('Selected')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Sparkle/ })).queryByText('Selected')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sparkle Hand Car Wash' }));
    expect(useSelectionStore.getState()).toMatchObject({ selected: ['ent-2'], source: 'list' });
    expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'ent-2' });
  });
});
