import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../electron/main/nativeBinding';
import { tempDir } from '../../helpers/tempDir';

/**
 * Where the Electron binary is, if it has been downloaded. (Requiring 'electron' would try to
 * download it on the spot, which must never happen from a test.)
 */
function electronBinary(): string | null {
  const packageDir = path.resolve('node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const electronVersion = (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const nativeReady = fs.existsSync(electronBindingPath(process.cwd(), { electronVersion, platform: process.platform, arch: process.arch }));

describe.skipIf(!binary || !nativeReady)('real Electron smoke test (skipped: no Electron binary or Electron SQLite build on this machine)', () => {
  it('opens the workbench window with both marking banners, sandboxed', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, HOME: tempDir() } });
    const window = await app.firstWindow();
    await window.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await window.getByRole('note', { name: /Protective marking/ }).count()).toBe(2);
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { fenlight: object }).fenlight).sort())).toEqual(['call', 'on']);
    await app.close();
  });
});
