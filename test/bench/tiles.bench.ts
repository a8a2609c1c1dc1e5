import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TILE_PATH_PREFIX, type BasemapState } from '@shared/contract/calls/basemap';
import { describeTileFile } from '../../electron/engine/tiles/openTileArchive';
import { TileService } from '../../electron/engine/tiles/tileService';
import { writeMbtiles, writePmtiles, type FixtureTile } from '../fixtures/tiles/tileFiles';
import { percentile, type Benchmark, type Measurement } from './harness/runner';

/**
 * Detailed basemap: how long the shared tile service (app:// in Electron, the harness's HTTP
 * route in tests) takes to answer one tile from an MBTiles and a PMTiles file covering the force
 * area at zoom 6–13 (no DESIGN.md budget; a map view asks for a dozen or two tiles at a time).
 */
const FOLDER = path.resolve(__dirname, '../../.bench-data', 'tiles');
const ZOOMS = [6, 7, 8, 9, 10, 11, 12, 13];
const AREA = { west: -0.55, south: 51.95, east: 0.57, north: 52.79 };
const REQUESTS = 3_000;

const column = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const row = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

function areaTiles(): FixtureTile[] {
  const tiles: FixtureTile[] = [];
  for (const z of ZOOMS) {
    for (let x = column(AREA.west, z); x <= column(AREA.east, z); x += 1) {
      // 12 KB of noise per tile, about a JPEG street tile's size.
      for (let y = row(AREA.north, z); y <= row(AREA.south, z); y += 1) tiles.push({ z, x, y, data: crypto.randomBytes(12_000) });
    }
  }
  return tiles;
}

async function timeReads(file: string, tiles: FixtureTile[]): Promise<{ first: number; p50: number; p95: number }> {
  const state: BasemapState = { source: 'file', file: await describeTileFile(file), tileServer: { url: '', enabled: false } };
  const service = new TileService();
  service.use(state);
  const url = (tile: FixtureTile) => `${TILE_PATH_PREFIX}${state.file!.key}/${tile.z}/${tile.x}/${tile.y}`;
  const started = performance.now();
  await service.respond('GET', url(tiles[0]!));
  const first = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const tile = tiles[Math.floor(Math.random() * tiles.length)]!;
    const at = performance.now();
    const answer = await service.respond('GET', url(tile));
    samples.push(performance.now() - at);
    if (answer.status !== 200) throw new Error(`Tile ${url(tile)} answered ${answer.status}.`);
  }
  await service.close();
  return { first, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export const tileBenchmarks: Benchmark[] = [
  {
    name: 'basemap tiles (MBTiles and PMTiles, force area z6–13)',
    async run(): Promise<Measurement[]> {
      fs.rmSync(FOLDER, { recursive: true, force: true });
      fs.mkdirSync(FOLDER, { recursive: true });
      const tiles = areaTiles();
      const mbtiles = path.join(FOLDER, 'area.mbtiles');
      const pmtiles = path.join(FOLDER, 'area.pmtiles');
      writeMbtiles(mbtiles, { tiles, metadata: { format: 'jpg', bounds: `${AREA.west},${AREA.south},${AREA.east},${AREA.north}` } });
      writePmtiles(pmtiles, { tiles, tileType: 3, metadata: {}, bounds: [AREA.west, AREA.south, AREA.east, AREA.north] });
      const measurements: Measurement[] = [{ label: 'tiles in each file', value: tiles.length, unit: 'count' }];
      for (const [kind, file] of [['MBTiles', mbtiles], ['PMTiles', pmtiles]] as const) {
        const timed = await timeReads(file, tiles);
        measurements.push(
          { label: `${kind}: first tile (opens the file)`, value: timed.first, unit: 'ms' },
          { label: `${kind}: one tile, p50`, value: timed.p50, unit: 'ms' },
          { label: `${kind}: one tile, p95`, value: timed.p95, unit: 'ms' },
        );
      }
      fs.rmSync(FOLDER, { recursive: true, force: true });
      return measurements;
    },
  },
];
