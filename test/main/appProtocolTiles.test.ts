import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import { TILE_PATH_PREFIX, type BasemapState } from '@shared/contract/calls/basemap';
import { contentSecurityPolicy } from '@shared/security/csp';
import { registerAppProtocol } from '../../electron/main/appProtocol';
import { describeTileFile } from '../../electron/engine/tiles/openTileArchive';
import { TileService } from '../../electron/engine/tiles/tileService';
import { solidPng, writeMbtiles } from '../fixtures/tiles/tileFiles';
import { tempDir } from '../helpers/tempDir';

const PNG = solidPng([10, 20, 30], 4);

async function appWithTiles() {
  const dir = tempDir();
  const build = path.join(dir, 'renderer');
  fs.mkdirSync(build);
  fs.writeFileSync(path.join(build, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ forMetaTag: true }).replace(/'/g, '&#39;')}"><title>Fenlight</title>`);
  const file = path.join(dir, 'county.mbtiles');
  writeMbtiles(file, { tiles: [{ z: 3, x: 4, y: 2, data: PNG }], metadata: { format: 'png' } });
  const state: BasemapState = { source: 'file', file: await describeTileFile(file), tileServer: { url: '', enabled: false } };
  const tiles = new TileService();
  tiles.use(state);
  let handler: ((request: Request) => Promise<Response>) | undefined;
  registerAppProtocol({ handle: (_s: string, fn: typeof handler) => (handler = fn) } as unknown as Protocol, build, tiles);
  const fetchApp = (url: string, method = 'GET') => handler!({ method, url } as Request);
  return { fetchApp, tiles, state, key: state.file!.key };
}

describe('app:// tile route', () => {
  it('serves tiles of the chosen file on the app origin, with the CSP', async () => {
    const { fetchApp, key, tiles } = await appWithTiles();
    const tile = await fetchApp(`app://fenlight${TILE_PATH_PREFIX}${key}/3/4/2`);
    expect(tile.status).toBe(200);
    expect(tile.headers.get('content-type')).toBe('image/png');
    expect(tile.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(Buffer.from(await tile.arrayBuffer())).toEqual(PNG);
    expect((await fetchApp(`app://fenlight${TILE_PATH_PREFIX}${key}/3/4/3`)).status).toBe(204);
    await tiles.close();
  });

  it('refuses tile paths that try to leave the route, and tiles on another host', async () => {
    const { fetchApp, key, tiles } = await appWithTiles();
    expect((await fetchApp(`app://fenlight${TILE_PATH_PREFIX}${key}/3/4/..%2f..%2f..%2fcounty.mbtiles`)).status).toBe(400);
    expect((await fetchApp(`app://fenlight${TILE_PATH_PREFIX}${key}/3/4/2%00`)).status).toBe(400);
    expect((await fetchApp(`app://fenlight${TILE_PATH_PREFIX}..%2f..%2fcounty.mbtiles`)).status).toBe(400);
    expect((await fetchApp(`app://evil${TILE_PATH_PREFIX}${key}/3/4/2`)).status).toBe(403);
    await tiles.close();
  });

  it('opens the CSP header and the page policy to the tile server only while it is switched on', async () => {
    const { fetchApp, tiles, state } = await appWithTiles();
    const pageAllows = async (origin: string) => {
      const page = await fetchApp('app://fenlight/index.html');
      return [page.headers.get('content-security-policy')!.includes(origin), (await page.text()).includes(origin)];
    };
    const url = 'https://tiles.cambs.police.uk/{z}/{x}/{y}.png';
    tiles.use({ ...state, tileServer: { url, enabled: false } });
    expect(await pageAllows('https://tiles.cambs.police.uk')).toEqual([false, false]);
    tiles.use({ ...state, tileServer: { url, enabled: true } });
    expect(await pageAllows('https://tiles.cambs.police.uk')).toEqual([true, true]);
    const policy = (await fetchApp('app://fenlight/index.html')).headers.get('content-security-policy')!;
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.cambs.police.uk;");
    expect(policy).toContain("connect-src 'self' https://tiles.cambs.police.uk;");
    expect(policy).toContain("script-src 'self';");
    await tiles.close();
  });
});
