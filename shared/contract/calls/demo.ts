import { z } from 'zod';
import { call } from '../define';
import type { JobStarted } from './jobs';

export const demoCalls = {
  /** Synthetic Cambridgeshire and Peterborough cases for training and benchmarks; flags the vault TRAINING DATA. */
  'demo.load': call(z.strictObject({ reports: z.number().int().min(1).max(200_000).default(500), seed: z.number().int().min(0).default(1) })).returns<JobStarted>(),
};
