import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ARTEFACTS,
  checkAccessibility,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  writeRequestLog,
  type Session,
} from './support/session';
import { chartCounts as counts, engineCall, waitForJob } from './support/engine';
import { pdfText } from './support/pdf';

const chromiumPath = inject('chromiumPath');

interface Entity {
  id: string;
  type: string;
  label: string;
  chartLabel: string;
}

/** Loads demo data through the page and waits for its job to finish. */
async function loadDemoData(page: Page): Promise<void> {
  const { jobId } = await engineCall<{ jobId: string }>(page, 'demo.load', { reports: 200, seed: 7 });
  await waitForJob(page, jobId);
}

/** Two people two or three links apart in the vault (so a path runs through someone else). */
async function twoPeopleApart(page: Page): Promise<{ from: Entity; to: Entity; length: number }> {
  const people = await engineCall<{ rows: Entity[] }>(page, 'entities.list', { type: 'person', limit: 200 });
  for (const person of people.rows) {
    const around = await engineCall<{ entities: Entity[]; depths: number[] }>(page, 'graph.neighbours', {
      ids: [person.id],
      depth: 3,
      limit: 2000,
    });
    const index = around.entities.findIndex(
      (entity, i) => entity.type === 'person' && around.depths[i]! >= 2 && entity.id !== person.id,
    );
    if (index >= 0) return { from: person, to: around.entities[index]!, length: around.depths[index]! };
  }
  throw new Error('The demo data has no two people two or more links apart.');
}

async function status(page: Page, text: RegExp): Promise<void> {
  await page
    .getByRole('region', { name: 'Link chart' })
    .getByRole('status')
    .filter({ hasText: text })
    .waitFor({ timeout: 60_000 });
}

async function addFromSearch(page: Page, people: Entity[]): Promise<void> {
  const chart = page.getByRole('region', { name: 'Link chart' });
  await chart.getByRole('button', { name: 'Add to chart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to chart' });
  for (const person of people) {
    await dialog.getByLabel('Find entities').fill(person.label);
    const option = dialog
      .getByRole('checkbox', { name: new RegExp(person.chartLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first();
    await option.waitFor();
    await option.check();
  }
  await dialog.getByRole('button', { name: 'Add to chart' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A person whose neighbourhood's evidence is marked no higher than plain OFFICIAL-SENSITIVE. */
async function personBelowPersonalData(page: Page): Promise<{ person: Entity; ids: string[] }> {
  const people = await engineCall<{ rows: Entity[] }>(page, 'entities.list', { type: 'person', limit: 200 });
  for (const person of people.rows) {
    const around = await engineCall<{ entities: Entity[] }>(page, 'graph.neighbours', { ids: [person.id], depth: 1, limit: 200 });
    const ids = around.entities.map((entity) => entity.id);
    if (ids.length < 3) continue;
    const floor = await engineCall<{ marking: string }>(page, 'charts.minimumMarking', { entityIds: ids, linkIds: [] });
    if (floor.marking === 'OFFICIAL-SENSITIVE') return { person, ids };
  }
  throw new Error('The demo data has no person whose neighbourhood is only OFFICIAL-SENSITIVE.');
}

/**
 * A PNG's pixels counted in the page: all of them, those coloured (not white, grey or black),
 * and those dark (luminance under a quarter).
 */
async function pixelCounts(page: Page, bytes: Buffer): Promise<{ total: number; coloured: number; dark: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = { total: pixels.length / 4, coloured: 0, dark: 0 };
    for (let i = 0; i < pixels.length; i += 4) {
      const [red, green, blue] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (red !== green || green !== blue) counts.coloured += 1;
      if (0.2126 * red + 0.7152 * green + 0.0722 * blue < 64) counts.dark += 1;
    }
    return counts;
  }, bytes.toString('base64'));
}

/** Exports the chart through the Export… dialog to `file`. */
async function exportThroughDialog(session: Session, format: string, file: string, scale?: string): Promise<void> {
  const { page } = session;
  await page.getByRole('region', { name: 'Link chart' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export chart' });
  await dialog.getByLabel('Format').selectOption({ label: format });
  if (scale) await dialog.getByLabel('Scale').selectOption({ label: scale });
  await dialog.getByLabel('Title').fill('Operation Fenward');
  await dialog.getByLabel('Reason for disclosure').fill('Briefing pack for Operation Fenward, requested by DI Marsh');
  await dialog.getByLabel('Recipients').fill('DI Marsh');
  session.harness.dialogs.choose(file);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const done = page.getByRole('dialog', { name: 'Chart exported' });
  await done.getByRole('status').waitFor({ timeout: 120_000 });
  await done.getByRole('button', { name: 'Close' }).click();
}

describe.skipIf(!chromiumPath)('link chart in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;
  let pair: { from: Entity; to: Entity; length: number };

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
    await loadDemoData(session.page);
    pair = await twoPeopleApart(session.page);
    await session.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Chart' })
      .click();
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'chart');
    await session.close();
  });

  it('adds an entity from search, then expands its neighbourhood around it', async () => {
    const { page } = session;
    await page.getByRole('region', { name: 'Link chart' }).waitFor();
    await saveScreenshot(page, 'chart-empty');
    await addFromSearch(page, [pair.from]);
    expect(await counts(page)).toEqual({ entities: 1, links: 0 });
    // The added entity is selected, so the inspector shows it with its graded reports.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: pair.from.chartLabel }).waitFor();
    await inspector.getByRole('list', { name: 'Reports supporting this entity' }).waitFor();

    await page.getByRole('region', { name: 'Link chart' }).getByRole('button', { name: 'Expand' }).click();
    const dialog = page.getByRole('dialog', { name: 'Expand' });
    await dialog.getByLabel('Depth').selectOption('1');
    await saveScreenshot(page, 'chart-expand-dialog');
    expect(await checkAccessibility(page, 'chart-expand-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Expand' }).click();
    await status(page, /Expand added/);
    const after = await counts(page);
    expect(after.entities).toBeGreaterThan(1);
    expect(after.links).toBeGreaterThanOrEqual(after.entities - 1);
    await saveScreenshot(page, 'chart-expanded');
  });

  it('finds the shortest path between two people across the vault, adds it and highlights it', async () => {
    const { page } = session;
    const chart = page.getByRole('region', { name: 'Link chart' });
    // Both ticked in one go: the one already on the chart stays put and is selected with the other.
    await addFromSearch(page, [pair.from, pair.to]);
    await page.getByRole('complementary', { name: 'Inspector' }).getByText('2 entities selected.').waitFor();
    const panel = chart.getByRole('complementary', { name: 'Chart panels' });
    await panel.getByLabel('Command').selectOption('findPath');
    await panel.getByRole('radio', { name: 'Whole vault' }).check();
    await panel.getByRole('button', { name: 'Run analysis' }).click();
    const results = panel.getByRole('region', { name: 'Analysis results' });
    await results.getByText(new RegExp(`Shortest path in the vault: ${pair.length} links`)).waitFor();
    const addPath = results.getByRole('button', { name: /^Add the/ });
    if (await addPath.count()) {
      await addPath.click();
      await status(page, /Added \d+ entit/);
    }
    // Now the path lies on the chart: Find path on the toolbar finds it there.
    await chart.getByRole('button', { name: 'Find path' }).click();
    await results.getByText(new RegExp(`^Shortest path: ${pair.length} links`)).waitFor();
    expect(await results.getByRole('row').count()).toBe(pair.length + 2);
    await saveScreenshot(page, 'chart-find-path');
    expect(await checkAccessibility(page, 'chart-find-path')).toEqual([]);
  });

  it('undoes and redoes the additions with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page } = session;
    const before = await counts(page);
    await page.getByRole('application', { name: 'Chart canvas' }).focus();
    await page.keyboard.press('Control+Z');
    const undone = await counts(page);
    expect(undone.entities).toBeLessThan(before.entities);
    await page.keyboard.press('Control+Shift+Z');
    expect(await counts(page)).toEqual(before);
  });

  it('filters by link strength, shows the key, and reads well in the dark theme', async () => {
    const { page } = session;
    const panel = page
      .getByRole('region', { name: 'Link chart' })
      .getByRole('complementary', { name: 'Chart panels' });
    await panel.getByRole('tab', { name: 'Filters' }).click();
    await panel.getByRole('checkbox', { name: 'Confirmed', exact: true }).check();
    await panel.getByText(/dimmed by the filters/).waitFor();
    await saveScreenshot(page, 'chart-filtered');
    expect(await checkAccessibility(page, 'chart-filters')).toEqual([]);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await panel.getByRole('tab', { name: 'Key' }).click();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Chart' })
      .click();
    await page.getByRole('region', { name: 'Link chart' }).getByRole('tab', { name: 'Analysis' }).click();
    await saveScreenshot(page, 'chart-dark');
    expect(await checkAccessibility(page, 'chart-dark')).toEqual([]);
    // Exports are for case files and paper: drawn light even when the screen is dark.
    const printed = path.join(session.dataDir, 'exports', 'fenward-dark-screen.png');
    await exportThroughDialog(session, 'PNG image', printed, '1×');
    // About 2% of pixels are dark when drawn light (symbols, text); 22% with the dark background.
    const { total, dark } = await pixelCounts(page, fs.readFileSync(printed));
    expect(dark / total).toBeLessThan(0.1);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('radio', { name: 'Light' }).check();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Chart' })
      .click();
  });

  it('opens a supporting report from the inspector', async () => {
    const { page } = session;
    await addFromSearch(page, [pair.from]);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const open = inspector.getByRole('button', { name: /^Open report / }).first();
    await open.waitFor();
    const urn = (await open.innerText()).replace('Open report ', '');
    await open.click();
    await page.getByText(urn).first().waitFor();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Chart' })
      .click();
  });

  it('saves a chart as “Operation Fenward” with a raised marking, clears it and reopens it from the list', async () => {
    const { page } = session;
    const chart = page.getByRole('region', { name: 'Link chart' });
    const { person, ids } = await personBelowPersonalData(page);
    await chart.getByRole('button', { name: 'New chart' }).click();
    const discard = page.getByRole('dialog', { name: 'Start a new chart?' });
    if (await discard.count()) await discard.getByRole('button', { name: 'Discard changes' }).click();
    expect(await counts(page)).toEqual({ entities: 0, links: 0 });
    await addFromSearch(page, [person]);
    await chart.getByRole('button', { name: 'Expand' }).click();
    const expand = page.getByRole('dialog', { name: 'Expand' });
    await expand.getByLabel('Depth').selectOption('1');
    await expand.getByRole('button', { name: 'Expand' }).click();
    await status(page, /Expand added/);
    const built = await counts(page);
    expect(built.entities).toBeGreaterThanOrEqual(Math.min(3, ids.length));
    await chart.getByText('Unsaved changes').waitFor();

    await chart.getByRole('button', { name: 'Save chart' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save chart' });
    await dialog.getByLabel('Name').fill('Operation Fenward');
    await dialog.getByLabel('Description').fill('Suspect and associates, for the Fenward briefing');
    const marking = dialog.getByLabel('Protective marking');
    await expect.poll(() => marking.isEnabled()).toBe(true);
    // OFFICIAL is below what the reports behind the chart carry, so it is not offered, and the form says why.
    const offered = await marking.locator('option').allInnerTexts();
    expect(offered[0]).toBe('OFFICIAL-SENSITIVE');
    expect(offered).not.toContain('OFFICIAL');
    await dialog.getByText(/cannot be marked lower: OFFICIAL is not offered/).waitFor();
    await marking.selectOption('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(await checkAccessibility(page, 'chart-save-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await status(page, /Saved “Operation Fenward”, marked OFFICIAL-SENSITIVE PERSONAL DATA/);
    await expect.poll(() => chart.getByText('Unsaved changes').count()).toBe(0);
    await chart.getByRole('heading', { name: /Link chart: Operation Fenward/ }).waitFor();
    await saveScreenshot(page, 'chart-saved');

    await chart.getByRole('button', { name: 'New chart' }).click();
    expect(await counts(page)).toEqual({ entities: 0, links: 0 });
    await chart.getByRole('button', { name: 'Open chart…' }).click();
    const list = page.getByRole('dialog', { name: 'Open chart' });
    const row = list.getByRole('row', { name: /Operation Fenward/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/OFFICIAL-SENSITIVE PERSONAL DATA[\s\S]*\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}[\s\S]*entities/);
    expect(await checkAccessibility(page, 'chart-open-dialog')).toEqual([]);
    await list.getByRole('button', { name: 'Open Operation Fenward' }).click();
    await status(page, /Opened “Operation Fenward”/);
    expect(await counts(page)).toEqual(built);
    await chart.getByRole('heading', { name: /Link chart: Operation Fenward/ }).waitFor();
    await saveScreenshot(page, 'chart-reopened');
  });

  it('exports the saved chart as marked PDF, SVG, PNG, i2 ANX and CSV, each logged as a disclosure', async () => {
    const { page } = session;
    const disclosures = async () =>
      (await engineCall<{ total: number }>(page, 'audit.list', { actions: ['DISCLOSE'] })).total;
    const before = await disclosures();
    const folder = path.join(session.dataDir, 'exports');
    const pdf = path.join(folder, 'fenward.pdf');
    const svg = path.join(folder, 'fenward.svg');
    const png = path.join(folder, 'fenward.png');

    // The reason is required: refused with a message, and nothing is asked of the shell.
    await page.getByRole('region', { name: 'Link chart' }).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export chart' });
    await dialog.getByLabel('Format').selectOption({ label: 'PDF document' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Give the reason for this disclosure' }).waitFor();
    await saveScreenshot(page, 'chart-export-dialog');
    expect(await checkAccessibility(page, 'chart-export-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await disclosures()).toBe(before);

    await exportThroughDialog(session, 'PDF document', pdf);
    const pages = await pdfText(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      expect(text[0]).toContain('OFFICIAL-SENSITIVE PERSONAL DATA');
      expect(text[text.length - 1]).toContain('OFFICIAL-SENSITIVE PERSONAL DATA');
      expect(text.join(' ')).toContain('Operation Fenward');
    }

    await exportThroughDialog(session, 'SVG drawing (vector)', svg);
    const drawing = fs.readFileSync(svg, 'utf8');
    expect(XMLValidator.validate(drawing)).toBe(true);
    expect(drawing).toContain('OFFICIAL-SENSITIVE PERSONAL DATA');
    // Vector: the chart's labels are text, not pixels.
    const chartText = [...drawing.matchAll(/<text[^>]*font-family="[^"]*"[^>]*>([^<]+)<\/text>/g)].map((match) => match[1]!);
    expect(chartText.length).toBeGreaterThanOrEqual(3);
    const content = /<svg x="0" y="0" width="(\d+)" height="(\d+)" overflow="hidden">/.exec(drawing)!;
    const extent = { width: Number(content[1]), height: Number(content[2]) };

    await exportThroughDialog(session, 'PNG image', png, '2×');
    const bytes = fs.readFileSync(png);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    // The chart drawn at twice its size, inside the frame.
    expect(size.width).toBeGreaterThanOrEqual(2 * extent.width - 2);
    expect(size.width).toBeLessThanOrEqual(2 * extent.width + 400);
    expect(size.height).toBeGreaterThan(2 * extent.height);
    fs.copyFileSync(png, path.join(ARTEFACTS, 'chart-export.png'));
    const inked = (await pixelCounts(page, bytes)).coloured;
    // Coloured symbols and links, not a blank or grey-only picture.
    expect(inked).toBeGreaterThan(1000);

    // The data exports: an i2 chart carrying the chart's marking, and CSV nodes and links.
    const anx = path.join(folder, 'fenward.anx');
    await exportThroughDialog(session, 'i2 Analyst’s Notebook (ANX)', anx);
    const chartXml = fs.readFileSync(anx, 'utf8');
    expect(XMLValidator.validate(chartXml)).toBe(true);
    expect(chartXml).toContain('Value="OFFICIAL-SENSITIVE PERSONAL DATA"');
    await exportThroughDialog(session, 'CSV nodes and links', path.join(folder, 'fenward.csv'));
    const nodes = fs.readFileSync(path.join(folder, 'fenward-nodes.csv'), 'utf8').trim().split(/\r?\n/);
    expect(nodes.length - 1).toBe((await counts(page)).entities);

    expect(await disclosures()).toBe(before + 5);
  });

  it('splits a PNG wider than the browser can draw into marked tiles, one disclosure each', async () => {
    const { page } = session;
    const disclosures = async () => (await engineCall<{ total: number }>(page, 'audit.list', { actions: ['DISCLOSE'] })).total;
    const before = await disclosures();
    // Stretch the drawn chart to 3,000 units wide: at 4× that is 12,000 pixels, over the 8,192 limit.
    await page.evaluate(() => {
      type Cy = { nodes(selector: string): { min(f: (n: { position(): { x: number } }) => number): { value: number }; last(): { position(p?: { x: number; y: number }): { x: number; y: number } } } };
      const container = document.querySelector('[data-testid="chart-canvas"]') as (HTMLElement & { _cyreg?: { cy?: Cy } }) | null;
      const cy = container?._cyreg?.cy;
      if (!cy) throw new Error('The chart canvas has no Cytoscape instance.');
      const nodes = cy.nodes('.entity');
      const left = nodes.min((node) => node.position().x).value;
      const far = nodes.last();
      far.position({ x: left + 3000, y: far.position().y });
    });
    const wide = path.join(session.dataDir, 'exports', 'fenward-wide.png');
    await exportThroughDialog(session, 'PNG image', wide, '4×');
    const parts = fs.readdirSync(path.dirname(wide)).filter((name) => name.startsWith('fenward-wide (part ')).sort();
    expect(parts).toEqual(['fenward-wide (part 1 of 2, row 1 column 1).png', 'fenward-wide (part 2 of 2, row 1 column 2).png']);
    for (const part of parts) {
      const bytes = fs.readFileSync(path.join(path.dirname(wide), part));
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBeLessThanOrEqual(8192 + 800);
      const inked = (await pixelCounts(page, bytes)).coloured;
      // Each tile shows part of the chart (symbols or coloured links), not a blank picture.
      expect(inked).toBeGreaterThan(50);
    }
    expect(await disclosures()).toBe(before + 2);
  });

  it('made no request outside the app’s origin and hit no CSP violation', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
