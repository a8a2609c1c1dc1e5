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

interface Entry {
  normalised: string;
  entityIds: string[];
}

interface Word {
  folded: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** Position among all words of the text, so words known to the matcher can be tested for adjacency. */
  ordinal: number;
}

/** Order-free key: the folded tokens sorted. */
function keyOf(tokens: readonly string[]): string {
  return [...tokens].sort().join(' ');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Letter, digit or combining mark; ASCII by arithmetic (most text), the rest by Unicode class. */
function isWordChar(code: number, char: string): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(char);
}

/**
 * The words of the text that occur in some known name; the rest only matter as gaps. A hand
 * loop rather than matchAll: this runs over every word of every report at import.
 */
function knownWordsOf(text: string, knownTokens: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  let ordinal = 0;
  let i = 0;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code, text.charAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < text.length) {
      code = text.charCodeAt(i);
      // Surrogate pairs (letters outside the BMP) are taken whole.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      if (!isWordChar(code, text.slice(i, i + width))) break;
      if (code >= 128) ascii = false;
      i += width;
    }
    const raw = text.slice(start, i);
    // Folding can split a word ('ʼ' is a letter to Unicode); each part keeps the word's span.
    const parts = ascii ? [raw.toLowerCase()] : foldName(raw).split(' ');
    for (const folded of parts) {
      if (folded && knownTokens.has(folded)) {
        const first = raw.charAt(0);
        const capitalised = first !== first.toLowerCase() || (first >= '0' && first <= '9');
        words.push({ folded, start, end: i, capitalised, ordinal });
      }
      ordinal++;
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

  /** A word split in two by folding has parts with the same start: match it whole or not at all. */
  function splitsAWord(words: readonly Word[], from: number, count: number): boolean {
    const first = words[from]!;
    const last = words[from + count - 1]!;
    const before = words[from - 1];
    const after = words[from + count];
    return (
      (before !== undefined && before.start === first.start) ||
      (after !== undefined && after.start === last.start)
    );
  }

  function find(text: string): NameMatch[] {
    if (entries.size === 0) return [];
    const words = knownWordsOf(text, knownTokens);
    const matches: NameMatch[] = [];
    let i = 0;
    while (i < words.length) {
      // How many known words follow on directly from this one (no unknown word between).
      let run = 1;
      while (run < longest && i + run < words.length && words[i + run]!.ordinal === words[i]!.ordinal + run)
        run++;
      let matched = 0;
      // Longest first, so 'Ionut Popescu' wins over an alias 'Popescu' at the same place.
      for (let count = run; count >= 1 && matched === 0; count--) {
        const entry = entries.get(keyOf(words.slice(i, i + count).map((word) => word.folded)));
        if (!entry || !acceptable(text, words, i, count) || splitsAWord(words, i, count)) continue;
        const start = words[i]!.start;
        const end = words[i + count - 1]!.end;
        matches.push({
          start,
          end,
          text: text.slice(start, end),
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
