import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeTileFile, openTileArchive } from '../../../electron/engine/tiles/openTileArchive';
import { plainAttribution } from '../../../electron/engine/tiles/tileArchive';
import { solidPng, writeMbtiles, writePmtiles, type FixtureTile } from '../../fixtures/tiles/tileFiles';
import { tempDir } from '../../helpers/tempDir';

const RED = solidPng([200, 30, 30], 4);
const BLUE = solidPng([30, 30, 200], 4);
const OMT_LAYERS = JSON.stringify({ vector_layers: [{ id: 'water' }, { id: 'landcover' }, { id: 'transportation' }, { id: 'place' }] });
const RASTER_META = { name: 'Test', format: 'png', bounds: '-0.5,52.0,0.5,52.7', attribution: '<a href="https://example.org">&copy; Example</a> contributors' };

/** z1: red at the north-west tile (x0, y0 from the north), blue at the south-west one. */
const twoTiles: FixtureTile[] = [
  { z: 1, x: 0, y: 0, data: RED },
  { z: 1, x: 0, y: 1, data: BLUE },
];

async function tileOf(file: string, z: number, x: number, y: number) {
  const archive = await openTileArchive(file);
  try {
    return await archive.getTile(z, x, y);
  } finally {
    await archive.close();
  }
}

describe('MBTiles files', () => {
  it('reads image tiles by XYZ number, flipping the TMS rows MBTiles stores', async () => {
    const file = path.join(tempDir(), 'area.mbtiles');
    writeMbtiles(file, { tiles: twoTiles, metadata: RASTER_META });
    expect(Buffer.from((await tileOf(file, 1, 0, 0))!)).toEqual(RED);
    expect(Buffer.from((await tileOf(file, 1, 0, 1))!)).toEqual(BLUE);
    // The raw TMS row 1 at z1 is the northern tile, found only through the flip.
    expect(await tileOf(file, 1, 1, 0)).toBeNull();
  });

  it('describes the file from its metadata, with the credit as plain text', async () => {
    const file = path.join(tempDir(), 'area.mbtiles');
    writeMbtiles(file, { tiles: twoTiles, metadata: RASTER_META });
    const described = await describeTileFile(file);
    expect(described).toMatchObject({
      name: 'area.mbtiles',
      container: 'mbtiles',
      format: 'png',
      schema: 'raster',
      minzoom: 1,
      maxzoom: 1,
      bounds: [-0.5, 52, 0.5, 52.7],
      attribution: '© Example contributors',
    });
    expect(described.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives vector tiles unzipped and picks the OpenMapTiles style from the layer names', async () => {
    const file = path.join(tempDir(), 'streets.mbtiles');
    const protobuf = Buffer.from([0x1a, 0x05, 0x0a, 0x03, 0x66, 0x6f, 0x6f]);
    writeMbtiles(file, { tiles: [{ z: 0, x: 0, y: 0, data: zlib.gzipSync(protobuf) }], metadata: { format: 'pbf', json: OMT_LAYERS } });
    expect((await describeTileFile(file)).schema).toBe('openmaptiles');
    expect(Buffer.from((await tileOf(file, 0, 0, 0))!)).toEqual(protobuf);
  });

  it('answers null for tiles outside the file or outside the zoom level', async () => {
    const file = path.join(tempDir(), 'area.mbtiles');
    writeMbtiles(file, { tiles: twoTiles, metadata: RASTER_META });
    expect(await tileOf(file, 5, 3, 3)).toBeNull();
    expect(await tileOf(file, 1, 2, 0)).toBeNull();
    expect(await tileOf(file, 1, -1, 0)).toBeNull();
  });

  it('refuses files that are not MBTiles, saying why', async () => {
    const dir = tempDir();
    const notSqlite = path.join(dir, 'notes.mbtiles');
    fs.writeFileSync(notSqlite, 'These are my notes, not a map.'.repeat(200));
    await expect(openTileArchive(notSqlite)).rejects.toThrow(/notes\.mbtiles cannot be used as a basemap: it is not an MBTiles file \(it is not a readable SQLite database/);

    const noTiles = path.join(dir, 'no-tiles.mbtiles');
    writeMbtiles(noTiles, { tiles: [], metadata: RASTER_META, omit: 'tiles' });
    await expect(openTileArchive(noTiles)).rejects.toThrow(/it has no "tiles" table/);

    const empty = path.join(dir, 'empty.mbtiles');
    writeMbtiles(empty, { tiles: [], metadata: RASTER_META });
    await expect(openTileArchive(empty)).rejects.toThrow(/it holds no tiles/);

    const noFormat = path.join(dir, 'no-format.mbtiles');
    writeMbtiles(noFormat, { tiles: twoTiles, metadata: { name: 'x' } });
    await expect(openTileArchive(noFormat)).rejects.toThrow(/does not say which format its tiles are in/);

    const tiff = path.join(dir, 'tiff.mbtiles');
    writeMbtiles(tiff, { tiles: twoTiles, metadata: { format: 'tiff' } });
    await expect(openTileArchive(tiff)).rejects.toThrow(/holds "tiff" tiles; Fenlight can show pbf \(vector\), png, jpg and webp tiles/);

    const badBounds = path.join(dir, 'bounds.mbtiles');
    writeMbtiles(badBounds, { tiles: twoTiles, metadata: { format: 'png', bounds: '10,60,5,50' } });
    await expect(openTileArchive(badBounds)).rejects.toThrow(/bounds\) is not a valid longitude and latitude box/);

    const unknownVector = path.join(dir, 'other.mbtiles');
    writeMbtiles(unknownVector, { tiles: twoTiles, metadata: { format: 'pbf', json: JSON.stringify({ vector_layers: [{ id: 'parcels' }] }) } });
    await expect(openTileArchive(unknownVector)).rejects.toThrow(/layers Fenlight has no map style for \(parcels\)/);
  });

  it('refuses a missing file, a folder and other file types', async () => {
    const dir = tempDir();
    await expect(openTileArchive(path.join(dir, 'gone.mbtiles'))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/cannot find .*gone\.mbtiles/) });
    fs.mkdirSync(path.join(dir, 'folder.pmtiles'));
    await expect(openTileArchive(path.join(dir, 'folder.pmtiles'))).rejects.toThrow(/is a folder, not a tile file/);
    fs.writeFileSync(path.join(dir, 'map.geojson'), '{}');
    await expect(openTileArchive(path.join(dir, 'map.geojson'))).rejects.toThrow(/map\.geojson is not a tile file\. Choose an MBTiles \(\.mbtiles\) or PMTiles \(\.pmtiles\) file/);
  });
});

describe('PMTiles files', () => {
  const bounds: [number, number, number, number] = [-0.5, 52, 0.5, 52.7];

  it('reads image tiles from a version 3 file through the pmtiles package', async () => {
    const file = path.join(tempDir(), 'area.pmtiles');
    writePmtiles(file, { tiles: [...twoTiles, { z: 0, x: 0, y: 0, data: BLUE }], tileType: 2, metadata: { attribution: '© Ordnance Survey' }, bounds });
    expect(Buffer.from((await tileOf(file, 1, 0, 0))!)).toEqual(RED);
    expect(Buffer.from((await tileOf(file, 1, 0, 1))!)).toEqual(BLUE);
    expect(await tileOf(file, 1, 1, 1)).toBeNull();
    expect(await tileOf(file, 7, 0, 0)).toBeNull();
    expect(await describeTileFile(file)).toMatchObject({ container: 'pmtiles', format: 'png', schema: 'raster', minzoom: 0, maxzoom: 1, bounds, attribution: '© Ordnance Survey' });
  });

  it('picks the Protomaps style for Protomaps vector layers', async () => {
    const file = path.join(tempDir(), 'protomaps.pmtiles');
    const layers = ['earth', 'water', 'landuse', 'roads', 'buildings', 'places'].map((id) => ({ id }));
    writePmtiles(file, { tiles: [{ z: 0, x: 0, y: 0, data: Buffer.from([0x1a, 0x00]) }], tileType: 1, metadata: { vector_layers: layers }, bounds });
    expect(await describeTileFile(file)).toMatchObject({ format: 'pbf', schema: 'protomaps' });
  });

  it('refuses files without the PMTiles signature, other versions and other compressions', async () => {
    const dir = tempDir();
    const fake = path.join(dir, 'fake.pmtiles');
    fs.writeFileSync(fake, Buffer.alloc(300, 7));
    await expect(openTileArchive(fake)).rejects.toThrow(/fake\.pmtiles cannot be used as a basemap: it is not a PMTiles file/);

    const old = path.join(dir, 'old.pmtiles');
    writePmtiles(old, { tiles: twoTiles, tileType: 2, metadata: {}, bounds, version: 2 });
    await expect(openTileArchive(old)).rejects.toThrow(/version 2 PMTiles file; Fenlight reads version 3/);

    const brotli = path.join(dir, 'brotli.pmtiles');
    writePmtiles(brotli, { tiles: twoTiles, tileType: 2, metadata: {}, bounds, tileCompression: 3 });
    await expect(openTileArchive(brotli)).rejects.toThrow(/compressed with Brotli or Zstandard/);

    const avif = path.join(dir, 'avif.pmtiles');
    writePmtiles(avif, { tiles: twoTiles, tileType: 5, metadata: {}, bounds });
    await expect(openTileArchive(avif)).rejects.toThrow(/tiles of a kind Fenlight cannot show/);

    const short = path.join(dir, 'short.pmtiles');
    fs.writeFileSync(short, Buffer.concat([Buffer.from('PMTiles', 'latin1'), Buffer.from([3, 0, 0])]));
    await expect(openTileArchive(short)).rejects.toThrow(/cut short/);
  });
});

describe('tile file credits', () => {
  it('keeps the words and drops markup, so nothing from the file is rendered as HTML', () => {
    expect(plainAttribution('<a href="javascript:alert(1)" onclick="x()">&copy; OpenMapTiles</a> <img src=x onerror=alert(1)>© OSM')).toBe('© OpenMapTiles © OSM');
    expect(plainAttribution(42)).toBe('');
  });
});
