import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { FiltersPanel } from '../../../../renderer/src/features/chart/components/FiltersPanel';
import { initialSelection, useSelectionStore } from '../../../../renderer/src/features/selection/selectionStore';
import { entityItem, items, star } from './fixtures';

const wash = { kind: 'radius' as const, centre: { lat: 52.2084, lon: 0.1207 }, radiusMetres: 2000 };

describe('chart filters panel and the area drawn on the map', () => {
  beforeEach(() => {
    useChartStore.getState().clear();
    useSelectionStore.setState(initialSelection);
    // A hub (h) with four spokes (s0–s3), one link each.
    useChartStore.getState().applyItems(star(4));
  });

  it('shows an “Inside the drawn area” row, counts what it dims, and clears the shared area', async () => {
    const user = userEvent.setup();
    render(<FiltersPanel />);
    expect(screen.getByText('No filters: everything on the chart is shown.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Inside the drawn area' })).toBeNull();

    useSelectionStore.getState().setArea({ area: wash, entityIds: ['h', 's0', 'elsewhere'] });
    const row = await screen.findByRole('group', { name: 'Inside the drawn area' });
    expect(row.textContent).toContain('Within 2 km of 52.2084, 0.1207');
    expect(row.textContent).toContain('2 of 5 chart entities lie inside.');
    // s1–s3 are outside, and so are their links to the hub.
    expect(screen.getByText('3 entities and 3 links dimmed by the filters.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Hidden' }));
    expect(screen.getByText('3 entities and 3 links hidden by the filters.')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: 'Clear area' }));
    expect(useSelectionStore.getState().area).toBeNull();
    expect(screen.queryByRole('group', { name: 'Inside the drawn area' })).toBeNull();
    expect(screen.getByText('No filters: everything on the chart is shown.')).toBeTruthy();
  });

  it('keeps the chart’s own filters when the area is cleared', async () => {
    const user = userEvent.setup();
    useChartStore.getState().applyItems(items([entityItem('loner', { category: 'victim' })]));
    useChartStore.getState().setFilters({ mode: 'dim', categories: ['victim'] });
    useSelectionStore.getState().setArea({ area: wash, entityIds: ['loner'] });
    render(<FiltersPanel />);
    await user.click(
      within(screen.getByRole('group', { name: 'Inside the drawn area' })).getByRole('button', { name: 'Clear area' }),
    );
    expect(useChartStore.getState().document.filters).toEqual({ mode: 'dim', categories: ['victim'] });
  });
});
