import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { electronBindingPath, planNativeBinding } from '../../electron/main/nativeBinding';
import { tempDir } from '../helpers/tempDir';

const repoRoot = '/work/fenlight';
const electron = { electron: '45.5.0', node: '22.20.0' };

describe('choosing the SQLite native module for the runtime', () => {
  it('uses the Node build in node_modules under Node (tests, CLI, harness)', () => {
    expect(planNativeBinding({ versions: process.versions, platform: 'linux', arch: 'x64', repoRoot, packaged: false })).toEqual({
      kind: 'node-default',
    });
  });

  it('uses the cached Electron build in development when it exists', () => {
    const expected = electronBindingPath(repoRoot, { electronVersion: '45.5.0', platform: 'win32', arch: 'x64' });
    expect(expected).toBe(path.join(repoRoot, '.native', 'electron-v45.5.0-win32-x64', 'better_sqlite3.node'));
    const plan = planNativeBinding({ versions: electron, platform: 'win32', arch: 'x64', repoRoot, packaged: false, exists: (file) => file === expected });
    expect(plan).toEqual({ kind: 'electron', path: expected });
  });

  it('explains what to do when the Electron build has not been fetched yet', () => {
    const plan = planNativeBinding({ versions: electron, platform: 'linux', arch: 'x64', repoRoot, packaged: false, exists: () => false });
    expect(plan).toMatchObject({ kind: 'electron-missing', instructions: expect.stringMatching(/npm start/) });
  });

  it('uses the copy shipped in resources/native when packaged', () => {
    const plan = planNativeBinding({
      versions: electron,
      platform: 'win32',
      arch: 'x64',
      repoRoot,
      packaged: true,
      resourcesPath: 'C:\\Program Files\\Fenlight\\resources',
      exists: () => true,
    });
    expect(plan).toEqual({ kind: 'electron', path: path.join('C:\\Program Files\\Fenlight\\resources', 'native', 'better_sqlite3.node') });
  });

  it('opens an encrypted database through an explicit nativeBinding path (the mechanism the app uses)', () => {
    const require = createRequire(import.meta.url);
    const nodeBuild = path.join(path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')), 'build/Release/better_sqlite3.node');
    const file = path.join(tempDir(), 'check.db');
    const db = new Database(file, { nativeBinding: nodeBuild });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key="x'${'ab'.repeat(32)}'"`);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (42)');
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe(42);
    db.close();
  });
});
