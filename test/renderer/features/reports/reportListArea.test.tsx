import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportsView } from '../../../../renderer/src/features/reports/ReportsView';
import { initialReportsListState, useReportsListStore } from '../../../../renderer/src/features/reports/reportsStore';
import { initialSelection, useSelectionStore } from '../../../../renderer/src/features/selection/selectionStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { reportSummary, withLayout } from './reportFixtures';

const rows = [
  reportSummary(),
  reportSummary({ id: 'report-2', urn: 'CAMBS-IR-0002', title: 'Car wash on Wisbech Road' }),
];
/** Which entities each report supports, as the engine's evidence table would say. */
const supports: Record<string, string[]> = { 'report-1': ['ent-wash'], 'report-2': ['ent-farm'] };

function bridge() {
  return installFakeBridge({
    'reports.list': (input) => {
      const shown = input.supporting
        ? rows.filter((row) => supports[row.id]!.some((id) => input.supporting!.includes(id)))
        : rows;
      return { rows: shown, total: shown.length };
    },
    'reports.savedViews': () => [],
  });
}

const wash = { kind: 'radius' as const, centre: { lat: 52.2084, lon: 0.1207 }, radiusMetres: 2000 };

describe('reports list and the area drawn on the map', { timeout: 30_000 }, () => {
  withLayout();
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'reports' });
    useReportsListStore.setState(initialReportsListState);
    useSelectionStore.setState(initialSelection);
  });

  it('shows only reports supporting an entity inside, says so, and clears the shared area', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    useSelectionStore.getState().setArea({ area: wash, entityIds: ['ent-wash'] });
    render(<ReportsView />);
    const grid = screen.getByRole('grid', { name: 'Reports' });
    await within(grid).findByRole('row', { name: /CAMBS-IR-0001/ });
    expect(within(grid).queryByRole('row', { name: /CAMBS-IR-0002/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'Showing 1 report supporting entities inside the drawn area (Within 2 km of 52.2084, 0.1207).',
    );
    expect(fake.calls.filter((call) => call.name === 'reports.list').at(-1)!.input).toMatchObject({
      supporting: ['ent-wash'],
    });

    await user.click(screen.getByRole('button', { name: 'Clear area' }));
    expect(useSelectionStore.getState().area).toBeNull();
    await within(grid).findByRole('row', { name: /CAMBS-IR-0002/ });
    expect(screen.getByRole('status').textContent).toBe('2 reports');
    expect(fake.calls.filter((call) => call.name === 'reports.list').at(-1)!.input).not.toHaveProperty('supporting');
  });

  it('says when no report supports anything inside the area', async () => {
    bridge();
    useSelectionStore.getState().setArea({ area: wash, entityIds: [] });
    render(<ReportsView />);
    await screen.findByText(
      'No report supports anything inside the drawn area that matches. Clear the area, or draw another on the map.',
    );
  });
});
