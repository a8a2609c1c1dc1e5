import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3-multiple-ciphers';
import { tileFormats, type TileFormat } from '@shared/contract/calls/basemap';
import { FenlightError } from '@shared/contract';
import { badTileFile, checkedBounds, isTileAddress, plainAttribution, schemaOf, type OpenOptions, type TileArchive } from './tileArchive';

/**
 * MBTiles 1.3: a plain (unencrypted) SQLite file with `metadata` (name, value) and `tiles`
 * (zoom_level, tile_column, tile_row, tile_data), rows numbered TMS-style from the south.
 * Opened read-only: Fenlight never writes to the analyst's tile file.
 */
export function openMbtiles(filePath: string, options: OpenOptions = {}): TileArchive {
  let db: Database.Database;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch {
    throw new FenlightError('NOT_FOUND', `Fenlight cannot open ${filePath}. Check the file is still there and you may read it.`);
  }
  try {
    const info = readInfo(db, filePath);
    const statement = db.prepare<[number, number, number], { tile_data: Buffer | null }>(
      'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    );
    return {
      info,
      getTile: (z, x, y) => {
        if (!isTileAddress(z, x, y)) return Promise.resolve(null);
        // MBTiles counts rows from the south (TMS); MapLibre asks from the north (XYZ).
        const row = statement.get(z, x, 2 ** z - 1 - y);
        return Promise.resolve(row?.tile_data ? unzipped(row.tile_data) : null);
      },
      close: () => {
        db.close();
        return Promise.resolve();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function readInfo(db: Database.Database, filePath: string) {
  let tables: string[];
  try {
    tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name IN ('metadata', 'tiles')")
      .all()
      .map((row) => row.name);
  } catch {
    throw badTileFile(filePath, 'it is not an MBTiles file (it is not a readable SQLite database; an encrypted vault cannot be used either).');
  }
  for (const table of ['metadata', 'tiles']) {
    if (!tables.includes(table)) throw badTileFile(filePath, `it is not an MBTiles file (it has no "${table}" table).`);
  }
  const metadata = new Map<string, string>();
  try {
    for (const row of db.prepare<[], { name: unknown; value: unknown }>('SELECT name, value FROM metadata').all()) {
      if (typeof row.name === 'string' && row.value !== null) metadata.set(row.name, String(row.value));
    }
  } catch {
    throw badTileFile(filePath, 'its "metadata" table does not have the name and value columns MBTiles requires.');
  }
  const format = tileFormatOf(filePath, metadata.get('format'));
  const zooms = zoomRange(db, filePath, metadata);
  return {
    container: 'mbtiles' as const,
    format,
    schema: schemaOf(filePath, format, vectorLayerIds(metadata.get('json'))),
    ...zooms,
    bounds: checkedBounds(filePath, metadata.has('bounds') ? metadata.get('bounds')!.split(',').map((part) => Number(part.trim())) : null),
    attribution: plainAttribution(metadata.get('attribution')),
  };
}

function tileFormatOf(filePath: string, raw: string | undefined): TileFormat {
  const format = raw?.trim().toLowerCase() === 'jpeg' ? 'jpg' : raw?.trim().toLowerCase();
  if (!format) throw badTileFile(filePath, 'its metadata does not say which format its tiles are in (pbf, png, jpg or webp).');
  if (!(tileFormats as readonly string[]).includes(format)) {
    throw new FenlightError('UNSUPPORTED', `${path.basename(filePath)} holds "${format.slice(0, 20)}" tiles; Fenlight can show pbf (vector), png, jpg and webp tiles.`);
  }
  return format as TileFormat;
}

function zoomRange(db: Database.Database, filePath: string, metadata: Map<string, string>): { minzoom: number; maxzoom: number } {
  let stored: { low: number | null; high: number | null } | undefined;
  try {
    stored = db.prepare<[], { low: number | null; high: number | null }>('SELECT min(zoom_level) AS low, max(zoom_level) AS high FROM tiles').get();
  } catch {
    throw badTileFile(filePath, 'its "tiles" table does not have the columns MBTiles requires.');
  }
  if (stored?.low === null || stored?.low === undefined || stored.high === null) throw badTileFile(filePath, 'it holds no tiles.');
  const declared = (name: string, fallback: number) => {
    const value = Number(metadata.get(name));
    return metadata.has(name) && Number.isInteger(value) && value >= 0 && value <= 30 ? value : fallback;
  };
  return { minzoom: declared('minzoom', stored.low), maxzoom: declared('maxzoom', stored.high) };
}

function vectorLayerIds(json: string | undefined): string[] | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as { vector_layers?: Array<{ id?: unknown }> };
    return Array.isArray(parsed.vector_layers) ? parsed.vector_layers.map((layer) => String(layer.id)) : null;
  } catch {
    return null;
  }
}

/** Vector MBTiles are usually gzipped; MapLibre reads plain protobuf. */
function unzipped(data: Buffer): Uint8Array {
  return data.length > 2 && data[0] === 0x1f && data[1] === 0x8b ? zlib.gunzipSync(data) : data;
}
