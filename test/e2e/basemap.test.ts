import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { solidPng, squareVectorTile, writeMbtiles, type FixtureTile, type Rgb } from '../fixtures/tiles/tileFiles';
import { checkAccessibility, createVaultInUi, foreignRequests, openWorkbench, saveScreenshot, writeRequestLog, type Session } from './support/session';

const chromiumPath = inject('chromiumPath');

/** A colour no built-in layer uses, so finding it on the canvas means the file's tiles were drawn. */
const TILE_COLOUR: Rgb = [200, 30, 160];
const WATER_LIGHT: Rgb = [0xa9, 0xcf, 0xe9];
const BOUNDS = { west: -0.6, south: 51.9, east: 0.6, north: 52.85 };
const ZOOMS = [6, 7, 8, 9, 10, 11];

function tileColumn(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

function tileRow(lat: number, z: number): number {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

/** Every tile inside the bounds at each zoom, so the map never asks for one the file lacks. */
function rasterTiles(): FixtureTile[] {
  const png = solidPng(TILE_COLOUR);
  const tiles: FixtureTile[] = [];
  for (const z of ZOOMS) {
    for (let x = tileColumn(BOUNDS.west, z); x <= tileColumn(BOUNDS.east, z); x += 1) {
      for (let y = tileRow(BOUNDS.north, z); y <= tileRow(BOUNDS.south, z); y += 1) tiles.push({ z, x, y, data: png });
    }
  }
  return tiles;
}

/** The share of the map canvas in one colour; the canvas keeps its drawing (preserveDrawingBuffer). */
function shareOfColour(page: Session['page'], colour: Rgb): Promise<number> {
  return page.evaluate(([r, g, b]) => {
    const drawn = document.querySelector<HTMLCanvasElement>('.map-canvas canvas')!;
    const copy = document.createElement('canvas');
    copy.width = drawn.width;
    copy.height = drawn.height;
    const context = copy.getContext('2d')!;
    context.drawImage(drawn, 0, 0);
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
    let matching = 0;
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      if (Math.abs(pixels[i]! - r) < 8 && Math.abs(pixels[i + 1]! - g) < 8 && Math.abs(pixels[i + 2]! - b) < 8) matching += 1;
    }
    return matching / (pixels.length / (4 * 7));
  }, colour);
}

describe.skipIf(!chromiumPath)('detailed basemap in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;
  let folder: string;
  let file: string;
  const missing: string[] = [];

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-tiles-'));
    file = path.join(folder, 'county-raster.mbtiles');
    writeMbtiles(file, {
      tiles: rasterTiles(),
      metadata: {
        name: 'County raster',
        format: 'png',
        bounds: `${BOUNDS.west},${BOUNDS.south},${BOUNDS.east},${BOUNDS.north}`,
        minzoom: String(ZOOMS[0]),
        maxzoom: String(ZOOMS.at(-1)),
        attribution: '<a href="https://example.org">Force GIS team</a>',
      },
    });
    session = await openWorkbench(chromiumPath);
    session.page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await createVaultInUi(session.page);
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Map' }).click();
    await page.locator('.map-canvas canvas').waitFor();
  });

  afterAll(async () => {
    if (session) {
      writeRequestLog(session, 'basemap');
      await session.close();
    }
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows a chosen raster MBTiles file, reading its tiles through the app origin', async () => {
    const { page } = session;
    const map = page.getByRole('region', { name: 'Map' });
    await map.getByRole('button', { name: 'Layers' }).click();
    const panel = page.getByRole('region', { name: 'Basemap' });
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Showing the built-in outline map of Cambridgeshire and Peterborough.');

    session.harness.dialogs.choose(file);
    await panel.getByRole('button', { name: 'Detailed file…' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Showing county-raster.mbtiles (map images, zoom 6–11), read from this computer.');
    expect(await panel.getByRole('radio', { name: 'Detailed file', exact: true }).isChecked()).toBe(true);

    const tileRequests = () => session.requests.filter((url) => url.startsWith(`${session.harness.origin}/__fenlight/tiles/`));
    await expect.poll(() => tileRequests().length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(tileRequests().every((url) => /\/__fenlight\/tiles\/[0-9a-f]{16}\/\d+\/\d+\/\d+$/.test(url))).toBe(true);

    await expect.poll(() => shareOfColour(page, TILE_COLOUR), { timeout: 20_000 }).toBeGreaterThan(0.3);
    expect(await page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('Force GIS team');
    await saveScreenshot(page, 'basemap-detailed-file');
    expect(await checkAccessibility(page, 'basemap')).toEqual([]);
  });

  it('draws an OpenMapTiles vector file with the bundled style', async () => {
    const { page } = session;
    const vectorFile = path.join(folder, 'streets.mbtiles');
    const layers = ['water', 'landcover', 'transportation', 'place'].map((id) => ({ id }));
    writeMbtiles(vectorFile, {
      tiles: [{ z: 0, x: 0, y: 0, data: zlib.gzipSync(squareVectorTile('water', { class: 'lake' })) }],
      metadata: { name: 'Streets', format: 'pbf', minzoom: '0', maxzoom: '0', json: JSON.stringify({ vector_layers: layers }), attribution: '© OpenMapTiles' },
    });
    const panel = page.getByRole('region', { name: 'Basemap' });
    session.harness.dialogs.choose(vectorFile);
    await panel.getByRole('button', { name: 'Detailed file…' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Showing streets.mbtiles (street map, OpenMapTiles, zoom 0–0), read from this computer.');
    // The light style's water colour (DETAILED_PALETTES.light.water), from the one square in the file.
    await expect.poll(() => shareOfColour(page, WATER_LIGHT), { timeout: 20_000 }).toBeGreaterThan(0.3);
    await saveScreenshot(page, 'basemap-vector-file');
  });

  it('goes back to the built-in map', async () => {
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Basemap' });
    await panel.getByRole('radio', { name: 'Built-in' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Showing the built-in outline map of Cambridgeshire and Peterborough.');
    const settings = await page.evaluate(() => window.fenlight.call('basemap.get', {}));
    expect(settings).toMatchObject({ ok: true, value: { source: 'builtin', file: { name: 'streets.mbtiles' } } });
  });

  it('made no request outside the app’s origin, and broke no security policy', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(missing).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
