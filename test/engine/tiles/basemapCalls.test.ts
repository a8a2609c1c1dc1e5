import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '@shared/contract';
import type { BasemapState } from '@shared/contract/calls/basemap';
import { createEngine } from '../../../electron/engine/index';
import { solidPng, writeMbtiles } from '../../fixtures/tiles/tileFiles';
import { testEngineOptions } from '../../helpers/engineOptions';
import { tempDir } from '../../helpers/tempDir';

function rasterFile(): string {
  const file = path.join(tempDir(), 'county.mbtiles');
  writeMbtiles(file, { tiles: [{ z: 0, x: 0, y: 0, data: solidPng([1, 2, 3], 4) }], metadata: { format: 'png', attribution: 'Force GIS' } });
  return file;
}

describe('basemap calls', () => {
  it('starts on the built-in map with the tile server off', async () => {
    const engine = createEngine(testEngineOptions());
    expect(await engine.call('basemap.get', {})).toEqual({ ok: true, value: { source: 'builtin', file: null, tileServer: { url: '', enabled: false } } });
    await engine.close();
  });

  it('checks and keeps a chosen file in the app settings, announcing the change', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const events: AnyEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const file = rasterFile();
    const opened = await engine.call('basemap.openFile', { path: file });
    expect(opened).toMatchObject({ ok: true, value: { source: 'file', file: { path: file, name: 'county.mbtiles', format: 'png', attribution: 'Force GIS' } } });
    expect(events).toContainEqual({ name: 'basemap.changed', payload: (opened as { value: BasemapState }).value });
    await engine.close();

    const again = createEngine(options);
    expect(await again.call('basemap.get', {})).toEqual(opened);
    expect(fs.existsSync(path.join(options.dataFolder, 'basemap.json'))).toBe(true);
    await again.close();
  });

  it('keeps the previous choice when a file is refused', async () => {
    const engine = createEngine(testEngineOptions());
    await engine.call('basemap.openFile', { path: rasterFile() });
    const before = await engine.call('basemap.get', {});
    const bad = path.join(tempDir(), 'bad.pmtiles');
    fs.writeFileSync(bad, 'nope');
    expect(await engine.call('basemap.openFile', { path: bad })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not a PMTiles file/) } });
    expect(await engine.call('basemap.get', {})).toEqual(before);
    await engine.close();
  });

  it('switches sources only to one that is set up', async () => {
    const engine = createEngine(testEngineOptions());
    expect(await engine.call('basemap.use', { source: 'file' })).toMatchObject({ ok: false, error: { message: 'Choose a detailed map file first.' } });
    expect(await engine.call('basemap.use', { source: 'server' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not switched on/) } });
    await engine.call('basemap.openFile', { path: rasterFile() });
    expect(await engine.call('basemap.use', { source: 'builtin' })).toMatchObject({ ok: true, value: { source: 'builtin', file: { name: 'county.mbtiles' } } });
    await engine.close();
  });

  it('accepts only an https tile server address with {z}, {x} and {y}, and switching it off leaves it', async () => {
    const engine = createEngine(testEngineOptions());
    expect(await engine.call('basemap.setTileServer', { url: 'http://tiles.example.police.uk/{z}/{x}/{y}.png', enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/must start with https:\/\//) },
    });
    expect(await engine.call('basemap.setTileServer', { url: 'https://tiles.example.police.uk/{z}/{x}.png', enabled: true })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/needs \{y\}/) },
    });
    expect(await engine.call('basemap.get', {})).toMatchObject({ value: { tileServer: { url: '', enabled: false } } });

    const url = 'https://tiles.example.police.uk/osm/{z}/{x}/{y}.png';
    await engine.call('basemap.setTileServer', { url, enabled: true });
    expect(await engine.call('basemap.use', { source: 'server' })).toMatchObject({ ok: true, value: { source: 'server', tileServer: { url, enabled: true } } });
    expect(await engine.call('basemap.setTileServer', { url, enabled: false })).toMatchObject({ ok: true, value: { source: 'builtin', tileServer: { url, enabled: false } } });
    await engine.close();
  });

  it('shows the built-in map when the chosen file has gone, and says so when it is asked for', async () => {
    const engine = createEngine(testEngineOptions());
    const file = rasterFile();
    await engine.call('basemap.openFile', { path: file });
    fs.rmSync(file);
    expect(await engine.call('basemap.get', {})).toMatchObject({ ok: true, value: { source: 'builtin', file: { name: 'county.mbtiles' } } });
    expect(await engine.call('basemap.use', { source: 'file' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/cannot find .*county\.mbtiles/) } });
    await engine.close();
  });
});
