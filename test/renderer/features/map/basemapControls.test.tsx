import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import type { BasemapFile, BasemapState } from '@shared/contract/calls/basemap';
import { BasemapPanel } from '../../../../renderer/src/features/map/basemap/BasemapPanel';
import { useBasemapStore } from '../../../../renderer/src/features/map/basemap/basemapStore';
import { TileServerSettings } from '../../../../renderer/src/features/map/basemap/TileServerSettings';
import { BUILT_IN } from '../../../../renderer/src/features/map/basemap/detailed/detailedStyle';
import { installFakeBridge } from '../../fakeBridge';

const FILE: BasemapFile = {
  path: 'C:\\GIS\\cambs.mbtiles',
  name: 'cambs.mbtiles',
  container: 'mbtiles',
  format: 'pbf',
  schema: 'openmaptiles',
  minzoom: 0,
  maxzoom: 14,
  bounds: [-0.5, 52, 0.5, 52.7],
  attribution: '© OpenMapTiles © OpenStreetMap contributors',
  key: '0123456789abcdef',
};
const BUILT_IN_STATE: BasemapState = { source: 'builtin', file: null, tileServer: { url: '', enabled: false } };

describe('Basemap control in the map panel', () => {
  beforeEach(() => useBasemapStore.setState({ setting: null, active: BUILT_IN }));

  it('says the built-in map is shown, and offers no tile server until one is switched on', async () => {
    installFakeBridge({ 'basemap.get': () => BUILT_IN_STATE });
    render(<BasemapPanel />);
    expect(await screen.findByRole('radio', { name: 'Built-in' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe('Showing the built-in outline map of Cambridgeshire and Peterborough.');
    expect(screen.queryByRole('radio', { name: 'Force tile server' })).toBeNull();
  });

  it('opens a chosen tile file through the engine and says what is shown', async () => {
    const bridge = installFakeBridge({
      'basemap.get': () => BUILT_IN_STATE,
      'shell.pickOpenPath': () => ({ cancelled: false, path: FILE.path }),
      'basemap.openFile': () => ({ ...BUILT_IN_STATE, source: 'file', file: FILE }),
    });
    const user = userEvent.setup();
    render(<BasemapPanel />);
    await user.click(await screen.findByRole('button', { name: 'Detailed file…' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing cambs.mbtiles (street map, OpenMapTiles, zoom 0–14), read from this computer.'));
    expect(bridge.calls).toContainEqual({ name: 'basemap.openFile', input: { path: FILE.path } });
    expect(screen.getByRole('radio', { name: 'Detailed file' })).toHaveProperty('checked', true);
    expect(useBasemapStore.getState().active).toEqual({ kind: 'file', file: FILE, origin: window.location.origin });
  });

  it('shows the engine’s words when a file is refused, and keeps the map as it was', async () => {
    installFakeBridge({
      'basemap.get': () => BUILT_IN_STATE,
      'shell.pickOpenPath': () => ({ cancelled: false, path: 'C:\\notes.mbtiles' }),
      'basemap.openFile': () => {
        throw new FenlightError('INVALID_INPUT', 'notes.mbtiles cannot be used as a basemap: it is not an MBTiles file.');
      },
    });
    const user = userEvent.setup();
    render(<BasemapPanel />);
    await user.click(await screen.findByRole('button', { name: 'Detailed file…' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/notes\.mbtiles cannot be used as a basemap/);
    expect(screen.getByRole('radio', { name: 'Built-in' })).toHaveProperty('checked', true);
  });

  it('switches to the force tile server once it is switched on', async () => {
    const server = { url: 'https://tiles.cambs.police.uk/{z}/{x}/{y}.png', enabled: true };
    installFakeBridge({
      'basemap.get': () => ({ ...BUILT_IN_STATE, tileServer: server }),
      'basemap.use': ({ source }) => ({ ...BUILT_IN_STATE, source, tileServer: server }),
    });
    const user = userEvent.setup();
    render(<BasemapPanel />);
    await user.click(await screen.findByRole('radio', { name: 'Force tile server' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/force tile server at tiles\.cambs\.police\.uk\. Map requests go to that server/));
  });
});

describe('Settings → Map', () => {
  beforeEach(() => useBasemapStore.setState({ setting: null, active: BUILT_IN }));

  it('warns in plain words, refuses an http address, and saves the opt-in', async () => {
    const bridge = installFakeBridge({
      'basemap.get': () => BUILT_IN_STATE,
      'basemap.setTileServer': ({ url, enabled }) => ({ ...BUILT_IN_STATE, tileServer: { url, enabled } }),
    });
    const user = userEvent.setup();
    render(<TileServerSettings />);
    const address = await screen.findByRole('textbox', { name: 'Force tile server address' });
    const optIn = screen.getByRole('checkbox', { name: 'Use this tile server for the map (off by default)' });
    expect(optIn).toHaveProperty('checked', false);

    await user.type(address, 'http://tiles.cambs.police.uk/{{z}/{{x}/{{y}.png');
    expect(screen.getByText(/must start with https:\/\//)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save map setting' })).toHaveProperty('disabled', true);

    await user.clear(address);
    await user.type(address, 'https://tiles.cambs.police.uk/{{z}/{{x}/{{y}.png');
    expect(screen.getByText('Map requests will reveal which places you look at to the server at tiles.cambs.police.uk; use only your force’s own tile server.')).toBeTruthy();
    await user.click(optIn);
    await user.click(screen.getByRole('button', { name: 'Save map setting' }));
    expect(bridge.calls).toContainEqual({ name: 'basemap.setTileServer', input: { url: 'https://tiles.cambs.police.uk/{z}/{x}/{y}.png', enabled: true } });
    expect(await screen.findByRole('button', { name: 'Reload the window to apply' })).toBeTruthy();
  });
});
