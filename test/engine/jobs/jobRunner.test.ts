import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '@shared/contract';
import { EventBus } from '../../../electron/engine/events';
import { JobRunner, type JobDefinition } from '../../../electron/engine/jobs/jobRunner';
import { FenlightError } from '@shared/contract';
import { createEngine } from '../../../electron/engine/index';
import { testEngineOptions } from '../../helpers/engineOptions';

/** Test-only job: counts to `to`, one checkpoint per step, reporting progress. */
const countJob: JobDefinition<{ to: number }, { counted: number }> = {
  kind: 'test.count',
  async run({ to }, context) {
    for (let i = 1; i <= to; i++) {
      await context.checkpoint();
      context.progress(i, to, `Counted ${i}`);
    }
    return { counted: to };
  },
};

const failingJob: JobDefinition<null, never> = {
  kind: 'test.fail',
  async run() {
    throw new FenlightError('INVALID_INPUT', 'Row 3 has no URN.');
  },
};

const crashingJob: JobDefinition<null, never> = {
  kind: 'test.crash',
  async run() {
    throw new TypeError('cannot read properties of undefined (SELECT secret FROM report)');
  },
};

function setup() {
  const bus = new EventBus();
  const events: AnyEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { runner: new JobRunner(bus), events };
}

describe('job runner', () => {
  it('runs a job to its result, reporting progress and a final event', async () => {
    const { runner, events } = setup();
    const { jobId } = runner.start(countJob, { to: 5 });
    const status = await runner.wait(jobId);
    expect(status).toMatchObject({ state: 'succeeded', done: 5, total: 5, kind: 'test.count' });
    const progress = events.filter((event) => event.name === 'job.progress');
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)).toEqual({
      name: 'job.progress',
      payload: { jobId, kind: 'test.count', done: 5, total: 5, message: 'Counted 5' },
    });
    expect(events.at(-1)).toEqual({
      name: 'job.finished',
      payload: { jobId, kind: 'test.count', state: 'succeeded', result: { counted: 5 }, error: null },
    });
  });

  it('throttles progress events from a tight loop', async () => {
    const { runner, events } = setup();
    const { jobId } = runner.start(countJob, { to: 2000 });
    await runner.wait(jobId);
    const progress = events.filter((event) => event.name === 'job.progress');
    expect(progress.length).toBeLessThan(100);
  });

  it('cancels a running job at its next checkpoint', async () => {
    const { runner, events } = setup();
    const { jobId } = runner.start(countJob, { to: 1_000_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runner.cancel(jobId)).toBe(true);
    const status = await runner.wait(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeLessThan(1_000_000);
    expect(status.error).toMatchObject({ code: 'CANCELLED' });
    expect(events.at(-1)).toMatchObject({ name: 'job.finished', payload: { state: 'cancelled' } });
    expect(runner.cancel(jobId)).toBe(false);
  });

  it('reports a job failure as a contract error', async () => {
    const { runner } = setup();
    const { jobId } = runner.start(failingJob, null);
    expect(await runner.wait(jobId)).toMatchObject({
      state: 'failed',
      error: { code: 'INVALID_INPUT', message: 'Row 3 has no URN.' },
    });
  });

  it('hides the internals of an unexpected job failure', async () => {
    const { runner } = setup();
    const { jobId } = runner.start(crashingJob, null);
    const status = await runner.wait(jobId);
    expect(status.error?.code).toBe('INTERNAL');
    expect(status.error?.message).not.toMatch(/SELECT/);
  });

  it('answers NOT_FOUND for a job it does not know', () => {
    const { runner } = setup();
    expect(() => runner.get('nope')).toThrow(/not known/);
  });
});

describe('job calls through the engine', () => {
  it('lists, inspects and cancels a job through the contract', async () => {
    const engine = createEngine(testEngineOptions());
    const { jobId } = engine.jobs.start(countJob, { to: 1_000_000 });
    const listed = await engine.call('jobs.list', {});
    expect(listed).toMatchObject({ ok: true, value: [expect.objectContaining({ jobId, state: 'running' })] });
    expect(await engine.call('jobs.cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    await engine.jobs.wait(jobId);
    expect(await engine.call('jobs.get', { jobId })).toMatchObject({ ok: true, value: { state: 'cancelled' } });
  });
});
