import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CallResult } from '@shared/contract';
import {
  checkAccessibility,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  writeRequestLog,
  type Session,
} from './support/session';

const chromiumPath = inject('chromiumPath');

/** Calls the real engine from the page, through the same bridge the UI uses. */
async function engineCall<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = (await page.evaluate(([n, i]) => window.fenlight.call(n as never, i as never), [
    name,
    input,
  ] as const)) as CallResult<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

interface Entity {
  id: string;
  type: string;
  label: string;
  chartLabel: string;
}

async function waitForJob(page: Page, jobId: string): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    const status = await engineCall<{ state: string; kind: string; message: string | null }>(
      page,
      'jobs.get',
      { jobId },
    );
    if (status.state === 'succeeded') return;
    if (status.state !== 'running')
      throw new Error(`${status.kind} ${status.state}: ${status.message ?? ''}`);
    await page.waitForTimeout(250);
  }
  throw new Error('The job did not finish in time.');
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

async function counts(page: Page): Promise<{ entities: number; links: number }> {
  const text = await page.getByRole('region', { name: 'Link chart' }).locator('.chart-counts').innerText();
  const match = /([\d,]+) entit(?:y|ies), ([\d,]+) links?/.exec(text);
  return { entities: Number(match![1]!.replace(/,/g, '')), links: Number(match![2]!.replace(/,/g, '')) };
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

  it('made no request outside the app’s origin and hit no CSP violation', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
