import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy, withMetaPolicy } from '@shared/security/csp';
import { TileService } from '../engine/tiles/tileService';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type StaticResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 | 405 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pbf': 'application/x-protobuf',
  '.geojson': 'application/geo+json',
  '.wasm': 'application/wasm',
};

/**
 * Maps a URL path (still percent-encoded) to a file inside `rootDir`, refusing anything that
 * could escape it: `..` (plain or percent-encoded), encoded slashes, backslashes and NUL bytes.
 * Shared by the app:// handler and the browser harness.
 */
export function resolveStaticPath(rootDir: string, rawPath: string): StaticResolution {
  if (/%2f|%5c|%00/i.test(rawPath) || rawPath.includes('\\')) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment === '..')) return { ok: false, status: 403 };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/** Maps an app:// request to a file of the renderer build; other hosts and methods are refused. */
export function resolveAppRequest(rootDir: string, method: string, requestUrl: string): StaticResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  return resolveStaticPath(rootDir, url.pathname);
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Headers on every app:// response: the CSP and no MIME sniffing. `tileServer` is the force
 * tile server's origin, only while the analyst has switched it on.
 */
export function appResponseHeaders(filePath: string, tileServer?: string): Record<string, string> {
  return {
    'content-type': contentTypeFor(filePath),
    'content-security-policy': contentSecurityPolicy(tileServer ? { tileServer } : {}),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

/** Detailed basemap tiles, read from the chosen file by the shared tile service (never logged). */
async function tileResponse(tiles: TileService, request: Request, tileServer: string | undefined): Promise<Response> {
  const answer = await tiles.respond(request.method, new URL(request.url).pathname);
  const headers = { ...answer.headers, 'content-security-policy': contentSecurityPolicy(tileServer ? { tileServer } : {}), 'x-content-type-options': 'nosniff' };
  return new Response(answer.body as Uint8Array<ArrayBuffer> | null, { status: answer.status, headers });
}

function isTileRequest(requestUrl: string): boolean {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && TileService.handles(url.pathname);
  } catch {
    return false;
  }
}

export function registerAppProtocol(protocol: Protocol, rootDir: string, tiles?: TileService): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const tileServer = tiles?.tileServerOrigin();
    if (tiles && isTileRequest(request.url)) return tileResponse(tiles, request, tileServer);
    const resolution = resolveAppRequest(rootDir, request.method, request.url);
    if (!resolution.ok) return new Response(null, { status: resolution.status });
    try {
      const realRoot = await fs.promises.realpath(rootDir);
      const realFile = await fs.promises.realpath(resolution.filePath);
      // A symlink inside the build must not lead outside it either.
      if (!realFile.startsWith(realRoot + path.sep)) return new Response(null, { status: 403 });
      const body = await fs.promises.readFile(realFile);
      const headers = appResponseHeaders(realFile, tileServer);
      // The page's <meta> policy must open for the tile server too, or it would still block it.
      if (path.basename(realFile) === 'index.html') return new Response(withMetaPolicy(body.toString('utf8'), contentSecurityPolicy({ forMetaTag: true, ...(tileServer ? { tileServer } : {}) })), { status: 200, headers });
      return new Response(body, { status: 200, headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
