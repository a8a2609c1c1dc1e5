import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { CallResult } from '@shared/contract';
import type { ChartItems } from '@shared/contract/calls/chart';
import { createEngine } from '../../electron/engine/index';
import { recordStores } from '../../electron/engine/records/recordStores';
import { findChromium } from '../e2e/support/chromium';
import { chartExportBenchmarks } from './chartExport.bench';
import { buildBenchPage, openBenchPage, serveBenchPage } from './harness/benchPage';
import type { Benchmark, Measurement } from './harness/runner';
import { createPeople, linkAssociates } from '../helpers/bulkRecords';

/**
 * DESIGN.md's chart budgets, measured on the real chart workspace (store, React components,
 * Cytoscape adapter, layout worker) in Debian's Chromium, served with the app's CSP:
 * - a chart of 2,000 entities / 4,000 links with known positions: data to first paint ≤ 1 s
 *   (and, separately, the engine's chart.items answer for those 2,000 in a real vault);
 * - automatic layout off the UI thread: 2,000 ≤ 2 s, 5,000 ≤ 6 s, no main-thread task > 100 ms;
 * - adding a neighbourhood (300 entities) to an open 2,000-entity chart ≤ 300 ms;
 * - pan and zoom at 5,000 entities ≥ 50 fps.
 * The page is built by Vite from a small entry written into .bench-data/ (never committed; see
 * harness/benchPage).
 */
const entry = (root: string) => `
import { createRoot } from 'react-dom/client';
import '${root}/renderer/src/styles/app.css';
import { ChartWorkspace } from '${root}/renderer/src/features/chart/components/ChartWorkspace';
import { useChartStore } from '${root}/renderer/src/features/chart/chartStore';
import { getChartCanvas } from '${root}/renderer/src/features/chart/canvasRegistry';
import { runLayout } from '${root}/renderer/src/features/chart/chartActions';
import { useChartUiStore } from '${root}/renderer/src/features/chart/chartUiStore';

// No engine here: the chart is fed directly, as chart.items would.
Object.assign(window, { fenlight: { call: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'bench' } }), on: () => () => undefined } });
createRoot(document.getElementById('root')!).render(<div style={{ height: '100vh', display: 'grid' }}><ChartWorkspace /></div>);

const TYPES = ['person', 'person', 'person', 'site', 'vehicle', 'phone', 'organisation'] as const;
const CATEGORIES = ['suspect', 'victim', 'potential_victim', 'witness', 'other'] as const;
const LINKS = ['associate', 'lives_at', 'drives', 'uses_phone', 'works_at', 'controls_or_exploits'] as const;
const STRENGTHS = ['confirmed', 'unconfirmed', 'tentative'] as const;

function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
}

function entity(id: string, i: number) {
  const type = TYPES[i % TYPES.length];
  const label = type === 'person' ? 'Person ' + i + ' (01/02/19' + (60 + (i % 40)) + ')' : type + ' ' + i;
  return {
    summary: { id, type, label, chartLabel: label, category: type === 'person' ? CATEGORIES[i % CATEGORIES.length] : null, siteType: null, location: null, reviewState: i % 9 === 0 ? 'unreviewed' : 'reviewed', bestGrade: { source: '2', assessment: 'B', handling: i % 11 === 0 ? 'C' : 'P' }, evidenceCount: 1, latestEvidenceOn: '2025-06-01', hasHandlingConditions: i % 11 === 0 },
    facts: { gradeMask: 1 << 6, exploitationTypes: ['labour'], firstOn: '2025-01-01', lastOn: '2025-06-01' },
    nrm: null,
  };
}

function link(id: string, from: string, to: string, i: number) {
  return {
    summary: { id, type: LINKS[i % LINKS.length], label: 'Link', directed: i % 2 === 0, strength: STRENGTHS[i % 3], fromId: from, toId: to, validFrom: null, validTo: null, notes: '', bestGrade: null, evidenceCount: 0, latestEvidenceOn: null },
    facts: { gradeMask: 0, exploitationTypes: [], firstOn: null, lastOn: null },
  };
}

/** n entities scattered over a square at about 110 units apart, m links mostly between near neighbours. */
function chart(n: number, m: number, prefix = 'e') {
  const next = random(n * 31 + m);
  const side = Math.sqrt(n) * 110;
  const entities = Array.from({ length: n }, (_, i) => entity(prefix + i, i));
  const nodes = entities.map((item) => ({ entityId: item.summary.id, x: next() * side, y: next() * side, pinned: false, hidden: false, groupId: null, style: {} }));
  const links = [];
  for (let i = 0; links.length < m; i++) {
    const a = i % n;
    const b = (a + 1 + Math.floor(next() * 40)) % n;
    if (a !== b) links.push(link(prefix + 'l' + i, prefix + a, prefix + b, i));
  }
  const document = { version: 1, nodes, links: links.map((item) => ({ linkId: item.summary.id, hidden: false, style: {} })), groups: [], annotations: [], filters: { mode: 'dim' } };
  return { document, items: { entities, links, merged: {}, missing: [] } };
}

/** Resolves after Cytoscape has drawn a frame holding at least n nodes. */
function painted(n: number): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => {
      const cy = getChartCanvas()?.cy;
      if (!cy || cy.nodes().length < n) return requestAnimationFrame(wait);
      cy.one('render', () => requestAnimationFrame(() => resolve()));
    };
    wait();
  });
}

const longTasks: number[] = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); }).observe({ type: 'longtask' });


Object.assign(window, {
  bench: {
    async paint(n: number, m: number) {
      const { document, items } = chart(n, m);
      const started = performance.now();
      useChartStore.getState().load(document as never, items as never, { chartId: null, name: null, marking: null });
      await painted(n);
      return performance.now() - started;
    },
    async layout() {
      longTasks.length = 0;
      const started = performance.now();
      await runLayout('auto');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const wall = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { wall, longest: Math.max(0, ...longTasks), tasks: [...longTasks], status: useChartUiStore.getState().message?.text ?? '' };
    },
    async add(k: number) {
      const state = useChartStore.getState();
      const onChart = state.document.nodes.map((node) => node.entityId);
      const entities = Array.from({ length: k }, (_, i) => entity('new' + i, i));
      const links = entities.map((item, i) => link('newl' + i, onChart[(i * 7) % onChart.length], item.summary.id, i));
      longTasks.length = 0;
      const started = performance.now();
      useChartStore.getState().applyItems({ entities, links, merged: {}, missing: [] } as never);
      await painted(onChart.length + k);
      return performance.now() - started;
    },
    /**
     * The analyst's own gesture: the mouse wheel over the chart, in and out, one notch a frame
     * for \`ms\`. Dispatched in the page, because Playwright's round trip per notch delivers
     * fewer than 30 a second, which would cap the figure below the 50 fps budget whatever the
     * chart did; Cytoscape handles these exactly as the wheel's own events.
     */
    async wheelZoom(ms: number) {
      const cy = getChartCanvas()!.cy;
      const target = cy.container()!.querySelector('canvas')!;
      const box = target.getBoundingClientRect();
      let frames = 0;
      const count = () => { frames += 1; };
      longTasks.length = 0;
      cy.on('render', count);
      const started = performance.now();
      await new Promise<void>((resolve) => {
        let notch = 0;
        const step = () => {
          if (performance.now() - started >= ms) return resolve();
          const deltaY = Math.floor(notch / 15) % 2 === 0 ? -40 : 40;
          notch += 1;
          target.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      cy.off('render', count);
      return { fps: (frames * 1000) / (performance.now() - started), longest: Math.max(0, ...longTasks) };
    },
    async panZoom(ms: number) {
      const cy = getChartCanvas()!.cy;
      const fitted = new Promise((resolve) => cy.one('render', resolve));
      getChartCanvas()!.fit();
      // An analyst looks at a chart before panning it: the fitted chart is drawn (and cached,
      // one long frame), then Cytoscape has a moment to finish caching the symbols.
      await fitted;
      await new Promise((resolve) => setTimeout(resolve, 3000));
      let frames = 0;
      const count = () => { frames += 1; };
      cy.on('render', count);
      const started = performance.now();
      const base = cy.zoom();
      await new Promise<void>((resolve) => {
        const step = () => {
          const t = performance.now() - started;
          if (t >= ms) return resolve();
          cy.viewport({ zoom: base * (1.5 + Math.sin(t / 400)), pan: { x: 200 * Math.sin(t / 700), y: 150 * Math.cos(t / 500) } });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      cy.off('render', count);
      return (frames * 1000) / (performance.now() - started);
    },
  },
});
`;

interface BenchApi {
  paint(n: number, m: number): Promise<number>;
  layout(): Promise<{ wall: number; longest: number; tasks: number[]; status: string }>;
  add(k: number): Promise<number>;
  panZoom(ms: number): Promise<number>;
  wheelZoom(ms: number): Promise<{ fps: number; longest: number }>;
}

const bench = <K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>) =>
  page.evaluate(
    ([method, values]) =>
      (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[method]!(
        ...values,
      ),
    [name, args] as const,
  ) as ReturnType<BenchApi[K]>;

/** The engine's side of "data to first paint": chart.items for 2,000 entities / 4,000 links in a real encrypted vault. */
async function chartItemsInEngine(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-chart-'));
  const engine = createEngine({
    dataFolder: dir,
    defaultVaultFolder: path.join(dir, 'vaults'),
    build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
    runtime: `node ${process.versions.node}`,
  });
  try {
    const created = await engine.call('vault.create', {
      name: 'Bench',
      analystName: 'Bench Analyst',
      staffNumber: 'B1',
      passphrase: 'bench fen drove heron lantern',
    });
    if (!created.ok) throw new Error(created.error.message);
    const session = engine.vaults.requireSession();
    const stores = recordStores(session, () => new Date());
    const ids = session.transaction(() => {
      const people = createPeople(stores, 2000);
      for (let i = 0; i < 4000; i++) {
        const a = i % 2000;
        const b = (a + 1 + ((i * 7919) % 37)) % 2000;
        linkAssociates(stores, people[a]!, people[b]!);
      }
      return people;
    });
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const result = (await engine.call('chart.items', { entityIds: ids })) as CallResult<ChartItems>;
      samples.push(performance.now() - started);
      if (!result.ok || result.value.links.length < 4000)
        throw new Error('chart.items did not return the chart');
    }
    return samples.sort((a, b) => a - b)[2]!;
  } finally {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const chartBench: Benchmark = {
  name: 'link chart',
  async run() {
    const chromiumPath = findChromium();
    const measurements: Measurement[] = [];
    const engineMs = await chartItemsInEngine();
    measurements.push({
      label: 'chart.items for 2,000 entities / 4,000 links (engine, median of 5)',
      value: engineMs,
      unit: 'ms',
    });
    if (!chromiumPath) {
      process.stderr.write('bench: no Chromium, so the chart canvas figures are skipped\n');
      return measurements;
    }
    const server = await serveBenchPage(await buildBenchPage({ name: 'chart-page', title: 'Chart bench', entry }));
    try {
      {
        const { browser, page, problems } = await openBenchPage(server.url, chromiumPath);
        const paint = await bench(page, 'paint', 2000, 4000);
        measurements.push({
          label: '2,000 entities / 4,000 links, known positions: data to first paint',
          value: paint,
          unit: 'ms',
          budget: 1000,
        });
        measurements.push({
          label: '… plus the engine’s chart.items answer',
          value: paint + engineMs,
          unit: 'ms',
        });
        // The analyst clicks Layout on a chart that has finished drawing: Cytoscape refines its
        // textures for about a second after the first paint, which is the paint's cost, not the layout's.
        await page.waitForTimeout(1500);
        const layout = await bench(page, 'layout');
        process.stderr.write(
          `bench: layout 2,000: ${layout.status}; long tasks ${JSON.stringify(layout.tasks.map(Math.round))}\n`,
        );
        measurements.push({
          label: 'automatic layout, 2,000 entities (worker), click to positions drawn',
          value: layout.wall,
          unit: 'ms',
          budget: 2000,
        });
        measurements.push({
          label: 'longest main-thread task during that layout',
          value: layout.longest,
          unit: 'ms',
          budget: 100,
        });
        const add = await bench(page, 'add', 300);
        measurements.push({
          label: 'add a 300-entity neighbourhood to the 2,000 (placed, drawn)',
          value: add,
          unit: 'ms',
          budget: 300,
        });
        if (problems.length > 0) process.stderr.write(`bench: page problems: ${problems.join(' | ')}\n`);
        await browser.close();
      }
      {
        const { browser, page } = await openBenchPage(server.url, chromiumPath);
        const paint = await bench(page, 'paint', 5000, 10000);
        measurements.push({
          label: '5,000 entities / 10,000 links, known positions: data to first paint',
          value: paint,
          unit: 'ms',
        });
        const fps = await bench(page, 'panZoom', 4000);
        measurements.push({ label: 'pan and zoom at 5,000 entities', value: fps, unit: 'fps', budget: 50 });
        const wheel = await bench(page, 'wheelZoom', 4000);
        measurements.push({
          label: 'mouse-wheel zoom at 5,000 entities (the analyst’s gesture)',
          value: wheel.fps,
          unit: 'fps',
          budget: 50,
        });
        measurements.push({
          label: 'longest main-thread task during that gesture',
          value: wheel.longest,
          unit: 'ms',
        });
        await page.waitForTimeout(1000);
        const layout = await bench(page, 'layout');
        process.stderr.write(
          `bench: layout 5,000: ${layout.status}; long tasks ${JSON.stringify(layout.tasks.map(Math.round))}\n`,
        );
        measurements.push({
          label: 'automatic layout, 5,000 entities (worker), click to positions drawn',
          value: layout.wall,
          unit: 'ms',
          budget: 6000,
        });
        measurements.push({
          label: 'longest main-thread task during that layout',
          value: layout.longest,
          unit: 'ms',
          budget: 100,
        });
        await browser.close();
      }
    } finally {
      await server.close();
    }
    return measurements;
  },
};

export const chartBenchmarks: Benchmark[] = [chartBench, ...chartExportBenchmarks];
