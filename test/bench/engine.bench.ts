import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EngineHost } from '../../electron/engine/host/engineHost';
import { engineWorkerEntry } from '../helpers/engineWorker';
import { percentile, type Benchmark } from './harness/runner';

/** How quickly the engine worker starts and answers a call through the worker boundary. */
const engineRoundTrip: Benchmark = {
  name: 'engine worker',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-'));
    const startedAt = performance.now();
    const host = await EngineHost.start({
      workerEntry: engineWorkerEntry,
      engine: {
        dataFolder: dir,
        defaultVaultFolder: path.join(dir, 'vaults'),
        build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
        runtime: `node ${process.versions.node}`,
      },
    });
    const startup = performance.now() - startedAt;
    const samples: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await host.call('app.info', {});
      samples.push(performance.now() - t);
    }
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    return [
      { label: 'worker start-up (TypeScript via tsx)', value: startup, unit: 'ms' },
      { label: 'call round trip, p50', value: percentile(samples, 50), unit: 'ms' },
      { label: 'call round trip, p95', value: percentile(samples, 95), unit: 'ms' },
    ];
  },
};

export const engineBenchmarks: Benchmark[] = [engineRoundTrip];
