import path from 'node:path';
import type { TileFormat, TileSchema } from '@shared/contract/calls/basemap';
import { FenlightError } from '@shared/contract';

/** What a detailed basemap file holds, as read from its own header or metadata. */
export interface TileArchiveInfo {
  container: 'mbtiles' | 'pmtiles';
  format: TileFormat;
  schema: TileSchema;
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number] | null;
  attribution: string;
}

/** One open tile file. Tiles come back decompressed (MapLibre wants plain protobuf). */
export interface TileArchive {
  readonly info: TileArchiveInfo;
  /** XYZ numbering (y down from the north), as MapLibre asks; null when the file has no such tile. */
  getTile(z: number, x: number, y: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The Electron build of the SQLite module, when running inside Electron. */
  nativeBinding?: string;
}

/** A file the analyst chose that Fenlight cannot use: said in their words, naming the file. */
export function badTileFile(filePath: string, why: string): FenlightError {
  return new FenlightError('INVALID_INPUT', `${path.basename(filePath)} cannot be used as a basemap: ${why}`);
}

/** Which bundled style fits the vector layers a file declares, if either does. */
export function schemaOf(filePath: string, format: TileFormat, layerIds: readonly string[] | null): TileSchema {
  if (format !== 'pbf') return 'raster';
  if (!layerIds || layerIds.length === 0) {
    throw badTileFile(filePath, 'its metadata does not list its vector layers, so Fenlight cannot tell which map style fits it.');
  }
  const has = (id: string) => layerIds.includes(id);
  if (has('transportation') || (has('water') && has('landcover') && has('place'))) return 'openmaptiles';
  if (has('roads') && (has('earth') || has('places'))) return 'protomaps';
  throw new FenlightError(
    'UNSUPPORTED',
    `${path.basename(filePath)} holds vector tiles with layers Fenlight has no map style for (${layerIds.slice(0, 8).join(', ')}). ` +
      'Fenlight draws OpenMapTiles and Protomaps vector tiles, and image (PNG, JPEG, WebP) tiles.',
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©' };

/**
 * The file's credit as plain text: tile files often carry HTML links here, and untrusted
 * markup is never rendered, so tags are dropped and the common entities decoded.
 */
export function plainAttribution(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10) || 32);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[\p{Cc}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** Bounds as [west, south, east, north], or null when absent; nonsense is an error. */
export function checkedBounds(filePath: string, values: readonly number[] | null): [number, number, number, number] | null {
  if (!values) return null;
  const [west, south, east, north] = values;
  const valid =
    values.length === 4 &&
    values.every(Number.isFinite) &&
    west! >= -180 && east! <= 180 && south! >= -90 && north! <= 90 && west! < east! && south! < north!;
  if (!valid) throw badTileFile(filePath, 'the area it says it covers (its bounds) is not a valid longitude and latitude box.');
  return [west!, south!, east!, north!];
}

/** Whether z/x/y names a tile that can exist (MapLibre never asks otherwise; a crafted URL might). */
export function isTileAddress(z: number, x: number, y: number): boolean {
  return Number.isInteger(z) && z >= 0 && z <= 30 && Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z;
}
