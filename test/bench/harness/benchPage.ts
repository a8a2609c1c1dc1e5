import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { contentSecurityPolicy } from '@shared/security/csp';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';

/**
 * A page for browser benchmarks: a small React entry (the real renderer code, imported by path)
 * built by Vite into .bench-data/<name>/ (never committed), served on loopback with the app's
 * Content-Security-Policy, and opened in Debian's Chromium with the e2e flags.
 */
const ROOT = path.resolve(__dirname, '../../..');

export interface BenchPageSource {
  /** Folder name under .bench-data/. */
  name: string;
  title: string;
  /** The page's main.tsx, given the repository root as a forward-slash path. */
  entry(root: string): string;
}

export const benchPageFolder = (name: string) => path.join(ROOT, '.bench-data', name);

/** Builds the page and returns the folder holding index.html and its assets. */
export async function buildBenchPage(source: BenchPageSource): Promise<string> {
  const folder = benchPageFolder(source.name);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${source.title}</title><link rel="icon" href="data:,"></head>
<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>`,
  );
  fs.writeFileSync(path.join(folder, 'main.tsx'), source.entry(ROOT.split(path.sep).join('/')));
  const outDir = path.join(folder, 'dist');
  await build({
    root: folder,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    // No module-preload polyfill: Chromium needs none, and it would be one more inline-free script to vet.
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  return outDir;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

export interface ServedPage {
  url: string;
  close(): Promise<void>;
}

/** Serves a built page on loopback with the app's Content-Security-Policy. */
export function serveBenchPage(folder: string): Promise<ServedPage> {
  const server = http.createServer((request, response) => {
    const relative =
      decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '') ||
      'index.html';
    const file = path.resolve(folder, relative);
    if (!file.startsWith(folder) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(),
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${address.port}/index.html`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export interface OpenedBenchPage {
  browser: Browser;
  page: Page;
  /** Page errors and console errors seen so far. */
  problems: string[];
}

/** Opens a served bench page at 1440 × 900, en-GB, and waits for its `window.bench`. */
export async function openBenchPage(url: string, chromiumPath: string): Promise<OpenedBenchPage> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' })
  ).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  return { browser, page, problems };
}
