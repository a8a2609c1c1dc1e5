import { z } from 'zod';
import { call } from '../define';

/**
 * The map's basemap: the built-in offline one, a detailed tile file (MBTiles or PMTiles) read
 * on this computer, or, only by explicit opt-in, the force's own tile server. The choice is
 * Fenlight's own setting (kept outside every vault), and tile requests are never logged.
 */
export const basemapSources = ['builtin', 'file', 'server'] as const;
export type BasemapSource = (typeof basemapSources)[number];

/** Tile encodings a detailed file may hold: vector (Mapbox Vector Tile) or images. */
export const tileFormats = ['pbf', 'png', 'jpg', 'webp'] as const;
export type TileFormat = (typeof tileFormats)[number];

/** Which bundled style draws the file: one per vector schema, or the images as they are. */
export const tileSchemas = ['openmaptiles', 'protomaps', 'raster'] as const;
export type TileSchema = (typeof tileSchemas)[number];

export interface BasemapFile {
  path: string;
  /** The file's name, for the status line. */
  name: string;
  container: 'mbtiles' | 'pmtiles';
  format: TileFormat;
  schema: TileSchema;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] in degrees, when the file says. */
  bounds: [number, number, number, number] | null;
  /** The credit from the file's metadata as plain text (any HTML in it is dropped). */
  attribution: string;
  /** Changes whenever another file, or a changed file, is chosen; part of every tile URL. */
  key: string;
}

export interface TileServer {
  /** An https URL template with {z}, {x} and {y}; empty until one is entered. */
  url: string;
  /** The analyst's opt-in, after the warning; off by default. */
  enabled: boolean;
}

export interface BasemapState {
  source: BasemapSource;
  file: BasemapFile | null;
  tileServer: TileServer;
}

/** The URL path the app (app://) and the harness (http://127.0.0.1) serve tiles under. */
export const TILE_PATH_PREFIX = '/__fenlight/tiles/';

/** The tile URL template for MapLibre, on the page's own origin. */
export function tileUrlTemplate(origin: string, file: Pick<BasemapFile, 'key'>): string {
  return `${origin}${TILE_PATH_PREFIX}${file.key}/{z}/{x}/{y}`;
}

const noInput = z.strictObject({});

export const basemapCalls = {
  'basemap.get': call(noInput).returns<BasemapState>(),
  /** Checks a .mbtiles or .pmtiles file and shows it as the basemap. */
  'basemap.openFile': call(
    z.strictObject({ path: z.string({ error: 'Choose a tile file.' }).min(1, { error: 'Choose a tile file.' }).max(4096) }),
  ).returns<BasemapState>(),
  /** Switches between the built-in map, the chosen file and the tile server. */
  'basemap.use': call(
    z.strictObject({ source: z.enum(basemapSources, { error: 'The basemap is "builtin", "file" or "server".' }) }),
  ).returns<BasemapState>(),
  /** Settings → Map: the force tile server's URL and the analyst's opt-in. */
  'basemap.setTileServer': call(
    z.strictObject({
      url: z.string({ error: 'Enter the tile server address.' }).max(2048, { error: 'That address is too long.' }),
      enabled: z.boolean({ error: 'Say whether to use the tile server.' }),
    }),
  ).returns<BasemapState>(),
};
