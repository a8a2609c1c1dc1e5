import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FenlightError } from '@shared/contract';
import { defaultSettings } from '@shared/settings';
import type { VaultStatus } from '@shared/vault/types';
import { App } from '../../../../renderer/src/App';
import { useShellStore, initialShellState } from '../../../../renderer/src/features/shell/shellStore';
import { useVaultStore } from '../../../../renderer/src/features/vault/vaultStore';
import { installFakeBridge, type FakeHandlers } from '../../fakeBridge';
import { lockedStatus, noVaultStatus, unlockedStatus } from '../../fixtures';

function renderApp(status: VaultStatus, handlers: FakeHandlers | ((setStatus: (next: VaultStatus) => void) => FakeHandlers) = {}) {
  let current = status;
  const setStatus = (next: VaultStatus) => (current = next);
  const bridge = installFakeBridge({
    'vault.status': () => current,
    'settings.get': () => defaultSettings,
    ...(typeof handlers === 'function' ? handlers(setStatus) : handlers),
  });
  render(<App />);
  return { bridge, setStatus };
}

describe('vault screens', () => {
  beforeEach(() => {
    useShellStore.setState(initialShellState);
    useVaultStore.setState({ status: null, recoveryKey: null, failedAttempts: null, lockNotice: null, creating: false });
  });

  it('asks a first-time analyst to create a vault, with the recovery key shown once to confirm', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp(noVaultStatus, (setStatus) => ({
      'vault.create': () => {
        setStatus(unlockedStatus);
        return { status: unlockedStatus, recoveryKey: '7QX2-M4K9-AB12-CD34-EF56-GH78-JK90-MN12-PQ34' };
      },
      'vault.confirmRecoveryKey': () => unlockedStatus.vault as never,
    }));
    await user.type(await screen.findByLabelText('Analyst name'), 'Priya Shah');
    await user.type(screen.getByLabelText('Staff number'), 'CC4127');
    const create = screen.getByRole('button', { name: 'Create vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    expect(screen.getByText(/Too short/)).toBeTruthy();
    expect((create as HTMLButtonElement).disabled).toBe(true);
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'marsh kettle violin');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'marsh kettle violin');
    await user.click(create);
    expect(bridge.calls).toContainEqual({
      name: 'vault.create',
      input: { name: 'Casework', analystName: 'Priya Shah', staffNumber: 'CC4127', passphrase: 'marsh kettle violin' },
    });
    expect((await screen.findByLabelText('Recovery key')).textContent).toBe('7QX2M4K9AB12CD34EF56GH78JK90MN12PQ34');
    const proceed = screen.getByRole('button', { name: 'Continue' });
    expect((proceed as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /written down the recovery key/ }));
    await user.click(proceed);
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });

  it('says clearly when the two passphrases differ', async () => {
    const user = userEvent.setup();
    renderApp(noVaultStatus);
    await user.type(await screen.findByLabelText('Passphrase'), 'marsh kettle violin');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'marsh kettle viola');
    expect(screen.getByText('The two passphrases are different.')).toBeTruthy();
  });

  it('unlocks a locked vault, showing a wrong passphrase message in plain words', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderApp(lockedStatus, {
      'vault.unlock': () => {
        attempts += 1;
        if (attempts === 1) throw new FenlightError('WRONG_PASSPHRASE', 'That passphrase is not right.');
        return { status: unlockedStatus, failedAttempts: { failures: 1, lastFailureAt: '2026-11-29T08:55:00.000Z' } };
      },
    });
    expect(await screen.findByRole('heading', { name: 'Unlock Casework' })).toBeTruthy();
    await user.type(screen.getByLabelText('Passphrase'), 'wrong words here');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right.');
    await user.type(screen.getByLabelText('Passphrase'), 'marsh kettle violin');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/1 failed attempt to unlock this vault.*29\/11\/2026 08:55/);
  });

  it('says why an unlock is taking long (the vault being brought up to date) and clears it once unlocked', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      let finish: () => void = () => undefined;
      renderApp(lockedStatus, {
        'vault.unlock': () =>
          new Promise((resolve) => {
            finish = () => resolve({ status: unlockedStatus, failedAttempts: null });
          }),
      });
      await user.type(await screen.findByLabelText('Passphrase'), 'marsh kettle violin');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      act(() => vi.advanceTimersByTime(2000));
      expect(screen.queryByRole('status')).toBeNull();
      act(() => vi.advanceTimersByTime(1500));
      expect(screen.getByRole('status').textContent).toMatch(/Still unlocking.*brings the vault up to date/);
      await act(async () => finish());
      expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
      expect(screen.queryByText(/Still unlocking/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the recovery key instead of the passphrase', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp(lockedStatus, {
      'vault.unlockWithRecoveryKey': () => ({ status: { ...unlockedStatus, vault: { ...unlockedStatus.vault!, mustChangePassphrase: true } } as VaultStatus, failedAttempts: null }),
    });
    await user.click(await screen.findByRole('button', { name: 'Use recovery key' }));
    await user.type(screen.getByLabelText('Recovery key'), '7qx2 m4k9');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(bridge.calls).toContainEqual({ name: 'vault.unlockWithRecoveryKey', input: { recoveryKey: '7qx2 m4k9' } });
    expect(await screen.findByRole('heading', { name: 'Choose a new passphrase' })).toBeTruthy();
  });

  it('returns to the unlock screen and forgets what it showed when the vault locks itself', async () => {
    const { bridge, setStatus } = renderApp(unlockedStatus);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    setStatus(lockedStatus);
    act(() => bridge.emit({ name: 'vault.locked', payload: { reason: 'idle' } }));
    expect(await screen.findByRole('heading', { name: 'Unlock Casework' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    expect(screen.getByText(/locked itself because Fenlight was not used/)).toBeTruthy();
  });

  it('locks with the Lock button and with Ctrl+L', async () => {
    const user = userEvent.setup();
    const { bridge } = renderApp(unlockedStatus, { 'vault.lock': () => lockedStatus });
    await user.click(await screen.findByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { name: 'Unlock Casework' })).toBeTruthy();
    expect(bridge.calls.filter((entry) => entry.name === 'vault.lock')).toHaveLength(1);
  });

  it('shows the vault’s marking and TRAINING DATA in both banners', async () => {
    renderApp({ ...unlockedStatus, vault: { ...unlockedStatus.vault!, marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', trainingData: true } } as VaultStatus);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    const banners = screen.getAllByRole('note', { name: /Protective marking/ });
    expect(banners.map((banner) => banner.textContent)).toEqual([
      'OFFICIAL-SENSITIVE PERSONAL DATA — TRAINING DATA',
      'OFFICIAL-SENSITIVE PERSONAL DATA — TRAINING DATA',
    ]);
  });
});
