import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy, withMetaPolicy } from '@shared/security/csp';
import type { BasemapState } from '@shared/contract/calls/basemap';
import { decodeWire, encodeWire } from '@shared/contract/wireCodec';
import { EngineHost } from '../../electron/engine/host/engineHost';
import { TileService } from '../../electron/engine/tiles/tileService';
import { readBuildInfo } from '../../electron/engine/buildInfo';
import { routeCall } from '../../electron/main/callRouter';
import { contentTypeFor, resolveStaticPath } from '../../electron/main/appProtocol';
import { BUILT_ENGINE, BUILT_RENDERER, REPO_ROOT, ensureBuilt } from './ensureBuilt';
import { BRIDGE_SCRIPT_PATH, BRIDGE_SOCKET_PATH, type BridgeMessage, type BridgeRequest } from './protocol';
import { DialogAnswers, harnessShellHandlers } from './shellHandlers';

export interface HarnessOptions {
  /** Fenlight's data folder for this run (settings, and vaults by default). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  log?: (line: string) => void;
}

export interface Harness {
  /** Open this URL (it carries the per-run token in its fragment). */
  url: string;
  origin: string;
  dialogs: DialogAnswers;
  close(): Promise<void>;
}

function bundleBridgeScript(): string {
  const result = buildSync({
    entryPoints: [path.join(__dirname, 'browser/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    alias: { '@shared': path.join(REPO_ROOT, 'shared') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Development and tests only, never packaged: serves the built renderer on 127.0.0.1 with a
 * bridge script giving the page the same window.fenlight as the preload, backed by the real
 * engine worker over a token-protected loopback WebSocket.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  ensureBuilt(log);
  const token = crypto.randomBytes(24).toString('base64url');
  const dialogs = new DialogAnswers();
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });

  const engine = await EngineHost.start({
    workerEntry: BUILT_ENGINE,
    engine: {
      dataFolder: dataDir,
      defaultVaultFolder: path.join(dataDir, 'vaults'),
      build: readBuildInfo(REPO_ROOT),
      runtime: `node ${process.versions.node} (harness)`,
    },
    log,
  });
  const targets = { engine: (name: string, input: unknown) => engine.call(name, input), shell: harnessShellHandlers(dialogs, log) };
  const bridgeScript = bundleBridgeScript();
  const indexHtml = fs
    .readFileSync(path.join(BUILT_RENDERER, 'index.html'), 'utf8')
    .replace('<script type="module"', `<script src="${BRIDGE_SCRIPT_PATH}"></script>\n    <script type="module"`);

  // The same tile service as the app's app:// handler, on the same path of this origin.
  const tiles = new TileService();
  const basemap = await engine.call('basemap.get', {});
  if (basemap.ok) tiles.use(basemap.value as BasemapState);

  const server = http.createServer((request, response) => {
    const tileServer = tiles.tileServerOrigin();
    const policy = (forMetaTag: boolean) => contentSecurityPolicy({ forMetaTag, ...(tileServer ? { tileServer } : {}) });
    const headers = { 'content-security-policy': policy(false), 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
    if (TileService.handles(rawPath)) {
      void tiles.respond(request.method, rawPath).then((answer) => response.writeHead(answer.status, { ...headers, ...answer.headers }).end(answer.body ?? undefined));
      return;
    }
    if (rawPath === BRIDGE_SCRIPT_PATH) {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(bridgeScript);
      return;
    }
    if (rawPath === '/' || rawPath === '/index.html') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(withMetaPolicy(indexHtml, policy(true)));
      return;
    }
    const resolved = resolveStaticPath(BUILT_RENDERER, rawPath);
    if (!resolved.ok) {
      response.writeHead(resolved.status, headers).end();
      return;
    }
    fs.readFile(resolved.filePath, (error, body) => {
      if (error) response.writeHead(404, headers).end();
      else response.writeHead(200, { ...headers, 'content-type': contentTypeFor(resolved.filePath) }).end(body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The harness could not open a port.');
  const origin = `http://127.0.0.1:${address.port}`;

  const sockets = new WebSocketServer({
    server,
    path: BRIDGE_SOCKET_PATH,
    // Only our page, with this run's token, may talk to the engine.
    verifyClient: ({ origin: requestOrigin, req }: { origin: string; req: http.IncomingMessage }) => {
      const given = new URL(req.url ?? '', origin).searchParams.get('token') ?? '';
      return requestOrigin === origin && tokensMatch(given, token);
    },
  });
  const clients = new Set<WebSocket>();
  const unsubscribe = engine.subscribe((event) => {
    if (event.name === 'basemap.changed') tiles.use(event.payload);
    const message = encodeWire({ type: 'event', event } satisfies BridgeMessage);
    for (const client of clients) client.send(message);
  });
  sockets.on('connection', (socket) => {
    clients.add(socket);
    socket.on('close', () => clients.delete(socket));
    socket.on('message', (data) => {
      let request: BridgeRequest;
      try {
        request = decodeWire(data.toString()) as BridgeRequest;
      } catch {
        return;
      }
      if (request.type !== 'call' || typeof request.id !== 'number') return;
      void routeCall(targets, request.name, request.input).then((result) =>
        socket.send(encodeWire({ type: 'result', id: request.id, result } satisfies BridgeMessage)),
      );
    });
  });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    dialogs,
    close: async () => {
      unsubscribe();
      for (const client of clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await engine.stop();
      await tiles.close();
    },
  };
}
