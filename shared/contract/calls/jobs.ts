import { z } from 'zod';
import { call } from '../define';
import type { ContractError } from '../errors';

export const jobStates = ['running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof jobStates)[number];

export interface JobStatus {
  jobId: string;
  /** What the job does, e.g. "import.reports"; shown to the analyst through a label table. */
  kind: string;
  state: JobState;
  done: number;
  total: number | null;
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
  error: ContractError | null;
}

export interface JobStarted {
  jobId: string;
}

const jobId = z.string({ error: 'A job id is required.' }).min(1, { error: 'A job id is required.' });

export const jobCalls = {
  'jobs.list': call(z.strictObject({})).returns<JobStatus[]>(),
  'jobs.get': call(z.strictObject({ jobId })).returns<JobStatus>(),
  'jobs.cancel': call(z.strictObject({ jobId })).returns<{ cancelled: boolean }>(),
};
