import path from 'node:path';
import type { EngineOptions } from '../../electron/engine/options';
import { tempDir } from './tempDir';
import { TEST_KDF } from './testKdf';

export { TEST_KDF };

/** Engine options pointing at a fresh temp data folder, as the harness or main would pass them. */
export function testEngineOptions(overrides: Partial<EngineOptions> = {}): EngineOptions {
  const root = tempDir();
  return {
    dataFolder: path.join(root, 'data'),
    defaultVaultFolder: path.join(root, 'vaults'),
    build: { version: '0.0.0-test', commit: 'test', builtAt: '2026-01-01T00:00:00.000Z' },
    runtime: `node ${process.versions.node}`,
    log: () => undefined,
    kdf: TEST_KDF,
    ...overrides,
  };
}
