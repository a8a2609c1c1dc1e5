import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TILE_PATH_PREFIX, type BasemapState } from '@shared/contract/calls/basemap';
import { describeTileFile } from '../../../electron/engine/tiles/openTileArchive';
import { TileService } from '../../../electron/engine/tiles/tileService';
import { solidPng, writeMbtiles } from '../../fixtures/tiles/tileFiles';
import { tempDir } from '../../helpers/tempDir';

const GREEN = solidPng([20, 160, 60], 4);

async function serviceWithFile(): Promise<{ tiles: TileService; state: BasemapState }> {
  const file = path.join(tempDir(), 'area.mbtiles');
  writeMbtiles(file, { tiles: [{ z: 2, x: 1, y: 1, data: GREEN }], metadata: { format: 'png' } });
  const state: BasemapState = { source: 'file', file: await describeTileFile(file), tileServer: { url: '', enabled: false } };
  const tiles = new TileService();
  tiles.use(state);
  return { tiles, state };
}

describe('the tile route shared by app:// and the harness', () => {
  it('serves a tile of the chosen file with its image type, and an empty answer for one it lacks', async () => {
    const { tiles, state } = await serviceWithFile();
    const ok = await tiles.respond('GET', `${TILE_PATH_PREFIX}${state.file!.key}/2/1/1`);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    expect(Buffer.from(ok.body!)).toEqual(GREEN);
    expect(await tiles.respond('GET', `${TILE_PATH_PREFIX}${state.file!.key}/2/1/2`)).toMatchObject({ status: 204, body: null });
    expect((await tiles.respond('HEAD', `${TILE_PATH_PREFIX}${state.file!.key}/2/1/1`)).body).toBeNull();
    await tiles.close();
  });

  it('refuses paths that are not a tile address, including attempts to climb out', async () => {
    const { tiles, state } = await serviceWithFile();
    const key = state.file!.key;
    for (const attempt of [`${key}/../../../etc/passwd`, `${key}/2/1/..%2f..%2fsecret`, `..%2F${key}/2/1/1`, `${key}/2/1/1.png`, `${key}/2/1`, 'x/2/1/1']) {
      expect((await tiles.respond('GET', `${TILE_PATH_PREFIX}${attempt}`)).status).toBe(400);
    }
    expect((await tiles.respond('POST', `${TILE_PATH_PREFIX}${key}/2/1/1`)).status).toBe(405);
    await tiles.close();
  });

  it('answers 404 for another file key, and once the basemap is back to built-in', async () => {
    const { tiles, state } = await serviceWithFile();
    expect((await tiles.respond('GET', `${TILE_PATH_PREFIX}${'0'.repeat(16)}/2/1/1`)).status).toBe(404);
    tiles.use({ ...state, source: 'builtin', file: null });
    expect((await tiles.respond('GET', `${TILE_PATH_PREFIX}${state.file!.key}/2/1/1`)).status).toBe(404);
    await tiles.close();
  });

  it('names the tile server origin for the CSP only while the analyst has it switched on', () => {
    const tiles = new TileService();
    expect(tiles.tileServerOrigin()).toBeUndefined();
    const server = { url: 'https://tiles.cambs.police.uk/osm/{z}/{x}/{y}.png', enabled: false };
    tiles.use({ source: 'builtin', file: null, tileServer: server });
    expect(tiles.tileServerOrigin()).toBeUndefined();
    tiles.use({ source: 'builtin', file: null, tileServer: { ...server, enabled: true } });
    expect(tiles.tileServerOrigin()).toBe('https://tiles.cambs.police.uk');
  });
});
