import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportSaved } from '@shared/contract/calls/export';
import { createEngine } from '../../electron/engine/index';
import { recordStores } from '../../electron/engine/records/recordStores';
import { findChromium } from '../e2e/support/chromium';
import { benchPageFolder, buildBenchPage, openBenchPage, serveBenchPage } from './harness/benchPage';
import type { Benchmark, Measurement } from './harness/runner';
import { createPeople } from '../helpers/bulkRecords';

/**
 * Exporting a 2,000-entity / 4,000-link chart to PDF, as the Export… dialog does it: the chart
 * drawn as vector SVG by the real export code (cytoscape-svg) on the real chart workspace in
 * Chromium, then the engine's export.save framing it and writing the PDF (svg-to-pdfkit, Noto
 * Sans) into a real encrypted vault's folder, logged as a disclosure. The page is built by Vite
 * into .bench-data/ (never committed).
 */
const PAGE_NAME = 'chart-export-page';

const entry = (root: string) => `
import { createRoot } from 'react-dom/client';
import '${root}/renderer/src/styles/app.css';
import { ChartWorkspace } from '${root}/renderer/src/features/chart/components/ChartWorkspace';
import { useChartStore } from '${root}/renderer/src/features/chart/chartStore';
import { getChartCanvas } from '${root}/renderer/src/features/chart/canvasRegistry';
import { chartSvg } from '${root}/renderer/src/features/chart/export/chartExport';

Object.assign(window, { fenlight: { call: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'bench' } }), on: () => () => undefined } });
createRoot(document.getElementById('root')!).render(<div style={{ height: '100vh', display: 'grid' }}><ChartWorkspace /></div>);

const TYPES = ['person', 'person', 'person', 'site', 'vehicle', 'phone', 'organisation'] as const;
const STRENGTHS = ['confirmed', 'unconfirmed', 'tentative'] as const;

function entity(id: string, i: number) {
  const type = TYPES[i % TYPES.length];
  const label = type === 'person' ? 'Person ' + i + ' (01/02/19' + (60 + (i % 40)) + ')' : type + ' ' + i;
  return {
    summary: { id, type, label, chartLabel: label, category: type === 'person' ? 'suspect' : null, siteType: null, location: null, reviewState: 'reviewed', bestGrade: { source: '2', assessment: 'B', handling: 'P' }, evidenceCount: 1, latestEvidenceOn: '2025-06-01', hasHandlingConditions: false },
    facts: { gradeMask: 1 << 6, exploitationTypes: ['labour'], firstOn: '2025-01-01', lastOn: '2025-06-01' },
    nrm: null,
  };
}

function link(id: string, from: string, to: string, i: number) {
  return {
    summary: { id, type: 'associate', label: 'Associate', directed: false, strength: STRENGTHS[i % 3], fromId: from, toId: to, validFrom: null, validTo: null, notes: '', bestGrade: null, evidenceCount: 0, latestEvidenceOn: null },
    facts: { gradeMask: 0, exploitationTypes: [], firstOn: null, lastOn: null },
  };
}

Object.assign(window, {
  bench: {
    async svg(ids: string[], m: number) {
      let state = 12345;
      const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
      const side = Math.sqrt(ids.length) * 110;
      const entities = ids.map((id, i) => entity(id, i));
      const nodes = ids.map((id) => ({ entityId: id, x: next() * side, y: next() * side, pinned: false, hidden: false, groupId: null, style: {} }));
      const links = [];
      for (let i = 0; links.length < m; i++) {
        const a = i % ids.length;
        const b = (a + 1 + Math.floor(next() * 40)) % ids.length;
        if (a !== b) links.push(link('l' + i, ids[a], ids[b], i));
      }
      const document = { version: 1, nodes, links: links.map((item) => ({ linkId: item.summary.id, hidden: false, style: {} })), groups: [], annotations: [], filters: { mode: 'dim' } };
      useChartStore.getState().load(document as never, { entities, links, merged: {}, missing: [] } as never, { chartId: null, name: null, marking: null });
      await new Promise<void>((resolve) => {
        const wait = () => {
          const cy = getChartCanvas()?.cy;
          if (!cy || cy.nodes().length < ids.length) return requestAnimationFrame(wait);
          cy.one('render', () => setTimeout(resolve, 2000));
        };
        wait();
      });
      const started = performance.now();
      const picture = chartSvg(getChartCanvas()!);
      return { ms: performance.now() - started, ...picture };
    },
  },
});
`;

interface ChartPicture {
  ms: number;
  svg: string;
  width: number;
  height: number;
}

/** The chart drawn as SVG in Chromium by the export code, for entities with these ids. */
async function drawInChromium(chromiumPath: string, ids: string[]): Promise<ChartPicture> {
  const server = await serveBenchPage(await buildBenchPage({ name: PAGE_NAME, title: 'Chart export bench', entry }));
  const { browser, page } = await openBenchPage(server.url, chromiumPath);
  try {
    return (await page.evaluate(
      ([entityIds, links]) => (window as unknown as { bench: { svg(ids: string[], m: number): Promise<unknown> } }).bench.svg(entityIds, links),
      [ids, 4000] as const,
    )) as ChartPicture;
  } finally {
    await browser.close();
    await server.close();
  }
}

const chartExportBench: Benchmark = {
  name: 'chart export to PDF',
  async run() {
    const chromiumPath = findChromium();
    if (!chromiumPath) {
      process.stderr.write('bench: no Chromium, so the chart export figures are skipped\n');
      return [];
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-export-'));
    const engine = createEngine({
      dataFolder: dir,
      defaultVaultFolder: path.join(dir, 'vaults'),
      build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
      runtime: `node ${process.versions.node}`,
    });
    try {
      const created = await engine.call('vault.create', { name: 'Bench', analystName: 'Bench Analyst', staffNumber: 'B1', passphrase: 'bench fen drove heron lantern' });
      if (!created.ok) throw new Error(created.error.message);
      const session = engine.vaults.requireSession();
      const stores = recordStores(session, () => new Date());
      const ids = session.transaction(() => createPeople(stores, 2000));
      const picture = await drawInChromium(chromiumPath, ids);
      const measurements: Measurement[] = [{ label: '2,000 entities / 4,000 links drawn as vector SVG (Chromium)', value: picture.ms, unit: 'ms' }];
      process.stderr.write(`bench: chart SVG ${picture.width} × ${picture.height}, ${(picture.svg.length / 1e6).toFixed(1)} MB\n`);
      // Kept beside the page for looking into (the folder is never committed).
      fs.writeFileSync(path.join(benchPageFolder(PAGE_NAME), 'chart.svg'), picture.svg);
      // One page, fitted: tiled over A3 the same drawing is placed on every page, so a tiled PDF costs about this times its pages.
      const started = performance.now();
      const result = await engine.call('export.save', {
        destination: path.join(dir, 'chart.pdf'),
        format: 'pdf',
        content: { kind: 'svg', svg: picture.svg, width: picture.width, height: picture.height },
        frame: { marking: 'OFFICIAL-SENSITIVE', trainingData: false, title: 'Bench chart', author: 'Bench Analyst (B1)', exportedAt: new Date().toISOString(), legend: [{ label: 'Person', kind: 'node', colour: '#1f5fa8' }], handlingConditions: [] },
        page: { paper: 'A3', orientation: 'landscape', fit: 'page' },
        subject: { kind: 'chart', name: 'Bench chart' },
        entityIds: ids,
        reason: 'Benchmark of chart exports',
        recipients: [],
      });
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(result.error.message);
      const saved = result.value as ExportSaved;
      measurements.push({ label: `export.save PDF, A3 fitted to one page, ${(saved.bytes / 1e6).toFixed(1)} MB (engine)`, value: ms, unit: 'ms' });
      measurements.push({ label: '… SVG drawing plus PDF: the export, click to file', value: picture.ms + ms, unit: 'ms' });
      return measurements;
    } finally {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const chartExportBenchmarks: Benchmark[] = [chartExportBench];
