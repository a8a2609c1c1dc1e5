import path from 'node:path';
import type { EngineOptions } from '../../electron/engine/options';
import type { ScryptParams } from '../../electron/engine/vault/crypto/kdf';
import { tempDir } from './tempDir';

/** Cheap scrypt for tests (the real cost, OWASP's, is measured by `npm run bench`). */
export const TEST_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 12, r: 8, p: 1 };

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
