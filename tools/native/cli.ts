import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronNative, networkSteps } from './ensureElectronNative';

/**
 * `npm start` and `npm run dist` run this first. With --package it also stages the binary in
 * .native/package/ for electron-builder to ship as resources/native/.
 */
async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '../..');
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const target = { electronVersion, platform: process.platform, arch: process.env.FENLIGHT_TARGET_ARCH ?? process.arch };
  const outcome = await ensureElectronNative(repoRoot, target, networkSteps(repoRoot));
  if (outcome.status === 'failed') {
    process.stderr.write(`${outcome.message}\n`);
    process.exit(1);
  }
  if (outcome.how !== 'cached') process.stderr.write(`Fenlight: Electron database module ${outcome.how} at ${outcome.path}\n`);
  if (process.argv.includes('--package')) {
    const staged = path.join(repoRoot, '.native', 'package');
    fs.rmSync(staged, { recursive: true, force: true });
    fs.mkdirSync(staged, { recursive: true });
    fs.copyFileSync(outcome.path, path.join(staged, path.basename(outcome.path)));
  }
}

void main();
