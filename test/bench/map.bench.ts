import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createEngine } from '../../electron/engine/index';
import { recordStores } from '../../electron/engine/records/recordStores';
import { findChromium, CHROMIUM_ARGS } from '../e2e/support/chromium';
import { startHarness } from '../../tools/harness/harness';
import { build } from '../../tools/harness/ensureBuilt';
import type { Benchmark } from './harness/runner';

const SITES = 50_000;
const PASSPHRASE = 'marsh kettle violin lantern';
const SITE_TYPES = ['hand_car_wash', 'nail_bar', 'agriculture', 'hmo_shared_house', 'cannabis_farm', 'factory_warehouse'] as const;

/** A vault with 50,000 sites scattered over the county, written straight through the engine's stores. */
async function vaultWithSites(dataDir: string): Promise<void> {
  const engine = createEngine({
    dataFolder: dataDir,
    defaultVaultFolder: path.join(dataDir, 'vaults'),
    build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
    runtime: `node ${process.versions.node}`,
  });
  const created = await engine.call('vault.create', { name: 'Bench', analystName: 'Bench Analyst', staffNumber: 'B1', passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  const session = engine.vaults.requireSession();
  const stores = recordStores(session, () => new Date());
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
  session.transaction(() => {
    for (let i = 0; i < SITES; i++) {
      const location = { lat: Math.round((52.0 + random() * 0.74) * 1e6) / 1e6, lon: Math.round((-0.5 + random() * 1.02) * 1e6) / 1e6 };
      stores.entities.create({ type: 'site', name: `Site ${i}`, lines: [], town: null, postcode: null, location, gridRef: null, siteType: SITE_TYPES[i % SITE_TYPES.length]!, district: null });
    }
  });
  await engine.close();
}

/** DESIGN.md: "Map with 50,000 sites, clustered: data to first paint ≤ 1.5 s", in Chromium with SwiftShader. */
const mapPaint: Benchmark = {
  name: 'map (50,000 sites)',
  async run() {
    const chromiumPath = findChromium();
    if (!chromiumPath) return [];
    build(() => undefined);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-map-'));
    await vaultWithSites(dataDir);
    const harness = await startHarness({ dataDir, log: () => undefined });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(harness.url);
      const passphrase = page.getByLabel('Passphrase', { exact: true });
      await passphrase.waitFor({ timeout: 60_000 });
      await passphrase.fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Map' }).click({ timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('fenlight-map-paint').length > 0, undefined, { timeout: 120_000 });
      const paint = await page.evaluate(() => performance.getEntriesByName('fenlight-map-paint')[0]!.duration);
      const shown = await page.getByRole('region', { name: 'Map' }).getByRole('status').innerText();
      process.stderr.write(`bench: map status: ${shown}\n`);
      return [{ label: 'geo.features answer to first complete frame, clustered', value: paint, unit: 'ms', budget: 1500 }];
    } finally {
      await browser.close();
      await harness.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export const mapBenchmarks: Benchmark[] = [mapPaint];
