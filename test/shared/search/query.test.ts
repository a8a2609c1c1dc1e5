import { describe, expect, it } from 'vitest';
import { asYouType, parseSearchQuery } from '@shared/search/query';
import { ftsMatchExpression } from '../../../electron/engine/search/ftsExpression';

describe('search query syntax', () => {
  it('separates words from filters', () => {
    const query = parseSearchQuery('car wash type:site district:"South Cambridgeshire" grade:1A');
    expect(query).toMatchObject({ text: 'car wash', kinds: ['site'], district: 'E07000012', grade: { source: '1', assessment: 'A' }, problems: [] });
  });

  it('reads from: and to: day first', () => {
    expect(parseSearchQuery('from:05/03/2024 to:2024-04-01')).toMatchObject({ from: '2024-03-05', to: '2024-04-01' });
  });

  it('explains filters it cannot read', () => {
    expect(parseSearchQuery('type:spaceship handling:X').problems).toHaveLength(2);
  });

  it('leaves unknown name:value words as search text', () => {
    expect(parseSearchQuery('note:urgent').text).toBe('note:urgent');
  });
});

describe('FTS5 expressions built from analyst text', () => {
  it('quotes every word so FTS syntax is just text', () => {
    expect(ftsMatchExpression('cannabis AND NEAR(x')).toBe('"cannabis" "AND" "NEAR(x"');
  });

  it('keeps phrases and prefixes', () => {
    expect(ftsMatchExpression('"hand car wash" popes*')).toBe('"hand car wash" "popes"*');
  });

  it('returns null when nothing searchable is left', () => {
    expect(ftsMatchExpression('*** "" ---')).toBeNull();
  });

  it('escapes quotes inside words', () => {
    expect(ftsMatchExpression('o"brien')).toBe('"obrien"');
  });
});

describe('search as you type', () => {
  it('searches the word still being typed as a prefix', () => {
    expect(asYouType('car wa')).toBe('car wa*');
    expect(asYouType('IR/2026/00')).toBe('IR/2026/00*');
  });

  it('leaves finished words, phrases, filters and explicit prefixes alone', () => {
    expect(asYouType('car wash ')).toBe('car wash');
    expect(asYouType('"hand car wash"')).toBe('"hand car wash"');
    expect(asYouType('type:person')).toBe('type:person');
    expect(asYouType('popes*')).toBe('popes*');
  });
});
