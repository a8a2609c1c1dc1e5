import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import {
  initialEntitiesState,
  useEntitiesStore,
} from '../../../../renderer/src/features/entities/entitiesStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { detail, duplicate, summary } from './entityFixtures';

const merge = {
  id: 'merge-9',
  survivorId: 'right-1',
  mergedId: 'left-1',
  mergedLabel: 'Ionuț Popescu',
  mergedAt: '2026-07-06T09:15:00.000Z',
  undoneAt: null,
};

function bridge(remaining: { count: number } = { count: 1 }) {
  return installFakeBridge({
    'entities.list': () => ({ rows: [], total: 0 }),
    'reports.list': () => ({ rows: [], total: 1 }),
    'duplicates.list': () =>
      remaining.count > 0 ? { candidates: [duplicate()], total: 1 } : { candidates: [], total: 0 },
    'entities.merge': () => {
      remaining.count = 0;
      return { merge, entity: detail({ summary: summary({ id: 'right-1', label: 'POPESCU, Ionut' }) }) };
    },
    'entities.unmerge': () => {
      remaining.count = 1;
      return {
        survivor: detail({ summary: summary({ id: 'right-1', label: 'POPESCU, Ionut' }) }),
        restored: detail({ summary: summary({ id: 'left-1', label: 'Ionuț Popescu' }) }),
      };
    },
    'duplicates.dismiss': () => {
      remaining.count = 0;
      return { dismissed: true as const };
    },
  });
}

async function openQueue() {
  const user = userEvent.setup();
  render(<EntitiesView />);
  await user.click(screen.getByRole('tab', { name: 'Possible duplicates' }));
  const card = await screen.findByRole('region', {
    name: 'Possible duplicate: Ionuț Popescu and POPESCU, Ionut',
  });
  return { user, card };
}

describe('possible duplicates', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
  });

  it('shows both entities side by side with each field marked match, clash or one side only', async () => {
    bridge();
    const { card } = await openQueue();
    expect(card.textContent).toContain('Same name or alias (ignoring accents and word order)');
    const rows = within(within(card).getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [within(row).getByRole('rowheader').textContent, row.lastElementChild?.textContent]),
    ).toEqual([
      ['Name', 'Match'],
      ['Date of birth', 'One side only'],
      ['Data subject category', 'Clash'],
    ]);
  });

  it('merges after a confirmation that says what is kept, then offers to undo', async () => {
    const fake = bridge();
    const { user, card } = await openQueue();
    await user.click(within(card).getByRole('button', { name: 'Merge into right' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Ionuț Popescu” into “POPESCU, Ionut”?' });
    expect(dialog.textContent).toMatch(/Every alias and all evidence of both are kept/);
    expect(dialog.textContent).toMatch(/can be undone/);
    await user.type(within(dialog).getByLabelText('Reason (optional)'), 'Same DOB on passport');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(fake.calls.find((call) => call.name === 'entities.merge')?.input).toEqual({
      survivorId: 'right-1',
      mergedId: 'left-1',
      reason: 'Same DOB on passport',
    });
    expect(
      (await screen.findByText(/Merged “Ionuț Popescu” into “POPESCU, Ionut”/)).textContent,
    ).toBeTruthy();
    expect(await screen.findByText('No possible duplicates.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo merge' }));
    expect(fake.calls.find((call) => call.name === 'entities.unmerge')?.input).toEqual({
      mergeId: 'merge-9',
    });
    expect(await screen.findByText(/Merge undone/)).toBeTruthy();
    expect(await screen.findByRole('region', { name: /Possible duplicate/ })).toBeTruthy();
  });

  it('merges into the left with no reason, and cancelling sends nothing', async () => {
    const fake = bridge();
    const { user, card } = await openQueue();
    await user.click(within(card).getByRole('button', { name: 'Merge into left' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(fake.calls.some((call) => call.name === 'entities.merge')).toBe(false);
    await user.click(within(card).getByRole('button', { name: 'Merge into left' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merge' }));
    expect(fake.calls.find((call) => call.name === 'entities.merge')?.input).toEqual({
      survivorId: 'left-1',
      mergedId: 'right-1',
      reason: '',
    });
  });

  it('dismisses a pair that is not the same', async () => {
    const fake = bridge();
    const { user, card } = await openQueue();
    await user.click(within(card).getByRole('button', { name: 'Not the same' }));
    expect(fake.calls.find((call) => call.name === 'duplicates.dismiss')?.input).toEqual({
      leftId: 'left-1',
      rightId: 'right-1',
    });
    expect(await screen.findByText('No possible duplicates.')).toBeTruthy();
  });
});
