import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type AppSettings } from '@shared/settings';
import { FenlightError } from '@shared/contract';
import type { BasemapState } from '@shared/contract/calls/basemap';
import { App } from '../../renderer/src/App';
import { useShellStore, initialShellState } from '../../renderer/src/features/shell/shellStore';
import { useSettingsStore } from '../../renderer/src/features/settings/settingsStore';
import { useVaultStore } from '../../renderer/src/features/vault/vaultStore';
import { installFakeBridge } from './fakeBridge';
import { unlockedStatus } from './fixtures';

const BUILT_IN_BASEMAP: BasemapState = { source: 'builtin', file: null, tileServer: { url: '', enabled: false } };

function bridgeWithSettings() {
  let settings: AppSettings = { ...defaultSettings };
  return installFakeBridge({
    'vault.status': () => unlockedStatus,
    'settings.get': () => settings,
    'basemap.get': () => BUILT_IN_BASEMAP,
    'settings.update': (patch) => (settings = { ...settings, ...(patch as Partial<AppSettings>) }),
    'app.info': () => ({
      name: 'Fenlight',
      version: '0.1.0',
      build: { version: '0.1.0', commit: 'abc1234', builtAt: '2026-11-29T10:00:00.000Z' },
      platform: { os: 'Windows_NT 10.0.22631', arch: 'x64', runtime: 'electron 45.5.0' },
      dataFolder: 'C:\\Users\\analyst\\AppData\\Roaming\\Fenlight',
      defaultVaultFolder: 'C:\\Users\\analyst\\Documents\\Fenlight',
    }),
  });
}

describe('workbench shell', () => {
  beforeEach(() => {
    useShellStore.setState(initialShellState);
    useSettingsStore.setState({ settings: null, error: null });
    useVaultStore.setState({ status: null, recoveryKey: null, failedAttempts: null, lockNotice: null, creating: false });
  });

  it('shows the protective marking at the top and bottom, navigation and every region', async () => {
    bridgeWithSettings();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    const banners = screen.getAllByRole('note', { name: /protective marking/i });
    expect(banners.map((banner) => banner.textContent)).toEqual(['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Link chart' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Map' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeTruthy();
    expect(screen.getByRole('main', { name: 'Workspace' })).toBeTruthy();
  });

  it('explains what to do in the empty chart rather than showing placeholder text', async () => {
    bridgeWithSettings();
    render(<App />);
    const chart = await screen.findByRole('region', { name: 'Link chart' });
    expect(chart.textContent).toMatch(/Add to chart to find people, addresses, vehicles and phones/);
  });

  it('opens the command palette with Ctrl+K and runs a command with Enter', async () => {
    bridgeWithSettings();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    await user.type(within(palette).getByRole('combobox', { name: 'Search commands' }), 'settings');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy();
  });

  it('closes the palette with Escape', async () => {
    bridgeWithSettings();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Search and commands/ }));
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
  });

  it('opens About from a menu command and shows the version from app.info', async () => {
    const bridge = bridgeWithSettings();
    render(<App />);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    act(() => bridge.emit({ name: 'shell.command', payload: { command: 'about.open' } }));
    const about = await screen.findByRole('dialog', { name: 'About Fenlight' });
    expect(await within(about).findByText('0.1.0')).toBeTruthy();
    expect(within(about).getByText(/29\/11\/2026 10:00/)).toBeTruthy();
  });

  it('switches theme from settings and applies it to the page', async () => {
    const bridge = bridgeWithSettings();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(bridge.calls).toContainEqual({ name: 'settings.update', input: { theme: 'dark' } });
  });

  it('puts a refused settings change back and says why', async () => {
    installFakeBridge({
      'vault.status': () => unlockedStatus,
      'settings.get': () => ({ ...defaultSettings, theme: 'light' }),
      'basemap.get': () => BUILT_IN_BASEMAP,
      'settings.update': () => {
        throw new FenlightError('IO_ERROR', 'Fenlight could not save its settings: the disk is full.');
      },
    });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/disk is full/);
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
  });
});
