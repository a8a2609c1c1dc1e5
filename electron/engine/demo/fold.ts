/**
 * Name folding for identity keys, remembered: demo names and street words come from small
 * vocabularies, and folding (Unicode normalisation and two regular expressions) is the costliest
 * step in making a person at 100,000-report scale. The result is exactly foldName's, so demo
 * keys match the identity keys the entity store computes.
 */
import { foldName } from '@shared/identifiers/names';

const cache = new Map<string, string>();
/** Enough for every demo vocabulary word and street line; beyond it, fold without remembering. */
const LIMIT = 250_000;

const ASCII = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    // Plain ASCII folds to lower case with punctuation runs as single spaces, without Unicode work.
    folded = ASCII.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : foldName(text);
    if (cache.size < LIMIT) cache.set(text, folded);
  }
  return folded;
}

const plainCache = new Map<string, string>();

/** The same text without diacritics ('Ionuț' → 'Ionut'), as systems without them record it. */
export function withoutDiacritics(text: string): string {
  let plain = plainCache.get(text);
  if (plain === undefined) {
    plain = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    if (plainCache.size < LIMIT) plainCache.set(text, plain);
  }
  return plain;
}
