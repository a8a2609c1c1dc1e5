import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ARTEFACTS,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  type Session,
} from './support/session';
import { chartCounts as counts, engineCall, waitForJob } from './support/engine';

const chromiumPath = inject('chromiumPath');

/**
 * A large chart laid out in the real app: a network of 2,029 people and 4,000 links imported
 * from CSV, put on the chart from one person by a depth-3 expansion, then laid out. The layout
 * runs in a worker; this test checks it completes and places every entity, and records the
 * main thread's long tasks meanwhile (the ≤ 100 ms budget itself is enforced by `npm run bench`,
 * since timings do not belong in tests).
 */

const FIRST = [
  'Ionut',
  'Maria',
  'Andrei',
  'Elena',
  'Tomasz',
  'Agnieszka',
  'Darius',
  'Laura',
  'Mihai',
  'Ioana',
  'Piotr',
  'Katarzyna',
  'Vasile',
  'Daniela',
  'Marek',
  'Ana',
  'Florin',
  'Simona',
  'Jakub',
  'Irina',
  'Gabriel',
  'Natalia',
  'Radu',
  'Oana',
  'Lukas',
  'Sofia',
  'Adrian',
  'Monika',
  'Bogdan',
  'Alina',
  'Pawel',
  'Cristina',
  'Stefan',
  'Roxana',
  'Emil',
  'Diana',
  'Victor',
  'Raluca',
  'Nicolae',
  'Ewa',
  'Sorin',
] as const;
const LAST = [
  'Popescu',
  'Ionescu',
  'Nowak',
  'Kowalski',
  'Dumitru',
  'Stan',
  'Wisniewski',
  'Constantin',
  'Gheorghe',
  'Wojcik',
  'Rusu',
  'Munteanu',
  'Kaminski',
  'Matei',
  'Lewandowski',
  'Ciobanu',
  'Zielinski',
  'Lungu',
  'Szymanski',
  'Marin',
  'Wozniak',
  'Tudor',
  'Dabrowski',
  'Florea',
  'Kozlowski',
  'Barbu',
  'Jankowski',
  'Neagu',
  'Mazur',
  'Dobre',
  'Krawczyk',
  'Enache',
  'Piotrowski',
  'Sandu',
  'Grabowski',
  'Stoica',
  'Pawlak',
  'Moldovan',
  'Michalski',
  'Radu',
  'Nowicki',
  'Oprea',
  'Adamczyk',
  'Ilie',
  'Dudek',
  'Voicu',
  'Zajac',
  'Petrescu',
  'Krol',
  'Lazar',
] as const;
const CATEGORIES = ['suspect', 'victim', 'potential_victim', 'witness', 'other'] as const;
const STRENGTHS = ['confirmed', 'unconfirmed', 'tentative'] as const;

/** 1 → 12 → 144 → 1,872 people (2,029 in all), plus cross links up to 4,000. */
const PEOPLE = 1 + 12 + 144 + 1872;
const LINKS = 4000;

function person(i: number): { name: string; dob: string; key: string } {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const born = new Date(Date.UTC(1970, 0, 1) + i * 86_400_000 * 3);
  const dob = `${String(born.getUTCDate()).padStart(2, '0')}/${String(born.getUTCMonth() + 1).padStart(2, '0')}/${born.getUTCFullYear()}`;
  return { name, dob, key: `${name}, ${dob}` };
}

function network(): { entities: string; links: string } {
  const people = Array.from({ length: PEOPLE }, (_, i) => person(i));
  const entities = ['type,name,date_of_birth,category'];
  people.forEach((p, i) => entities.push(`person,${p.name},${p.dob},${CATEGORIES[i % CATEGORIES.length]}`));
  const pairs = new Set<string>();
  const rows = ['from_type,from_key,to_type,to_key,link_type,strength'];
  const add = (a: number, b: number, type: string, i: number) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    rows.push(
      `person,"${people[a]!.key}",person,"${people[b]!.key}",${type},${STRENGTHS[i % STRENGTHS.length]}`,
    );
  };
  // The tree: the root has 12 contacts, each of those 12, each of those 13.
  const levels = [[0]];
  let next = 1;
  for (const fan of [12, 12, 13]) {
    const level: number[] = [];
    for (const parent of levels[levels.length - 1]!)
      for (let k = 0; k < fan; k++) {
        add(parent, next, 'associate', next);
        level.push(next++);
      }
    levels.push(level);
  }
  // Cross links between people at random (a fixed seed), so the network has cycles.
  let state = 20_290_401;
  const random = () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
  for (let i = 0; rows.length - 1 < LINKS; i++)
    add(Math.floor(random() * PEOPLE), Math.floor(random() * PEOPLE), 'associate', i);
  return { entities: entities.join('\n') + '\n', links: rows.join('\n') + '\n' };
}

/** Imports one CSV through import.start and waits for the job; returns how many rows went in. */
async function importCsv(page: Page, file: string, kind: 'entities' | 'links'): Promise<number> {
  const { jobId } = await engineCall<{ jobId: string }>(page, 'import.start', { path: file, kind });
  await waitForJob(page, jobId);
  const outcome = await engineCall<{ imported: number; rejected: Array<{ row: number; reason: string }> }>(
    page,
    'import.outcome',
    { jobId },
  );
  expect(outcome.rejected).toEqual([]);
  return outcome.imported;
}

/**
 * Where Cytoscape has drawn each entity (read from the instance Cytoscape registers on its
 * container), so the test checks the canvas itself rather than the store behind it.
 */
async function drawnPositions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const container = document.querySelector('[data-testid="chart-canvas"]') as
      | (HTMLElement & {
          _cyreg?: {
            cy?: { nodes(selector: string): Array<{ id(): string; position(): { x: number; y: number } }> };
          };
        })
      | null;
    const cy = container?._cyreg?.cy;
    if (!cy) throw new Error('The chart canvas has no Cytoscape instance.');
    const result: Record<string, [number, number]> = {};
    for (const node of cy.nodes('.entity')) result[node.id()] = [node.position().x, node.position().y];
    return result;
  });
}

/**
 * How many images the chart canvas copies to draw each of eight small pans, a quarter of a
 * second apart (Cytoscape refines its symbol textures once, shortly after the chart settles).
 */
async function imageCopiesPerPan(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const container = document.querySelector('[data-testid="chart-canvas"]') as
      | (HTMLElement & {
          _cyreg?: {
            cy?: { panBy(offset: { x: number; y: number }): void; one(event: string, handler: () => void): void };
          };
        })
      | null;
    const cy = container?._cyreg?.cy;
    if (!cy) throw new Error('The chart canvas has no Cytoscape instance.');
    const prototype = CanvasRenderingContext2D.prototype;
    const drawImage = prototype.drawImage;
    let copies = 0;
    prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      copies += 1;
      return (drawImage as (...a: unknown[]) => void).apply(this, args);
    } as typeof drawImage;
    const counts: number[] = [];
    try {
      for (let pan = 0; pan < 8; pan++) {
        copies = 0;
        const drawn = new Promise<void>((resolve) => cy.one('render', resolve));
        cy.panBy({ x: 7, y: 5 });
        await drawn;
        counts.push(copies);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return counts;
    } finally {
      prototype.drawImage = drawImage;
    }
  });
}

describe.skipIf(!chromiumPath)(
  'laying out a 2,029-entity chart in Chromium (skipped when no Chromium is installed)',
  () => {
    let session: Session;
    let folder: string;

    beforeAll(async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-chart-layout-'));
      const { entities, links } = network();
      fs.writeFileSync(path.join(folder, 'people.csv'), entities, 'utf8');
      fs.writeFileSync(path.join(folder, 'links.csv'), links, 'utf8');
      session = await openWorkbench(chromiumPath);
      await createVaultInUi(session.page);
    }, 240_000);

    afterAll(async () => {
      if (session) await session.close();
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    });

    it('imports the network, expands one person three links deep and lays out all 2,029 without losing an entity', async () => {
      const { page } = session;
      expect(await importCsv(page, path.join(folder, 'people.csv'), 'entities')).toBe(PEOPLE);
      expect(await importCsv(page, path.join(folder, 'links.csv'), 'links')).toBe(LINKS);

      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('button', { name: 'Chart' })
        .click();
      const chart = page.getByRole('region', { name: 'Link chart' });
      const canvas = page.getByTestId('chart-canvas');
      const emptyStatusBox = await canvas.boundingBox();
      expect(await chart.getByRole('status').innerText()).toBe('');
      const root = person(0);
      await chart.getByRole('button', { name: 'Add to chart' }).click();
      const add = page.getByRole('dialog', { name: 'Add to chart' });
      await add.getByLabel('Find entities').fill(root.name);
      await add
        .getByRole('checkbox', { name: new RegExp(root.name) })
        .first()
        .check();
      await add.getByRole('button', { name: 'Add to chart' }).click();
      await add.waitFor({ state: 'detached' });
      expect(await counts(page)).toEqual({ entities: 1, links: 0 });

      await chart.getByRole('button', { name: 'Expand' }).click();
      const expand = page.getByRole('dialog', { name: 'Expand' });
      await expand.getByLabel('Depth').selectOption('3');
      await expand.getByLabel('At most (entities, nearest first)').fill('5000');
      await expand.getByRole('button', { name: 'Expand' }).click();
      await chart
        .getByRole('status')
        .filter({ hasText: /Expand added/ })
        .waitFor({ timeout: 120_000 });
      expect(await counts(page)).toEqual({ entities: PEOPLE, links: LINKS });
      // A message appearing under the chart does not shrink the canvas: a resize makes Cytoscape
      // redraw every element of a big chart (a second or more here).
      expect(await canvas.boundingBox()).toEqual(emptyStatusBox);
      await page.waitForFunction(
        (n) => {
          const container = document.querySelector('[data-testid="chart-canvas"]') as
            (HTMLElement & { _cyreg?: { cy?: { nodes(s: string): { length: number } } } }) | null;
          return (container?._cyreg?.cy?.nodes('.entity').length ?? 0) >= n;
        },
        PEOPLE,
        { timeout: 120_000 },
      );
      const before = await drawnPositions(page);
      expect(Object.keys(before)).toHaveLength(PEOPLE);
      await saveScreenshot(page, 'chart-layout-before');

      // Long tasks on the main thread from the click until the new positions are drawn.
      await page.evaluate(() => {
        const tasks: number[] = [];
        Object.assign(window, { longTasks: tasks });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
        }).observe({ type: 'longtask' });
      });
      await chart.getByLabel('Layout algorithm').selectOption('auto');
      await chart.getByRole('button', { name: 'Layout', exact: true }).click();
      await chart
        .getByRole('status')
        .filter({ hasText: /Laid out 2,029 entities in [\d.]+ s\./ })
        .waitFor({ timeout: 120_000 });

      // Every entity is drawn at a new, finite place; the layout spreads them out (not a heap).
      let after = await drawnPositions(page);
      for (
        let i = 0;
        i < 600 &&
        Object.keys(after).some((id) => after[id]![0] === before[id]![0] && after[id]![1] === before[id]![1]);
        i++
      ) {
        await page.waitForTimeout(100);
        after = await drawnPositions(page);
      }
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      const moved = Object.keys(after).filter(
        (id) => after[id]![0] !== before[id]![0] || after[id]![1] !== before[id]![1],
      );
      expect(moved).toHaveLength(PEOPLE);
      expect(Object.values(after).every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
      // Spread out, not heaped: distinct places, and about one entity per 40 × 40 units or more.
      const points = Object.values(after);
      expect(new Set(points.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBeGreaterThan(
        PEOPLE * 0.95,
      );
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
      expect(Math.sqrt(area / PEOPLE)).toBeGreaterThan(40);
      expect(await counts(page)).toEqual({ entities: PEOPLE, links: LINKS });

      await page.waitForTimeout(500);
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      const figures = {
        entities: PEOPLE,
        links: LINKS,
        status: await chart.getByRole('status').innerText(),
        longestTaskMs: Math.max(0, ...tasks),
        longTasks: tasks.length,
        tasksMs: tasks,
        budgetMs: 100,
        note: 'Recorded, not asserted: npm run bench enforces the budget.',
      };
      fs.writeFileSync(
        path.join(ARTEFACTS, 'chart-layout-long-tasks.json'),
        JSON.stringify(figures, null, 2),
      );
      process.stderr.write(
        `chart layout of ${PEOPLE} entities / ${LINKS} links: longest main-thread task ${figures.longestTaskMs} ms, ${tasks.length} long tasks ${JSON.stringify(tasks)}\n`,
      );
      await saveScreenshot(page, 'chart-layout-after');

      // Once settled, the chart is drawn from Cytoscape's cached layers: a small pan copies a
      // few layer images, not a texture per entity, label and link (thousands of copies, which
      // cost seconds a frame and made panning a big chart crawl).
      const copies = await imageCopiesPerPan(page);
      process.stderr.write(`image copies per pan of the laid-out chart: ${JSON.stringify(copies)}\n`);
      // (Cytoscape refines its textures once after settling: a loaded machine may still be at it.)
      expect(Math.min(...copies.slice(-4))).toBeLessThan(50);
      expect(foreignRequests(session)).toEqual([]);
      expect(session.problems).toEqual([]);
    }, 600_000);
  },
);
