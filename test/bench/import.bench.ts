import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportOutcome } from '@shared/contract/calls/ingest';
import { todayInLondon } from '@shared/format/dates';
import { generateDemoBatches, writeDemoReportsCsv } from '../../electron/engine/demo';
import { createEngine } from '../../electron/engine/index';
import { TEST_KDF } from '../helpers/testKdf';
import type { Benchmark, Measurement } from './harness/runner';

/**
 * DESIGN.md: import 100,000 reports from CSV, with entity extraction, linking and indexing, in
 * ≤ 30 s with the UI responsive. The CSV is the demo dataset written by the demo CSV writer into
 * .bench-data/ (once per day: the demo dates are relative to today, and the import refuses future dates).
 */
const ROWS = 100_000;
const SEED = 1;
const BENCH_DATA = path.resolve(__dirname, '../../.bench-data');

function ensureCsv(today: string): string {
  const file = path.join(BENCH_DATA, `import-demo-reports-${ROWS}-seed${SEED}-${today}.csv`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(BENCH_DATA, { recursive: true });
    writeDemoReportsCsv(generateDemoBatches({ reports: ROWS, seed: SEED, today }), file);
  }
  return file;
}

/**
 * The longest gap between event-loop turns while the import ran: how long a call from the UI
 * (listing reports, cancelling) would have waited for the engine.
 */
function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return worst;
    },
  };
}

const importReports: Benchmark = {
  name: 'import',
  async run() {
    const file = ensureCsv(todayInLondon(new Date()));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-import-'));
    const engine = createEngine({
      dataFolder: path.join(dir, 'data'),
      defaultVaultFolder: path.join(dir, 'vaults'),
      build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
      runtime: `node ${process.versions.node}`,
      // Key derivation is not what is measured here.
      kdf: TEST_KDF,
    });
    try {
      const created = await engine.call('vault.create', { name: 'Bench', analystName: 'Bench Analyst', staffNumber: 'B0001', passphrase: 'bench passphrase for import only' });
      if (!created.ok) throw new Error(created.error.message);
      const loop = watchEventLoop();
      const cpu = process.cpuUsage();
      const startedAt = performance.now();
      const started = await engine.call('import.start', { path: file, kind: 'reports' });
      if (!started.ok) throw new Error(started.error.message);
      const { jobId } = started.value as { jobId: string };
      const status = await engine.jobs.wait(jobId);
      const seconds = (performance.now() - startedAt) / 1000;
      const used = process.cpuUsage(cpu);
      const worstStall = loop.stop();
      if (status.state !== 'succeeded') throw new Error(`import ${status.state}: ${status.error?.message ?? ''}`);
      const result = await engine.call('import.outcome', { jobId });
      const outcome = (result.ok ? result.value : null) as ImportOutcome | null;
      return [
        { label: `import ${ROWS.toLocaleString('en-GB')} demo reports from CSV (extraction, evidence, FTS)`, value: seconds, unit: 's', budget: 30 },
        { label: 'same, CPU time (user + system)', value: (used.user + used.system) / 1e6, unit: 's' },
        { label: 'rows per second', value: ROWS / seconds, unit: 'count' },
        { label: 'reports imported', value: outcome?.imported ?? 0, unit: 'count' },
        { label: 'entities extracted (unreviewed)', value: outcome?.extractedEntities ?? 0, unit: 'count' },
        { label: 'rows rejected', value: outcome?.rejected.length ?? 0, unit: 'count' },
        { label: 'longest wait for the engine during the import', value: worstStall, unit: 'ms' },
        { label: 'load average (1 min) when finished', value: os.loadavg()[0] ?? 0, unit: 'count' },
      ] satisfies Measurement[];
    } finally {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const importBenchmarks: Benchmark[] = [importReports];
