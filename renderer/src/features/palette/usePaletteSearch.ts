import { useEffect, useState } from 'react';
import type { SearchResult } from '@shared/contract/calls/search';
import { asYouType } from '@shared/search/query';
import { call, errorMessage } from '../../lib/fenlight';
import { recordOptions, type RecordOption } from './searchHits';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 150;
const LIMIT = 20;

export interface PaletteSearch {
  /** The query these results answer ('' before any). */
  query: string;
  options: RecordOption[];
  /** Filters the engine could not apply, in words (search.query's understood.problems). */
  problems: string[];
  error: string | null;
}

const none: PaletteSearch = { query: '', options: [], problems: [], error: null };

/**
 * Reports and entities matching what is typed in the palette (search.query), after a short
 * pause. Answers to an earlier query are dropped, so results never jump back.
 */
export function usePaletteSearch(query: string): PaletteSearch {
  const [result, setResult] = useState<PaletteSearch>(none);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') return undefined;
    let current = true;
    const timer = setTimeout(() => {
      call('search.query', { q: asYouType(query), limit: LIMIT, scope: 'all' }).then(
        (answer: SearchResult) => current && setResult({ query: trimmed, options: recordOptions(answer.hits), problems: answer.understood.problems, error: null }),
        (failure: unknown) => current && setResult({ query: trimmed, options: [], problems: [], error: errorMessage(failure) }),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, query]);

  // Results for an older query are kept on screen while the new one runs, but never for an empty box.
  return trimmed === '' ? none : result;
}
