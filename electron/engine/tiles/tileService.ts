import { TILE_PATH_PREFIX, type BasemapFile, type BasemapState, type TileFormat } from '@shared/contract/calls/basemap';
import { checkTileServerUrl } from '@shared/security/tileServerUrl';
import { openTileArchive } from './openTileArchive';
import type { OpenOptions, TileArchive } from './tileArchive';

export interface TileHttpResponse {
  status: 200 | 204 | 400 | 404 | 405;
  /** Content type and caching only; the caller adds its usual security headers. */
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const CONTENT_TYPES: Record<TileFormat, string> = {
  pbf: 'application/x-protobuf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};

// Key, zoom, column and row; nothing else (no dots, no encoded characters) can match.
const TILE_PATH = /^([0-9a-f]{16})\/(\d{1,2})\/(\d{1,10})\/(\d{1,10})$/;

/**
 * Serves the chosen tile file under TILE_PATH_PREFIX, for the app:// protocol handler in
 * Electron and the harness's HTTP server alike. It knows the basemap setting (given to it by
 * whoever relays the engine's `basemap.changed`), opens the file read-only on first use, and
 * logs nothing: which places an analyst looks at is nobody's business.
 */
export class TileService {
  private state: BasemapState | null = null;
  private open: { key: string; archive: Promise<TileArchive | null> } | null = null;

  constructor(private readonly options: OpenOptions = {}) {}

  /** The basemap setting changed: a different file is opened when first asked for. */
  use(state: BasemapState): void {
    this.state = state;
    if (this.open && this.open.key !== state.file?.key) void this.closeArchive();
  }

  /** The force tile server's origin when the analyst has switched it on, for the CSP. */
  tileServerOrigin(): string | undefined {
    const server = this.state?.tileServer;
    if (!server?.enabled) return undefined;
    const checked = checkTileServerUrl(server.url);
    return checked.ok ? checked.origin : undefined;
  }

  /** Whether a request path is ours to answer (anything under the tiles prefix). */
  static handles(pathname: string): boolean {
    return pathname.startsWith(TILE_PATH_PREFIX);
  }

  async respond(method: string, pathname: string): Promise<TileHttpResponse> {
    if (method !== 'GET' && method !== 'HEAD') return empty(405);
    const match = TILE_PATH.exec(pathname.slice(TILE_PATH_PREFIX.length));
    if (!match) return empty(400);
    const file = this.state?.file;
    if (!file || file.key !== match[1]) return empty(404);
    const archive = await this.archiveFor(file);
    if (!archive) return empty(404);
    let tile: Uint8Array | null;
    try {
      tile = await archive.getTile(Number(match[2]), Number(match[3]), Number(match[4]));
    } catch {
      tile = null;
    }
    // A tile the file lacks is empty (204): MapLibre draws nothing there, and the browser logs no
    // failed load for what is only a gap in the file's coverage.
    if (!tile || tile.length === 0) return empty(204);
    return { status: 200, headers: { 'content-type': CONTENT_TYPES[file.format], 'cache-control': 'no-store' }, body: method === 'HEAD' ? null : tile };
  }

  async close(): Promise<void> {
    await this.closeArchive();
  }

  private archiveFor(file: BasemapFile): Promise<TileArchive | null> {
    if (!this.open || this.open.key !== file.key) {
      void this.closeArchive();
      // A file that has gone or changed since it was chosen answers 404s, not errors.
      this.open = { key: file.key, archive: openTileArchive(file.path, this.options).catch(() => null) };
    }
    return this.open.archive;
  }

  private async closeArchive(): Promise<void> {
    const previous = this.open;
    this.open = null;
    const archive = await previous?.archive;
    await archive?.close();
  }
}

function empty(status: TileHttpResponse['status']): TileHttpResponse {
  return { status, headers: { 'cache-control': 'no-store' }, body: null };
}
