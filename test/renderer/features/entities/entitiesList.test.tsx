import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import {
  entitiesTransitions,
  initialEntitiesState,
  listQuery,
  useEntitiesStore,
} from '../../../../renderer/src/features/entities/entitiesStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { summary } from './entityFixtures';

const rows = [
  summary(),
  summary({
    id: 'ent-2',
    type: 'vehicle',
    label: 'AB12 CDE',
    chartLabel: 'AB12 CDE',
    category: null,
    reviewState: 'unreviewed',
    bestGrade: null,
    evidenceCount: 0,
    latestEvidenceOn: null,
    hasHandlingConditions: true,
  }),
];

function bridge() {
  return installFakeBridge({
    'entities.list': (input) => (input.limit === 1 ? { rows: [], total: 2 } : { rows, total: rows.length }),
    'reports.list': () => ({ rows: [], total: 3 }),
  });
}

function lastListInput(calls: Array<{ name: string; input: unknown }>) {
  return calls
    .filter((call) => call.name === 'entities.list' && (call.input as { limit?: number }).limit !== 1)
    .at(-1)?.input;
}

describe('entities list', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
  });

  it('shows each entity with its type, category, best grade, evidence and a conditions marker', async () => {
    bridge();
    render(<EntitiesView />);
    const table = screen.getByRole('table', { name: 'Entities' });
    const person = await within(table).findByRole('row', { name: /Ionuț Popescu/ });
    expect(person.textContent).toContain('Person');
    expect(person.textContent).toContain('Victim');
    expect(within(person).getByLabelText(/Grade 2-B-P/)).toBeTruthy();
    expect(person.textContent).toContain('02/03/2026');
    const vehicle = within(table).getByRole('row', { name: /AB12 CDE/ });
    expect(vehicle.textContent).toContain('Extracted, unreviewed');
    expect(vehicle.textContent).toContain('Not graded');
    expect(vehicle.textContent).toContain('Conditions apply');
    expect(screen.getByRole('status').textContent).toBe('2 entities');
  });

  it('sends the filters as the entities.list input', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<EntitiesView />);
    await screen.findByRole('row', { name: /Ionuț Popescu/ });
    await user.selectOptions(screen.getByLabelText('Type'), 'person');
    await user.selectOptions(screen.getByLabelText('Data subject category'), 'victim');
    await user.selectOptions(screen.getByLabelText('Review state'), 'unreviewed');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'evidence');
    await user.type(screen.getByLabelText('Search entities'), 'popescu');
    expect(lastListInput(fake.calls)).toEqual({
      type: 'person',
      category: 'victim',
      reviewState: 'unreviewed',
      text: 'popescu',
      sort: 'evidence',
      offset: 0,
      limit: 200,
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(lastListInput(fake.calls)).toEqual({ sort: 'label', offset: 0, limit: 200 });
  });

  it('opens an entity’s profile from the list', async () => {
    const user = userEvent.setup();
    bridge();
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'AB12 CDE' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'ent-2' });
  });

  it('imports entities or links from the toolbar', async () => {
    const user = userEvent.setup();
    bridge();
    render(<EntitiesView />);
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Import into the vault' })).getByRole('button', {
        name: 'Links…',
      }),
    );
    expect(screen.getByRole('dialog', { name: 'Import links' })).toBeTruthy();
  });

  it('builds queries from the filters without blank fields (pure)', () => {
    const state = {
      ...initialEntitiesState,
      ...entitiesTransitions.filter({ text: '  ', type: 'site' })(initialEntitiesState),
    };
    expect(listQuery(state.filters, 200)).toEqual({ type: 'site', sort: 'label', offset: 200, limit: 200 });
  });
});
