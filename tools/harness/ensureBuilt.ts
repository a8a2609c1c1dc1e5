import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const BUILT_RENDERER = path.join(REPO_ROOT, 'out/renderer');
export const BUILT_ENGINE = path.join(REPO_ROOT, 'out/main/engine.js');

export function isBuilt(): boolean {
  return fs.existsSync(path.join(BUILT_RENDERER, 'index.html')) && fs.existsSync(BUILT_ENGINE);
}

/** Runs `electron-vite build` (which needs no Electron binary). */
export function build(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  log('Fenlight harness: building the app (electron-vite build)…');
  const bin = path.join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
  execFileSync(process.execPath, [bin, 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function ensureBuilt(log?: (line: string) => void): void {
  if (!isBuilt()) build(log);
}
