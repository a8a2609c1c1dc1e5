import { describe, expect, it } from 'vitest';
import { AFTER_CODE, BEFORE_CODE, matchesAtCodeStart } from '@shared/extraction/context';
import { POSTCODE_PATTERN } from '@shared/identifiers/postcode';
import { VRM_PATTERNS } from '@shared/identifiers/vrm';

const PATTERNS = {
  postcode: POSTCODE_PATTERN,
  current: VRM_PATTERNS.current,
  prefix: VRM_PATTERNS.prefix,
  suffix: VRM_PATTERNS.suffix,
  'northern-ireland': VRM_PATTERNS['northern-ireland'],
};

/** Pseudo-random strings of letters, digits, spaces and the punctuation the edge rules name. */
function samples(count: number): string[] {
  const alphabet = [...'ABCGIQRZ01259 x-.,/@£#_gir', 'é', '😀', 'Ω'];
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(next() * 18) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('matchesAtCodeStart', () => {
  it('finds what the same pattern led by BEFORE_CODE finds, for postcodes and unprompted plates', () => {
    const texts = [
      'XCB1 1JG',
      'ref/CB1 1JG, then CB1 1JG and cb1 1jg',
      'AB12 CDE AB12CDE xAB12 CDE £AB12 CDE éAB12 CDE 😀AB12 CDE',
      'A123 BCD, ABC 123D, ABZ 1234, ZZ9 9ZZ 1AB',
      ...samples(20_000),
    ];
    for (const [name, pattern] of Object.entries(PATTERNS)) {
      const led = new RegExp(`${BEFORE_CODE}(?:${pattern})${AFTER_CODE}`, 'gu');
      const bare = new RegExp(`(?:${pattern})${AFTER_CODE}`, 'gu');
      for (const text of texts) {
        const expected = [...text.matchAll(led)].map((match) => [match.index, match[0]]);
        expect([...matchesAtCodeStart(text, bare)].map((match) => [match.index, match[0]]), `${name} in ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
  });
});
