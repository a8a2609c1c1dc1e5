import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

/** One project per layer of test/ (it mirrors the source tree); e2e drives Chromium via the harness. */
export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'shared', include: ['test/shared/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'engine', include: ['test/engine/**/*.test.ts', 'test/cli/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      { resolve: { alias }, test: { name: 'main', include: ['test/main/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'tools', include: ['test/tools/**/*.test.ts', 'test/architecture/**/*.test.ts', 'test/packaging/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
