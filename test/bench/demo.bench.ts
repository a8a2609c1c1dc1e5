import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { todayInLondon } from '@shared/format/dates';
import { generateDemoBatches } from '../../electron/engine/demo/dataset';
import { createEngine } from '../../electron/engine/index';
import { TEST_KDF } from '../helpers/testKdf';
import type { Benchmark, Measurement } from './harness/runner';

/**
 * Demo data: generating 100,000 reports (pure, streamed in batches) and loading 10,000 through
 * demo.load into a fresh vault. Loading 100,000 is measured by the search benchmark, which needs
 * that vault anyway. No DESIGN.md budget applies: the figures are for comparison between runs.
 */
const BENCH_DATA = path.resolve(__dirname, '../../.bench-data');
const PASSPHRASE = 'bench demo heron lantern';

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const generation: Benchmark = {
  name: 'demo data generation',
  async run() {
    const today = todayInLondon(new Date());
    const cpu = process.cpuUsage();
    const started = performance.now();
    let reports = 0;
    let entities = 0;
    let evidence = 0;
    let peakHeap = 0;
    for (const batch of generateDemoBatches({ reports: 100_000, seed: 1, today })) {
      reports += batch.reports.length;
      entities += batch.entities.length;
      evidence += batch.evidence.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    const took = performance.now() - started;
    return [
      { label: 'generate 100,000 reports (streamed batches)', value: took / 1000, unit: 's' },
      { label: 'generate 100,000 reports, CPU time', value: cpuMs(cpu) / 1000, unit: 's' },
      { label: 'entities generated', value: entities, unit: 'count' },
      { label: 'evidence items generated', value: evidence, unit: 'count' },
      { label: 'peak heap while generating (MB)', value: peakHeap / 1e6, unit: 'count' },
      { label: 'reports generated', value: reports, unit: 'count' },
    ] satisfies Measurement[];
  },
};

const load: Benchmark = {
  name: 'demo.load',
  async run() {
    fs.mkdirSync(BENCH_DATA, { recursive: true });
    const dir = fs.mkdtempSync(path.join(BENCH_DATA, 'demo-load-'));
    const engine = createEngine({
      dataFolder: path.join(dir, 'data'),
      defaultVaultFolder: path.join(dir, 'vaults'),
      build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
      runtime: `node ${process.versions.node}`,
      log: () => undefined,
      kdf: TEST_KDF,
    });
    try {
      const created = await engine.call('vault.create', { name: 'Demo load', analystName: 'Bench', staffNumber: 'B0001', passphrase: PASSPHRASE });
      if (!created.ok) throw new Error(created.error.message);
      const cpu = process.cpuUsage();
      const started = performance.now();
      const call = await engine.call('demo.load', { reports: 10_000, seed: 1 });
      if (!call.ok) throw new Error(call.error.message);
      const status = await engine.jobs.wait((call.value as { jobId: string }).jobId);
      if (status.state !== 'succeeded') throw new Error(status.error?.message ?? status.state);
      const took = performance.now() - started;
      return [
        { label: 'load 10,000 reports with entities, links and evidence', value: took / 1000, unit: 's' },
        { label: 'load 10,000 reports, CPU time', value: cpuMs(cpu) / 1000, unit: 's' },
        { label: 'reports loaded per second', value: 10_000 / (took / 1000), unit: 'count' },
      ] satisfies Measurement[];
    } finally {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const demoBenchmarks: Benchmark[] = [generation, load];
