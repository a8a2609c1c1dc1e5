import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/support/chromium';

/** Renders resources/icon.svg to the 1024 px PNG electron-builder turns into .ico/.icns. */
async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is needed to render the icon.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  const svg = path.resolve('resources/icon.svg');
  await page.goto(`file://${svg}`);
  await page.screenshot({ path: path.resolve('resources/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 1024, height: 1024 } });
  await browser.close();
}

void main();
