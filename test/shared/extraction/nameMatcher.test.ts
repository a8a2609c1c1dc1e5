import { describe, expect, it } from 'vitest';
import { buildNameMatcher, extractFromText, type KnownName } from '@shared/extraction';

const names: KnownName[] = [
  { entityId: 'p-1', name: 'Ionuț Popescu' },
  { entityId: 'p-1', name: 'Nelu' },
  { entityId: 'p-2', name: 'Łukasz Zieliński' },
  { entityId: 'p-3', name: 'Mary-Jane O’Brien' },
  { entityId: 'p-4', name: 'Rose' },
  { entityId: 'p-5', name: 'Ion Rusu' },
  { entityId: 'p-6', name: 'Ion Rusu' },
  { entityId: 'p-7', name: 'Li' },
  { entityId: 'p-8', name: 'Popescu' },
  { entityId: 'o-1', name: 'Bank of Fenland' },
  { entityId: 'p-9', name: 'Maria de Souza' },
];
const matcher = buildNameMatcher(names);

function matched(text: string): Array<[string, string[]]> {
  return matcher.find(text).map((match) => [match.text, match.entityIds]);
}

describe('buildNameMatcher', () => {
  it('finds a name written without diacritics and in capitals', () => {
    expect(matched('Subject Ionut POPESCU was seen.')).toEqual([['Ionut POPESCU', ['p-1']]]);
  });

  it('finds a name with its parts reversed, as in POPESCU, Ionut', () => {
    expect(matched('Nominal: POPESCU, Ionut (DOB unknown)')).toEqual([['POPESCU, Ionut', ['p-1']]]);
  });

  it('finds Polish letters that NFKD does not decompose', () => {
    expect(matched('paid to Lukasz ZIELINSKI weekly')).toEqual([['Lukasz ZIELINSKI', ['p-2']]]);
  });

  it('finds an alias and returns the same entity', () => {
    expect(matched("the manager 'Nelu' said")).toEqual([['Nelu', ['p-1']]]);
  });

  it('matches hyphenated and apostrophe names however they are typed', () => {
    expect(matched('seen with Mary Jane OBrien? no: Mary-Jane O’Brien and MARY JANE O BRIEN')).toEqual([
      ['Mary-Jane O’Brien', ['p-3']],
      ['MARY JANE O BRIEN', ['p-3']],
    ]);
  });

  it('prefers the longest name at a place over an alias inside it', () => {
    expect(matched('Ionuț Popescu and later Popescu alone')).toEqual([
      ['Ionuț Popescu', ['p-1']],
      ['Popescu', ['p-8']],
    ]);
  });

  it('matches whole words only', () => {
    expect(matched('Roseanne and Primrose at Popescuville; Nelutu')).toEqual([]);
  });

  it('does not find a capitalised alias in lower-case prose', () => {
    expect(matched('prices rose sharply')).toEqual([]);
    expect(matched('Rose was present')).toEqual([['Rose', ['p-4']]]);
  });

  it('allows lower-case particles inside a name', () => {
    expect(matched('account at Bank of Fenland; Maria de Souza')).toEqual([
      ['Bank of Fenland', ['o-1']],
      ['Maria de Souza', ['p-9']],
    ]);
  });

  it('does not join words across a sentence break', () => {
    expect(matched('He saw Ionut. Popescu arrived later.')).toEqual([['Popescu', ['p-8']]]);
  });

  it('returns every entity that shares a name', () => {
    expect(matched('Ion Rusu collected the cash')).toEqual([['Ion Rusu', ['p-5', 'p-6']]]);
  });

  it('ignores names shorter than 3 characters', () => {
    expect(matched('Li and LI were there')).toEqual([]);
    // Two entities share 'Ion Rusu' and 'Li' is too short: nine distinct names are kept.
    expect(matcher.size).toBe(9);
  });

  it('can be asked to match regardless of capitals', () => {
    expect(
      buildNameMatcher(names, { requireCapitals: false })
        .find('prices rose')
        .map((match) => match.normalised),
    ).toEqual(['rose']);
  });

  it('gives the folded known name as the normalised value', () => {
    expect(matcher.find('POPESCU Ionut')[0]).toMatchObject({
      start: 0,
      end: 13,
      normalised: 'ionut popescu',
    });
  });
});

describe('known entities in extractFromText', () => {
  it('sets entityId, and candidateEntityIds only when a name is shared', () => {
    const result = extractFromText('Ionut Popescu met Ion Rusu', { knownNames: names });
    expect(result).toEqual([
      {
        kind: 'known-entity',
        start: 0,
        end: 13,
        text: 'Ionut Popescu',
        normalised: 'ionut popescu',
        entityId: 'p-1',
      },
      {
        kind: 'known-entity',
        start: 18,
        end: 26,
        text: 'Ion Rusu',
        normalised: 'ion rusu',
        entityId: 'p-5',
        candidateEntityIds: ['p-5', 'p-6'],
      },
    ]);
  });

  it('accepts a prebuilt matcher', () => {
    expect(
      extractFromText('Nelu called', { nameMatcher: matcher }).map((extraction) => extraction.entityId),
    ).toEqual(['p-1']);
  });

  it('lets an identifier win over a name that overlaps it', () => {
    const emailNames: KnownName[] = [{ entityId: 'p-1', name: 'ionut popescu' }];
    const result = extractFromText('write to Ionut-Popescu@example.com', { knownNames: emailNames });
    expect(result.map((extraction) => extraction.kind)).toEqual(['email']);
  });
});

describe('name matcher at vault scale', () => {
  const forenames = [
    'Ionuț',
    'Andrius',
    'Marius',
    'Gheorghe',
    'Arben',
    'Tomasz',
    'Kęstutis',
    'Elona',
    'Dritan',
    'Vasile',
    'Łukasz',
    'Minh',
    'Lan',
    'Ștefan',
    'Jonas',
    'Ana',
    'Maria',
    'Petras',
    'Besnik',
    'Ewa',
  ];
  const surnames = [
    'Popescu',
    'Kazlauskas',
    'Ștefănescu',
    'Lupu',
    'Hoxha',
    'Wójcik',
    'Bagdonas',
    'Krasniqi',
    'Gashi',
    'Munteanu',
    'Zieliński',
    'Nguyễn',
    'Đặng',
    'Petrauskas',
    'Kowalski',
    'Ionescu',
    'Shehu',
    'Jankauskas',
    'Nowak',
    'Rusu',
  ];
  const many: KnownName[] = [];
  for (let i = 0; i < 5000; i++) {
    const forename = forenames[i % forenames.length]!;
    const surname = surnames[Math.floor(i / forenames.length) % surnames.length]!;
    many.push({ entityId: `p-${i}`, name: `${forename} ${surname}${i >= 400 ? ` ${i}` : ''}` });
  }

  it('matches every known name among 5,000 in a long text', () => {
    const big = buildNameMatcher(many);
    const text =
      'Intelligence that ANDRIUS KAZLAUSKAS and Stefan Popescu met Ewa NOWAK at the car wash. '.repeat(20);
    expect(big.find(text).length).toBe(60);
  });
});
