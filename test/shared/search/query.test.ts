import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@shared/search/query';
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
