import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import {
  initialEntitiesState,
  useEntitiesStore,
} from '../../../../renderer/src/features/entities/entitiesStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import type { VaultStatus } from '@shared/vault/types';
import { unlockedStatus } from '../../fixtures';

const trainingStatus: VaultStatus = {
  ...unlockedStatus,
  state: 'unlocked',
  vault: { ...unlockedStatus.vault!, trainingData: true },
} as VaultStatus;

describe('load demo data', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
  });

  it('is offered in an empty vault and runs as a job with progress, keeping its panel while the vault fills', async () => {
    const user = userEvent.setup();
    let reports = 0;
    const fake = installFakeBridge({
      'entities.list': () => ({ rows: [], total: 0 }),
      'reports.list': () => ({ rows: [], total: reports }),
      'demo.load': () => ({ jobId: 'demo-1' }),
      'vault.status': () => trainingStatus,
    });
    render(<EntitiesView />);
    const panel = await screen.findByRole('region', { name: 'Load demo data' });
    expect(panel.textContent).toMatch(
      /synthetic modern slavery cases set in Cambridgeshire and Peterborough/,
    );
    expect(panel.textContent).toMatch(/marked TRAINING DATA/);
    expect((within(panel).getByLabelText('Number of reports') as HTMLInputElement).value).toBe('500');
    await user.click(within(panel).getByRole('button', { name: 'Load demo data' }));
    expect(fake.calls.find((call) => call.name === 'demo.load')?.input).toEqual({ reports: 500 });

    reports = 120;
    act(() => fake.emit({ name: 'data.changed', payload: { scopes: ['reports', 'entities'] } }));
    act(() =>
      fake.emit({
        name: 'job.progress',
        payload: { jobId: 'demo-1', kind: 'demo.load', done: 120, total: 500, message: null },
      }),
    );
    const progress = await within(panel).findByRole('progressbar', { name: 'Loading demo data' });
    expect(progress.getAttribute('aria-valuetext')).toBe('120 of 500');

    act(() =>
      fake.emit({
        name: 'job.finished',
        payload: { jobId: 'demo-1', kind: 'demo.load', state: 'succeeded', result: null, error: null },
      }),
    );
    expect(within(panel).getByRole('status').textContent).toBe(
      'Demo data loaded. The vault is marked TRAINING DATA.',
    );
    expect(fake.calls.some((call) => call.name === 'vault.status')).toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Load demo data' })).toBeNull();
  });

  it('is not offered once the vault holds reports or entities', async () => {
    installFakeBridge({
      'entities.list': () => ({ rows: [], total: 0 }),
      'reports.list': () => ({ rows: [], total: 3 }),
    });
    render(<EntitiesView />);
    await screen.findByText(/No entities yet/);
    expect(screen.queryByRole('region', { name: 'Load demo data' })).toBeNull();
  });

  it('checks the number of reports and shows the engine’s refusal', async () => {
    const user = userEvent.setup();
    installFakeBridge({
      'entities.list': () => ({ rows: [], total: 0 }),
      'reports.list': () => ({ rows: [], total: 0 }),
      'demo.load': () => {
        throw new FenlightError('CONFLICT', 'Demo data can only be loaded into an empty vault.');
      },
    });
    render(<EntitiesView />);
    const panel = await screen.findByRole('region', { name: 'Load demo data' });
    const count = within(panel).getByLabelText('Number of reports');
    await user.clear(count);
    await user.type(count, '0');
    await user.click(within(panel).getByRole('button', { name: 'Load demo data' }));
    expect(within(panel).getByRole('alert').textContent).toBe('Enter a number of reports from 1 to 200,000.');
    await user.clear(count);
    await user.type(count, '50');
    await user.click(within(panel).getByRole('button', { name: 'Load demo data' }));
    expect((await within(panel).findByText(/could not be loaded/)).textContent).toBe(
      'Demo data could not be loaded: Demo data can only be loaded into an empty vault.',
    );
  });
});
