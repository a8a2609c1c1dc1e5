import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readBuildInfo } from './electron/engine/buildInfo';
import { contentSecurityPolicy } from './shared/security/csp';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

/** electron/main, electron/preload and renderer/ (not src/), each with the shared/ alias. */
export default defineConfig({
  main: {
    resolve: { alias },
    define: { __FENLIGHT_BUILD__: JSON.stringify(readBuildInfo(root)) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: 'electron/main/index.ts',
          // The engine runs in a worker thread started by main (and by the browser harness).
          engine: 'electron/engine/worker/entry.ts',
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: { input: { index: 'electron/preload/index.ts' }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias },
    plugins: [
      react(),
      {
        // The CSP also travels as a <meta> tag, as a fallback to the header the app:// handler sends.
        name: 'fenlight-csp-meta',
        transformIndexHtml: () => [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ forMetaTag: true }) }, injectTo: 'head-prepend' },
        ],
      },
    ],
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
