/**
 * Finds names of known entities in text. Built once per vault snapshot and reused for every
 * report, so building is linear and matching is a walk over the text's words with map lookups.
 * Names match on folded tokens (no diacritics, any case), whole words only, with their parts
 * in any order so 'POPESCU, Ionut' finds 'Ionuț Popescu'.
 */
import { foldName } from '../identifiers/names';
import type { KnownName } from './types';

export interface NameMatch {
  start: number;
  end: number;
  text: string;
  /** The known name, folded, in its own word order. */
  normalised: string;
  /** Every entity with this name (usually one), in the order they were given. */
  entityIds: string[];
}

export interface NameMatcher {
  /** How many distinct names (after folding) the matcher knows. */
  readonly size: number;
  find(text: string): NameMatch[];
}

export interface NameMatcherOptions {
  /**
   * Ask each matched word to start with a capital (except particles such as 'de' or 'van'),
   * so an alias like 'Rose' or 'Boss' is not found in ordinary prose. Default true.
   */
  requireCapitals?: boolean;
}

/** Names shorter than this (folded, spaces removed) are ignored: initials match everything. */
const MIN_NAME_LENGTH = 3;
/** Longest name, in words, that is indexed; longer ones are rare and slow every lookup. */
const MAX_NAME_TOKENS = 8;
/** Lower-case words allowed inside a name (Dutch, Romance, Arabic particles; 'of' in business names). */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'of',
  'and',
  'the',
]);
/** What may stand between two words of one name: a space, a hyphen, an apostrophe, or 'Surname, Forename'. */
const NAME_GAP = /^[ \t\u00a0]*[,'’\-‐]?[ \t\u00a0]*$/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Entry {
  normalised: string;
  entityIds: string[];
}

interface Word {
  folded: string;
  start: number;
  end: number;
  capitalised: boolean;
}

/** Order-free key: the folded tokens sorted. */
function keyOf(tokens: readonly string[]): string {
  return [...tokens].sort().join(' ');
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.charAt(0);
    const capitalised = first !== first.toLowerCase() || /\p{N}/u.test(first);
    // Folding can split a word ('ʼ' is a letter to Unicode); each part keeps the word's span.
    for (const folded of foldName(raw).split(' ')) {
      if (folded) words.push({ folded, start, end: start + raw.length, capitalised });
    }
  }
  return words;
}

export function buildNameMatcher(names: readonly KnownName[], options: NameMatcherOptions = {}): NameMatcher {
  const requireCapitals = options.requireCapitals ?? true;
  const entries = new Map<string, Entry>();
  const knownTokens = new Set<string>();
  let longest = 1;

  for (const { entityId, name } of names) {
    const folded = foldName(name);
    const tokens = folded ? folded.split(' ') : [];
    if (folded.replace(/ /g, '').length < MIN_NAME_LENGTH || tokens.length > MAX_NAME_TOKENS) continue;
    const key = keyOf(tokens);
    const entry = entries.get(key);
    if (!entry) entries.set(key, { normalised: folded, entityIds: [entityId] });
    else if (!entry.entityIds.includes(entityId)) entry.entityIds.push(entityId);
    for (const token of tokens) knownTokens.add(token);
    longest = Math.max(longest, tokens.length);
  }

  function acceptable(text: string, words: readonly Word[], from: number, count: number): boolean {
    for (let i = from; i < from + count; i++) {
      const word = words[i]!;
      if (requireCapitals && !word.capitalised && !PARTICLES.has(word.folded)) return false;
      if (i > from) {
        const previous = words[i - 1]!;
        if (previous.end !== word.start && !NAME_GAP.test(text.slice(previous.end, word.start))) return false;
      }
    }
    return true;
  }

  function find(text: string): NameMatch[] {
    if (entries.size === 0) return [];
    const words = wordsOf(text);
    const matches: NameMatch[] = [];
    let i = 0;
    while (i < words.length) {
      if (!knownTokens.has(words[i]!.folded)) {
        i++;
        continue;
      }
      let run = 1;
      while (run < longest && i + run < words.length && knownTokens.has(words[i + run]!.folded)) run++;
      let matched = 0;
      // Longest first, so 'Ionut Popescu' wins over an alias 'Popescu' at the same place.
      for (let count = run; count >= 1 && matched === 0; count--) {
        const entry = entries.get(keyOf(words.slice(i, i + count).map((word) => word.folded)));
        if (!entry || !acceptable(text, words, i, count)) continue;
        const first = words[i]!;
        const last = words[i + count - 1]!;
        // A word that folding split in two must be matched whole or not at all.
        if (words[i - 1]?.start === first.start || words[i + count]?.start === last.start) continue;
        matches.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          normalised: entry.normalised,
          entityIds: [...entry.entityIds],
        });
        matched = count;
      }
      i += matched || 1;
    }
    return matches;
  }

  return { size: entries.size, find };
}
