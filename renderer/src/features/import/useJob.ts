import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractError } from '@shared/contract';
import type { JobStarted } from '@shared/contract/calls/jobs';
import type { JobFinished, JobProgress } from '@shared/contract/events';
import { call, errorMessage, onEvent } from '../../lib/fenlight';

export type JobPhase = 'starting' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobView {
  jobId: string | null;
  phase: JobPhase;
  done: number;
  total: number | null;
  message: string | null;
  result: unknown;
  error: ContractError | null;
}

export type JobEvent =
  { name: 'job.progress'; payload: JobProgress } | { name: 'job.finished'; payload: JobFinished };

export const startingJob: JobView = {
  jobId: null,
  phase: 'starting',
  done: 0,
  total: null,
  message: null,
  result: null,
  error: null,
};

/** Pure: a job's view after one of its events. A finished job ignores late progress. */
export function applyJobEvent(job: JobView, event: JobEvent): JobView {
  if (job.phase !== 'starting' && job.phase !== 'running') return job;
  if (event.name === 'job.progress') {
    const { done, total, message } = event.payload;
    return { ...job, phase: 'running', done, total, message };
  }
  const { state, result, error } = event.payload;
  return { ...job, phase: state, result, error };
}

export interface JobControl {
  job: JobView | null;
  /** Starts a job and follows its progress until it finishes. */
  start(starter: () => Promise<JobStarted>): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * Follows one long-running engine job (import, demo data). Events can arrive before the start
 * call returns the job's id, so they are held until the id is known.
 */
export function useJob(): JobControl {
  const [job, setJob] = useState<JobView | null>(null);
  const unsubscribe = useRef<(() => void) | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(() => () => unsubscribe.current?.(), []);

  const start = useCallback(async (starter: () => Promise<JobStarted>) => {
    unsubscribe.current?.();
    jobId.current = null;
    const early: JobEvent[] = [];
    const handle = (event: JobEvent) => {
      if (jobId.current === null) early.push(event);
      else if (event.payload.jobId === jobId.current)
        setJob((current) => (current ? applyJobEvent(current, event) : current));
    };
    const offProgress = onEvent('job.progress', (payload) => handle({ name: 'job.progress', payload }));
    const offFinished = onEvent('job.finished', (payload) => handle({ name: 'job.finished', payload }));
    unsubscribe.current = () => {
      offProgress();
      offFinished();
    };
    setJob(startingJob);
    try {
      const started = await starter();
      jobId.current = started.jobId;
      const mine = early.filter((event) => event.payload.jobId === started.jobId);
      setJob(mine.reduce(applyJobEvent, { ...startingJob, jobId: started.jobId, phase: 'running' }));
    } catch (failure) {
      unsubscribe.current();
      setJob({
        ...startingJob,
        phase: 'failed',
        error: { code: 'INTERNAL', message: errorMessage(failure) },
      });
    }
  }, []);

  const cancel = useCallback(async () => {
    if (jobId.current) await call('jobs.cancel', { jobId: jobId.current });
  }, []);

  return { job, start, cancel };
}
