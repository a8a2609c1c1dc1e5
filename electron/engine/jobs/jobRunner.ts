import crypto from 'node:crypto';
import { FenlightError, toContractError } from '@shared/contract';
import type { JobStatus } from '@shared/contract/calls/jobs';
import type { EventBus } from '../events';

export interface JobContext {
  readonly signal: AbortSignal;
  /** Reports progress; throttled so a tight loop cannot flood the UI with events. */
  progress(done: number, total: number | null, message?: string): void;
  /**
   * Yields to the event loop (so a cancel request can arrive) and throws CANCELLED if the
   * job was cancelled. Long jobs call this between batches.
   */
  checkpoint(): Promise<void>;
}

export interface JobDefinition<I, R> {
  kind: string;
  run(input: I, context: JobContext): Promise<R>;
}

interface RunningJob {
  status: JobStatus;
  controller: AbortController;
  done: Promise<JobStatus>;
}

const PROGRESS_INTERVAL_MS = 100;
const FINISHED_JOBS_KEPT = 50;

/** Start → progress events → result or error, with cancellation. Import and export run on it. */
export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly bus: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start<I, R>(definition: JobDefinition<I, R>, input: I): { jobId: string } {
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    const status: JobStatus = {
      jobId,
      kind: definition.kind,
      state: 'running',
      done: 0,
      total: null,
      message: null,
      startedAt: this.now().toISOString(),
      finishedAt: null,
      error: null,
    };
    let lastProgressAt = 0;
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total, message) => {
        status.done = done;
        status.total = total;
        status.message = message ?? status.message;
        const at = Date.now();
        if (at - lastProgressAt < PROGRESS_INTERVAL_MS && (total === null || done < total)) return;
        lastProgressAt = at;
        this.bus.emit('job.progress', { jobId, kind: status.kind, done, total, message: status.message });
      },
      checkpoint: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (controller.signal.aborted) throw new FenlightError('CANCELLED', 'The job was cancelled. Nothing from it was kept.');
      },
    };
    const done = this.execute(definition, input, status, context);
    this.jobs.set(jobId, { status, controller, done });
    this.forgetOldJobs();
    return { jobId };
  }

  cancel(jobId: string): boolean {
    const job = this.require(jobId);
    if (job.status.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  get(jobId: string): JobStatus {
    return { ...this.require(jobId).status };
  }

  list(): JobStatus[] {
    return [...this.jobs.values()].map((job) => ({ ...job.status }));
  }

  /** Resolves when the job has finished, whatever the outcome. */
  wait(jobId: string): Promise<JobStatus> {
    return this.require(jobId).done;
  }

  /** Cancels every running job and waits for them to stop (used on lock and shutdown). */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((job) => job.status.state === 'running');
    for (const job of running) job.controller.abort();
    await Promise.all(running.map((job) => job.done));
  }

  private async execute<I, R>(definition: JobDefinition<I, R>, input: I, status: JobStatus, context: JobContext): Promise<JobStatus> {
    let result: unknown = null;
    try {
      result = await definition.run(input, context);
      status.state = 'succeeded';
    } catch (error) {
      const contractError = toContractError(error);
      status.state = contractError.code === 'CANCELLED' ? 'cancelled' : 'failed';
      status.error = contractError;
    }
    status.finishedAt = this.now().toISOString();
    this.bus.emit('job.finished', {
      jobId: status.jobId,
      kind: status.kind,
      state: status.state as 'succeeded' | 'failed' | 'cancelled',
      result,
      error: status.error,
    });
    return { ...status };
  }

  private require(jobId: string): RunningJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new FenlightError('NOT_FOUND', 'That job is not known. It may have finished long ago.');
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) {
      this.jobs.delete(job.status.jobId);
    }
  }
}
