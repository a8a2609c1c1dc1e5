/**
 * The map and the link chart side by side: one shared selection (a site clicked on the map is
 * selected on the chart and in the entity list; a node clicked on the chart is framed on the map)
 * and one drawn area that filters the chart and the lists.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  checkAccessibility,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  writeRequestLog,
  type Session,
} from './support/session';
import { engineCall } from './support/engine';
import { reportInput } from '../helpers/records';

const chromiumPath = inject('chromiumPath');

interface Site {
  name: string;
  lat: number;
  lon: number;
  siteType: string;
}

const WASH: Site = { name: 'Sparkle Hand Car Wash', lat: 52.2084, lon: 0.1207, siteType: 'hand_car_wash' };
const SITES: Site[] = [
  WASH,
  { name: 'Nail bar, Fitzroy Street', lat: 52.2075, lon: 0.133, siteType: 'nail_bar' },
  { name: 'Lodging house, Chesterton', lat: 52.22, lon: 0.135, siteType: 'hmo_shared_house' },
  { name: 'Shared house, Cherry Hinton', lat: 52.187, lon: 0.175, siteType: 'hmo_shared_house' },
  { name: 'Fen Edge Packhouse', lat: 52.6663, lon: 0.1575, siteType: 'agriculture' },
  { name: 'Car wash, St Neots Road', lat: 52.331, lon: -0.183, siteType: 'hand_car_wash' },
];
const PEOPLE = [
  { name: 'Andrei Munteanu', links: [{ type: 'works_at', site: WASH.name }] },
  { name: 'Mihai Dumitru', links: [{ type: 'lives_at', site: 'Lodging house, Chesterton' }] },
  {
    name: 'Tomasz Nowak',
    links: [
      { type: 'works_at', site: 'Fen Edge Packhouse' },
      { type: 'lives_at', site: 'Shared house, Cherry Hinton' },
    ],
  },
  { name: 'Darius Kowalski', links: [{ type: 'lives_at', site: 'Car wash, St Neots Road' }] },
];
const RADIUS_METRES = 2000;
/** Reports and the people they support (evidence), to check the reports list follows the area. */
const REPORTS = [
  { title: 'Workers collected from the car wash before dawn', supports: ['Andrei Munteanu'] },
  { title: 'Packhouse workers housed in Cherry Hinton', supports: ['Tomasz Nowak'] },
];

/** A report for the fixture, from the engine tests' valid report with this test's texts and district. */
function fixtureReport(title: string, n: number) {
  return reportInput({
    urn: `IR/2026/0000${n}`,
    title,
    originalText: 'Caller (neighbour, name withheld) says the men are driven away every morning.',
    sanitisedText: 'Men seen collected before dawn.',
    district: 'E07000008',
  });
}

/** Great-circle distance, worked out here independently of the app's own geometry. */
function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** Brute force: the sites within the radius, and the people linked to any of them. */
function expectedInside(): string[] {
  const sites = SITES.filter((site) => haversine(WASH, site) <= RADIUS_METRES).map((site) => site.name);
  // No fixture site sits near the edge, so the Earth radius used cannot change the answer.
  for (const site of SITES) expect(Math.abs(haversine(WASH, site) - RADIUS_METRES)).toBeGreaterThan(300);
  const people = PEOPLE.filter((person) => person.links.some((link) => sites.includes(link.site))).map(
    (person) => person.name,
  );
  return [...sites, ...people].sort();
}

/** Where an entity's node is drawn on the chart, in page pixels (read from Cytoscape's own registry). */
async function nodePoint(page: Page, entityId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const container = document.querySelector('.chart-canvas') as HTMLElement & {
      _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } };
    };
    const at = container._cyreg.cy.getElementById(`e:${id}`).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, entityId);
}

/** The chart's own state: which nodes Cytoscape has selected, dimmed or hidden by the filters. */
async function chartNodes(page: Page): Promise<{ selected: string[]; dimmed: string[]; hidden: string[] }> {
  return page.evaluate(() => {
    type Node = { id(): string; selected(): boolean; hasClass(name: string): boolean };
    const container = document.querySelector('.chart-canvas') as HTMLElement & {
      _cyreg: { cy: { nodes(selector: string): { toArray(): Node[] } } };
    };
    const nodes = container._cyreg.cy.nodes('[id ^= "e:"]').toArray();
    const ids = (keep: (node: Node) => boolean) =>
      nodes
        .filter(keep)
        .map((node) => node.id().slice(2))
        .sort();
    return {
      selected: ids((node) => node.selected()),
      dimmed: ids((node) => node.hasClass('filtered-dim')),
      hidden: ids((node) => node.hasClass('filtered-hide')),
    };
  });
}

/** The page position of the middle of the map's canvas (where a framed single site lands). */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map-canvas canvas').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe.skipIf(!chromiumPath)('map and chart together in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;
  const ids = new Map<string, string>();
  const chart = () => session.page.getByRole('region', { name: 'Link chart' });
  const map = () => session.page.getByRole('region', { name: 'Map' });
  const inspector = () => session.page.getByRole('complementary', { name: 'Inspector' });
  const navigate = (name: string) =>
    session.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name }).click();

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
    const { page } = session;
    for (const site of SITES) {
      const made = await engineCall<{ summary: { id: string } }>(page, 'entities.create', {
        entity: { type: 'site', name: site.name, location: { lat: site.lat, lon: site.lon }, siteType: site.siteType },
      });
      ids.set(site.name, made.summary.id);
    }
    const reportIds = new Map<string, string>();
    for (const [n, report] of REPORTS.entries()) {
      const made = await engineCall<{ summary: { id: string } }>(page, 'reports.create', { report: fixtureReport(report.title, n + 1) });
      reportIds.set(report.title, made.summary.id);
    }
    for (const person of PEOPLE) {
      const evidence = REPORTS.filter((report) => report.supports.includes(person.name)).map((report) => ({
        reportId: reportIds.get(report.title),
      }));
      const made = await engineCall<{ summary: { id: string } }>(page, 'entities.create', {
        entity: { type: 'person', name: person.name, category: 'potential_victim' },
        evidence,
      });
      ids.set(person.name, made.summary.id);
      for (const link of person.links)
        await engineCall(page, 'links.create', {
          link: { fromId: made.summary.id, toId: ids.get(link.site), type: link.type, strength: 'confirmed' },
        });
    }
    await engineCall(page, 'links.create', {
      link: { fromId: ids.get('Andrei Munteanu'), toId: ids.get('Darius Kowalski'), type: 'associate', strength: 'unconfirmed' },
    });

    await navigate('Workbench');
    await map().getByRole('status').filter({ hasText: `${SITES.length} places on the map` }).waitFor();
    // Everything onto the chart through the Add to chart dialog, as an analyst would.
    await chart().getByRole('button', { name: 'Add to chart' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to chart' });
    for (const name of ids.keys()) {
      await dialog.getByLabel('Find entities').fill(name);
      const option = dialog.getByRole('checkbox', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
      await option.waitFor();
      await option.check();
    }
    await dialog.getByRole('button', { name: 'Add to chart' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chart().locator('.chart-counts').filter({ hasText: `${ids.size} entities, 6 links` }).waitFor();
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'map-chart');
    await session.close();
  });

  it('frames on the map the site clicked on the chart', async () => {
    const { page } = session;
    const packhouse = ids.get('Fen Edge Packhouse')!;
    // Beside the map the chart pane is narrow: its panels go under the canvas, not beside it.
    const canvasBox = (await page.locator('.chart-canvas').boundingBox())!;
    const panelsBox = (await chart().getByRole('complementary', { name: 'Chart panels' }).boundingBox())!;
    expect(canvasBox.width).toBeGreaterThan(400);
    expect(panelsBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height - 1);
    const point = await nodePoint(page, packhouse);
    await page.mouse.click(point.x, point.y);
    await inspector().getByRole('heading', { name: 'Fen Edge Packhouse' }).waitFor();
    expect((await chartNodes(page)).selected).toEqual([packhouse]);
    await map().getByRole('status').filter({ hasText: '1 selected' }).waitFor();
    // The map eases (400 ms) to frame the site: it then lies under the middle of the map.
    await page.waitForTimeout(1000);
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.getByRole('tooltip').filter({ hasText: 'Fen Edge Packhouse' }).waitFor();
    await saveScreenshot(page, 'map-chart-framed-from-chart');
  });

  it('selects on the chart, in the inspector and in the entity list the site clicked on the map', async () => {
    const { page } = session;
    const packhouse = ids.get('Fen Edge Packhouse')!;
    // Clear the selection on the chart's background; the map stays where it is.
    const canvas = (await page.getByRole('application', { name: 'Chart canvas' }).boundingBox())!;
    await page.mouse.click(canvas.x + 8, canvas.y + canvas.height - 8);
    await inspector().getByText(/^Select an item on the chart or the map/).waitFor();
    expect((await chartNodes(page)).selected).toEqual([]);

    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.getByRole('tooltip').filter({ hasText: 'Fen Edge Packhouse' }).waitFor();
    await page.mouse.click(centre.x, centre.y);
    await inspector().getByRole('heading', { name: 'Fen Edge Packhouse' }).waitFor();
    await expect.poll(async () => (await chartNodes(page)).selected).toEqual([packhouse]);
    await saveScreenshot(page, 'map-chart-selected-from-map');

    await navigate('Entities');
    const row = page.getByRole('table', { name: 'Entities' }).getByRole('row', { name: /Fen Edge Packhouse/ });
    await row.getByText('Selected', { exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Entities' }).getByText('Selected', { exact: true }).count()).toBe(1);
    await navigate('Workbench');
  });

  it('filters the chart and the entity list to what lies within 2 km of the car wash', async () => {
    const { page } = session;
    const wash = ids.get(WASH.name)!;
    // Select the car wash on the chart; the map frames it and offers a radius around it.
    const point = await nodePoint(page, wash);
    await page.mouse.click(point.x, point.y);
    await inspector().getByRole('heading', { name: WASH.name }).waitFor();
    await map().getByRole('button', { name: 'Within 2 km of selected site' }).click();
    await map().getByRole('group', { name: 'Drawing an area' }).getByRole('button', { name: 'Apply area' }).click();

    const expected = expectedInside();
    const expectedIds = expected.map((name) => ids.get(name)!).sort();
    await map()
      .getByRole('status')
      .filter({ hasText: `Within 2 km of 52.2084, 0.1207: ${expected.length} inside.` })
      .waitFor();

    // The chart dims everything outside, using its own filter mechanism.
    const panel = chart().getByRole('complementary', { name: 'Chart panels' });
    await panel.getByRole('tab', { name: 'Filters' }).click();
    const row = panel.getByRole('group', { name: 'Inside the drawn area' });
    await row.getByText(`${expected.length} of ${ids.size} chart entities lie inside.`).waitFor();
    const outside = [...ids.values()].filter((id) => !expectedIds.includes(id)).sort();
    await expect.poll(async () => (await chartNodes(page)).dimmed).toEqual(outside);
    await saveScreenshot(page, 'map-chart-area-dimmed');
    expect(await checkAccessibility(page, 'map-chart-area')).toEqual([]);

    // Hidden rather than dimmed, as the analyst chooses.
    await panel.getByRole('radio', { name: 'Hidden' }).check();
    await expect.poll(async () => (await chartNodes(page)).hidden).toEqual(outside);
    await saveScreenshot(page, 'map-chart-area-hidden');

    // The entity list shows exactly the entities inside, and says so.
    await navigate('Entities');
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${expected.length} entities inside the drawn area (Within 2 km of 52.2084, 0.1207).` })
      .waitFor();
    const table = page.getByRole('table', { name: 'Entities' });
    const names = await table.locator('.entity-open').allInnerTexts();
    expect(names.sort()).toEqual(expected);
    await saveScreenshot(page, 'map-chart-area-entities');
    expect(await checkAccessibility(page, 'map-chart-area-entities')).toEqual([]);

    // The reports list keeps to reports supporting something inside.
    const reports = REPORTS.filter((report) => report.supports.some((name) => expected.includes(name))).map(
      (report) => report.title,
    );
    await navigate('Reports');
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${reports.length} report${reports.length === 1 ? '' : 's'} supporting entities inside the drawn area` })
      .waitFor();
    const grid = page.getByRole('grid', { name: 'Reports' });
    for (const report of REPORTS)
      expect(await grid.getByRole('row', { name: new RegExp(report.title) }).count()).toBe(reports.includes(report.title) ? 1 : 0);
    await saveScreenshot(page, 'map-chart-area-reports');
    await navigate('Entities');
  });

  it('clears the area everywhere from the entity list', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Clear area' }).click();
    await page.getByRole('status').filter({ hasText: `${ids.size} entities` }).waitFor();
    expect(await page.getByRole('table', { name: 'Entities' }).locator('.entity-open').count()).toBe(ids.size);

    await navigate('Workbench');
    await expect(map().getByRole('status').filter({ hasText: 'inside' }).count()).resolves.toBe(0);
    await expect(map().getByRole('button', { name: 'Clear area' }).isDisabled()).resolves.toBe(true);
    const panel = chart().getByRole('complementary', { name: 'Chart panels' });
    await panel.getByRole('tab', { name: 'Filters' }).click();
    await panel.getByText('No filters: everything on the chart is shown.').waitFor();
    await expect.poll(async () => (await chartNodes(page)).hidden).toEqual([]);
    await saveScreenshot(page, 'map-chart-area-cleared');
  });

  it('made no request outside the app’s origin', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
