import type { HandlerTable } from '../handlers';
import type { JobRunner } from './jobRunner';

export function jobHandlers(jobs: JobRunner): HandlerTable {
  return {
    'jobs.list': () => jobs.list(),
    'jobs.get': ({ jobId }) => jobs.get(jobId),
    'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
