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
import { summary } from './entityFixtures';

describe('review queue', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
  });

  it('lists unreviewed entities and marks the chosen ones reviewed', async () => {
    const user = userEvent.setup();
    let unreviewed = [
      summary({ id: 'u-1', label: 'Marius', reviewState: 'unreviewed' }),
      summary({ id: 'u-2', label: 'AB12 CDE', type: 'vehicle', category: null, reviewState: 'unreviewed' }),
    ];
    const fake = installFakeBridge({
      'entities.list': (input) =>
        input.reviewState === 'unreviewed'
          ? { rows: unreviewed, total: unreviewed.length }
          : { rows: [], total: 5 },
      'reports.list': () => ({ rows: [], total: 1 }),
      'entities.markReviewed': ({ ids }) => {
        unreviewed = unreviewed.filter((entity) => !ids.includes(entity.id));
        return { updated: ids.length };
      },
    });
    render(<EntitiesView />);
    await user.click(screen.getByRole('tab', { name: 'Review queue' }));
    const table = await screen.findByRole('table', { name: 'Entities to review' });
    expect(
      fake.calls.find((call) => (call.input as { reviewState?: string }).reviewState === 'unreviewed')?.input,
    ).toEqual({ reviewState: 'unreviewed', sort: 'evidence', offset: 0, limit: 100 });
    await user.click(within(table).getByRole('checkbox', { name: 'Select AB12 CDE' }));
    await user.click(screen.getByRole('button', { name: 'Mark reviewed (1)' }));
    expect(fake.calls.find((call) => call.name === 'entities.markReviewed')?.input).toEqual({ ids: ['u-2'] });
    expect(await screen.findByText('1 entity marked reviewed.')).toBeTruthy();
    expect(await screen.findByText('1 entity to review.')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    installFakeBridge({
      'entities.list': () => ({ rows: [], total: 0 }),
      'reports.list': () => ({ rows: [], total: 0 }),
      'duplicates.list': () => ({ candidates: [], total: 0 }),
    });
    render(<EntitiesView />);
    screen.getByRole('tab', { name: 'All entities' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Review queue' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Review queue' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Possible duplicates' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });
});
