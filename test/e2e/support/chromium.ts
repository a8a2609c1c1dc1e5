import fs from 'node:fs';

/** Where Debian (and other Linux distributions) put Chromium; FENLIGHT_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.FENLIGHT_CHROMIUM;
  if (override) return fs.existsSync(override) ? override : null;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

export const HOW_TO_GET_CHROMIUM =
  'End-to-end tests need Chromium. On Debian or Ubuntu: sudo apt-get install -y chromium. ' +
  'Elsewhere, point FENLIGHT_CHROMIUM at a Chrome or Chromium executable.';

/** Flags that give headless Chromium working WebGL and keep it off the network (toolchain notes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
