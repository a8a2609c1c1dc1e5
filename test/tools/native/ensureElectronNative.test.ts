import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/main/nativeBinding';
import { ensureElectronNative, type FetchSteps } from '../../../tools/native/ensureElectronNative';
import { tempDir } from '../../helpers/tempDir';

const require = createRequire(import.meta.url);
const moduleRoot = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const nodeBuild = path.join(moduleRoot, 'build/Release/better_sqlite3.node');
const target = { electronVersion: '45.5.0', platform: process.platform, arch: process.arch };

/** A checkout whose node_modules holds the real module (the Node build stands in for the fetched one). */
function fakeCheckout(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  fs.symlinkSync(moduleRoot, path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers'));
  return root;
}

function placeBinary(moduleDir: string): void {
  fs.mkdirSync(path.join(moduleDir, 'build/Release'), { recursive: true });
  fs.copyFileSync(nodeBuild, path.join(moduleDir, 'build/Release/better_sqlite3.node'));
}

const steps = (overrides: Partial<FetchSteps>): FetchSteps => ({
  prebuilt: () => {
    throw new Error('offline');
  },
  compile: async () => {
    throw new Error('no headers');
  },
  ...overrides,
});

describe('fetching the Electron build of the SQLite module', () => {
  it('does nothing when the build for this Electron version is already cached', async () => {
    const root = fakeCheckout();
    const cached = electronBindingPath(root, target);
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(cached, 'binary');
    let called = false;
    const outcome = await ensureElectronNative(root, target, steps({ prebuilt: () => void (called = true) }));
    expect(outcome).toEqual({ status: 'ready', path: cached, how: 'cached' });
    expect(called).toBe(false);
  });

  it('uses the prebuilt binary when the download works, leaving node_modules untouched', async () => {
    const root = fakeCheckout();
    const before = fs.statSync(nodeBuild).mtimeMs;
    const outcome = await ensureElectronNative(root, target, steps({ prebuilt: (moduleDir) => placeBinary(moduleDir) }));
    expect(outcome).toMatchObject({ status: 'ready', how: 'prebuilt' });
    const cached = electronBindingPath(root, target);
    expect(fs.existsSync(cached)).toBe(true);
    expect(fs.statSync(nodeBuild).mtimeMs).toBe(before);
    // The staged binary is loadable through nativeBinding (here it is the Node build).
    const db = new Database(':memory:', { nativeBinding: cached });
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('falls back to compiling when no prebuilt binary can be downloaded', async () => {
    const root = fakeCheckout();
    const outcome = await ensureElectronNative(
      root,
      target,
      steps({ compile: async (workDir) => placeBinary(path.join(workDir, 'node_modules/better-sqlite3-multiple-ciphers')) }),
    );
    expect(outcome).toMatchObject({ status: 'ready', how: 'compiled' });
  });

  it('explains that internet access is needed once when both ways fail', async () => {
    const root = fakeCheckout();
    const outcome = await ensureElectronNative(root, target, steps({}));
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/internet access once.*offline.*no headers/s) });
    expect(fs.existsSync(electronBindingPath(root, target))).toBe(false);
  });
});
