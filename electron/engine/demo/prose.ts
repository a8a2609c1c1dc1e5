/**
 * Building intelligence prose sentence by sentence, with the modern slavery indicators each
 * sentence evidences, so a report's indicator list always matches what its text says.
 */
import type { IndicatorCode } from '@shared/domain/indicators';
import type { Random } from './random';

export class Prose {
  private readonly sentences: string[] = [];
  readonly indicators = new Set<IndicatorCode>();

  say(sentence: string, ...indicators: IndicatorCode[]): this {
    this.sentences.push(sentence);
    for (const code of indicators) this.indicators.add(code);
    return this;
  }

  /** Says it with the given probability. */
  maybe(rng: Random, probability: number, sentence: string, ...indicators: IndicatorCode[]): this {
    return rng.chance(probability) ? this.say(sentence, ...indicators) : this;
  }

  /** One of several phrasings, so a thousand reports do not all read alike. */
  sayOne(rng: Random, sentences: readonly string[], ...indicators: IndicatorCode[]): this {
    return this.say(rng.pick(sentences), ...indicators);
  }

  get length(): number {
    return this.sentences.length;
  }

  toString(): string {
    return this.sentences.join(' ');
  }
}

/** 'a, b and c' */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 'three' for 3, '14' for 14 (reports spell out small numbers). */
export function count(value: number): string {
  return NUMBER_WORDS[value] ?? String(value);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 'an' before a vowel sound in the next word (good enough for the words demo prose uses). */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
