import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTEFACTS, checkAccessibility, createVaultInUi, foreignRequests, openWorkbench, saveScreenshot, writeRequestLog, type Session } from './support/session';
import { pdfText } from './support/pdf';

const chromiumPath = inject('chromiumPath');

/** Where a point is drawn in the map canvas, by Web Mercator with MapLibre's 512-pixel tiles. */
function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lon + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

async function mapCanvas(page: Page) {
  const canvas = page.locator('.map-canvas canvas');
  await canvas.waitFor();
  return canvas;
}

/** The page position of a point on the map at its initial view (centre 52.37, 0.00; zoom 8.3). */
async function screenPoint(page: Page, lat: number, lon: number): Promise<{ x: number; y: number }> {
  const box = (await (await mapCanvas(page)).boundingBox())!;
  const centre = project(52.37, 0, 8.3);
  const point = project(lat, lon, 8.3);
  return { x: box.x + box.width / 2 + (point.x - centre.x), y: box.y + box.height / 2 + (point.y - centre.y) };
}

async function createSite(page: Page, name: string, lat: number, lon: number, siteType: string): Promise<string> {
  const result = await page.evaluate(
    async (input) => window.fenlight.call('entities.create', { entity: { type: 'site', name: input.name, location: { lat: input.lat, lon: input.lon }, siteType: input.siteType } }),
    { name, lat, lon, siteType },
  );
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { summary: { id: string } }).summary.id;
}

describe.skipIf(!chromiumPath)('map in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
    const { page } = session;
    ids.wash = await createSite(page, 'Sparkle Hand Car Wash', 52.2084, 0.1207, 'hand_car_wash');
    ids.farm = await createSite(page, 'Fen Edge Packhouse', 52.6663, 0.1575, 'agriculture');
    ids.hmo = await createSite(page, 'Shared house, Mill Road', 52.1985, 0.1425, 'hmo_shared_house');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Map' }).click();
    await page.getByRole('region', { name: 'Map' }).getByRole('status').filter({ hasText: '3 places on the map' }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('fenlight-map-paint').length > 0);
    await page.waitForTimeout(500);
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'map');
    await session.close();
  });

  it('renders the offline basemap with the county and the sites, and passes axe', async () => {
    const { page } = session;
    await saveScreenshot(page, 'map-basemap');
    expect(await checkAccessibility(page, 'map')).toEqual([]);
  });

  it('selects a site by clicking it, and shows the shared selection', async () => {
    const { page } = session;
    const farm = await screenPoint(page, 52.6663, 0.1575);
    await page.mouse.move(farm.x, farm.y);
    await page.getByRole('tooltip').filter({ hasText: 'Fen Edge Packhouse' }).waitFor();
    await page.mouse.click(farm.x, farm.y);
    await page.getByRole('region', { name: 'Map' }).getByRole('status').filter({ hasText: '1 selected' }).waitFor();
    await page.getByRole('button', { name: 'Within 2 km of selected site' }).waitFor();
    await saveScreenshot(page, 'map-selected');
  });

  it('filters to what lies inside a drawn area', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Draw area' }).click();
    const box = (await (await mapCanvas(page)).boundingBox())!;
    // A triangle around Cambridge (the car wash and the HMO), well clear of Wisbech.
    const corners = [await screenPoint(page, 52.3, 0.0), await screenPoint(page, 52.3, 0.3), await screenPoint(page, 52.1, 0.15)];
    for (const corner of corners) {
      expect(corner.x > box.x && corner.x < box.x + box.width).toBe(true);
      await page.mouse.click(corner.x, corner.y);
      await page.waitForTimeout(350);
    }
    await page.getByRole('button', { name: 'Apply area' }).click();
    const status = page.getByRole('region', { name: 'Map' }).getByRole('status');
    await status.filter({ hasText: '2 inside' }).waitFor();
    await saveScreenshot(page, 'map-area');
    await page.getByRole('button', { name: 'Clear area' }).click();
    await expect(status.filter({ hasText: 'inside' }).count()).resolves.toBe(0);
  });

  it('exports a marked PNG and a marked PDF through the dialog, logged as disclosures', async () => {
    const { page } = session;
    const png = path.join(session.dataDir, 'exports', 'sites.png');
    const pdf = path.join(session.dataDir, 'exports', 'sites.pdf');
    for (const [format, file] of [
      ['PNG image', png],
      ['PDF document', pdf],
    ] as const) {
      await page.getByRole('button', { name: 'Export map…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export map' });
      await dialog.getByLabel('Format').selectOption({ label: format });
      if (format === 'PNG image') await dialog.getByLabel('Width (pixels)').fill('1600');
      await dialog.getByLabel('Title').fill('Op Heron sites');
      await dialog.getByLabel('Reason for disclosure').fill('Briefing pack for Op Heron, requested by DS Khan');
      await dialog.getByLabel('Recipients').fill('DS Khan');
      if (format === 'PDF document') await saveScreenshot(page, 'map-export-dialog');
      session.harness.dialogs.choose(file);
      await dialog.getByRole('button', { name: 'Export' }).click();
      const done = page.getByRole('dialog', { name: 'Map exported' });
      await done.getByRole('status').waitFor({ timeout: 60_000 });
      await done.getByRole('button', { name: 'Close' }).click();
    }
    const bytes = fs.readFileSync(png);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    fs.copyFileSync(png, path.join(ARTEFACTS, 'map-export.png'));
    const pages = await pdfText(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      expect(text[0]).toBe('OFFICIAL-SENSITIVE');
      expect(text[text.length - 1]).toBe('OFFICIAL-SENSITIVE');
      expect(text.join(' ')).toContain('Op Heron sites');
    }
    const audit = await page.evaluate(() => window.fenlight.call('audit.list', { actions: ['DISCLOSE'] }));
    expect(audit).toMatchObject({ ok: true, value: { total: 2 } });
  });

  it('made no request outside the app’s origin', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
