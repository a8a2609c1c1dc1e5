import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnyEvent } from '@shared/contract';
import { EngineHost } from '../../../electron/engine/host/engineHost';
import { testEngineOptions } from '../../helpers/engineOptions';
import { engineWorkerEntry } from '../../helpers/engineWorker';

const hosts: EngineHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

async function startHost(workerEntry = engineWorkerEntry) {
  const { log: _log, ...engine } = testEngineOptions();
  const logs: string[] = [];
  const host = await EngineHost.start({ workerEntry, engine, log: (line) => logs.push(line) });
  hosts.push(host);
  return { host, logs, engine };
}

describe('engine host (worker thread)', () => {
  it('forwards calls to the engine worker and returns its answers', async () => {
    const { host, engine } = await startHost();
    const result = await host.call('app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'Fenlight', dataFolder: engine.dataFolder } });
  });

  it('relays engine events to subscribers', async () => {
    const { host } = await startHost();
    const events: AnyEvent[] = [];
    host.subscribe((event) => events.push(event));
    await host.call('settings.update', { theme: 'light' });
    expect(events).toContainEqual({ name: 'settings.changed', payload: expect.objectContaining({ theme: 'light' }) });
  });

  it('returns engine errors as contract errors', async () => {
    const { host } = await startHost();
    expect(await host.call('jobs.get', { jobId: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses data that cannot cross to the worker without throwing', async () => {
    const { host } = await startHost();
    const result = await host.call('app.info', { callback: () => 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('survives a worker crash: the pending call fails cleanly, a lock is announced and calls work again', async () => {
    const crashing = path.resolve('test/fixtures/workers/crashOnCall.mjs');
    const { host, logs } = await startHost(crashing);
    const events: AnyEvent[] = [];
    host.subscribe((event) => events.push(event));
    const result = await host.call('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/restarted/) } });
    expect(events).toContainEqual({ name: 'vault.locked', payload: { reason: 'engine-restart' } });
    expect(logs.join('\n')).toMatch(/exited unexpectedly \(code 7\)/);
    // The replacement worker is up and answering (and, being the same fixture, crashing again).
    expect(await host.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('stops cleanly', async () => {
    const { host } = await startHost();
    await host.stop();
    expect(await host.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
