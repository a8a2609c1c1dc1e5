import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Compression, PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import type { TileFormat } from '@shared/contract/calls/basemap';
import { FenlightError } from '@shared/contract';
import { badTileFile, checkedBounds, isTileAddress, plainAttribution, schemaOf, type TileArchive, type TileArchiveInfo } from './tileArchive';

const HEADER_LENGTH = 127;

/** The pmtiles package reads through a Source; this one reads the local file, never fetch. */
class LocalFileSource implements Source {
  constructor(
    private readonly handle: fs.promises.FileHandle,
    private readonly key: string,
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    const data = new ArrayBuffer(bytesRead);
    new Uint8Array(data).set(buffer.subarray(0, bytesRead));
    return { data };
  }
}

const FORMATS: Partial<Record<TileType, TileFormat>> = {
  [TileType.Mvt]: 'pbf',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
};

/** Node's zlib instead of the browser's DecompressionStream: same result, no stream plumbing. */
async function decompress(data: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  if (compression === Compression.None || compression === Compression.Unknown) return data;
  if (compression !== Compression.Gzip) throw new Error('Unsupported compression');
  const out = zlib.gunzipSync(Buffer.from(data));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** PMTiles version 3: a 127-byte header, directories and tiles, all in the one file. */
export async function openPmtiles(filePath: string): Promise<TileArchive> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(filePath, 'r');
  } catch {
    throw new FenlightError('NOT_FOUND', `Fenlight cannot open ${filePath}. Check the file is still there and you may read it.`);
  }
  try {
    const start = Buffer.alloc(HEADER_LENGTH);
    const { bytesRead } = await handle.read(start, 0, HEADER_LENGTH, 0);
    if (bytesRead < 8 || start.subarray(0, 7).toString('latin1') !== 'PMTiles') {
      throw badTileFile(filePath, 'it is not a PMTiles file (it does not start with the PMTiles signature).');
    }
    if (start[7] !== 3) throw badTileFile(filePath, `it is a version ${start[7]} PMTiles file; Fenlight reads version 3. Convert it with the pmtiles tool.`);
    if (bytesRead < HEADER_LENGTH) throw badTileFile(filePath, 'the file is cut short (its header is incomplete).');
    const archive = new PMTiles(new LocalFileSource(handle, filePath), undefined, decompress);
    const info = await readInfo(archive, filePath);
    return {
      info,
      getTile: async (z, x, y) => {
        if (!isTileAddress(z, x, y)) return null;
        const tile = await archive.getZxy(z, x, y);
        return tile ? new Uint8Array(tile.data) : null;
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readInfo(archive: PMTiles, filePath: string): Promise<TileArchiveInfo> {
  let header: Awaited<ReturnType<PMTiles['getHeader']>>;
  try {
    header = await archive.getHeader();
  } catch {
    throw badTileFile(filePath, 'its header or tile directory is damaged.');
  }
  const format = FORMATS[header.tileType as TileType];
  if (!format) {
    throw new FenlightError('UNSUPPORTED', `${path.basename(filePath)} holds tiles of a kind Fenlight cannot show; it shows vector (MVT), PNG, JPEG and WebP tiles.`);
  }
  for (const compression of [header.internalCompression, header.tileCompression]) {
    if (compression !== Compression.None && compression !== Compression.Gzip && compression !== Compression.Unknown) {
      throw new FenlightError('UNSUPPORTED', `${path.basename(filePath)} is compressed with Brotli or Zstandard; Fenlight reads PMTiles compressed with gzip or not at all.`);
    }
  }
  let metadata: { vector_layers?: Array<{ id?: unknown }>; attribution?: unknown } = {};
  try {
    metadata = ((await archive.getMetadata()) ?? {}) as typeof metadata;
  } catch {
    // Metadata is optional for image tiles; vector tiles without it are refused by schemaOf.
  }
  const layerIds = Array.isArray(metadata.vector_layers) ? metadata.vector_layers.map((layer) => String(layer.id)) : null;
  const hasBounds = header.minLon !== 0 || header.minLat !== 0 || header.maxLon !== 0 || header.maxLat !== 0;
  return {
    container: 'pmtiles',
    format,
    schema: schemaOf(filePath, format, layerIds),
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: checkedBounds(filePath, hasBounds ? [header.minLon, header.minLat, header.maxLon, header.maxLat] : null),
    attribution: plainAttribution(metadata.attribution),
  };
}
