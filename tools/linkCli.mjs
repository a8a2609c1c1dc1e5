// npx only finds commands in node_modules/.bin, and npm does not link a package's own bin
// there; this postinstall step does, so `npx fenlight` works in a fresh checkout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
fs.mkdirSync(binDir, { recursive: true });

const target = path.join(binDir, 'fenlight');
fs.rmSync(target, { force: true });
if (process.platform === 'win32') {
  fs.writeFileSync(`${target}.cmd`, '@ECHO off\r\nnode "%~dp0\\..\\..\\bin\\fenlight.cjs" %*\r\n');
} else {
  fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'fenlight.cjs')), target);
}
