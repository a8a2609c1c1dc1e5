import { z } from 'zod';
import { call } from '../define';
import type { SearchHit } from '../../records';

export interface SearchResult {
  hits: SearchHit[];
  /** Filters and terms as understood, so the UI can echo them and explain a refused filter. */
  understood: { terms: string[]; filters: Record<string, string>; problems: string[] };
  tookMs: number;
}

export const searchCalls = {
  /** Words, "phrases", prefix*, and filters type: grade: handling: marking: district: exploitation: from: to: */
  'search.query': call(
    z.strictObject({
      q: z.string().max(1000),
      limit: z.number().int().min(1).max(200).default(50),
      scope: z.enum(['all', 'reports', 'entities']).default('all'),
    }),
  ).returns<SearchResult>(),
};
