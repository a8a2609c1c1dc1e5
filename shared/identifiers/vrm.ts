/**
 * UK vehicle registration marks (domain.md §6.1), plus foreign plates as free text because
 * MSHT work meets Romanian, Lithuanian, Polish, Bulgarian and Albanian plates every week.
 */
import { accept, quoted, reject, tidyCode, type ParseResult } from './result';

export type UkVrmFormat = 'current' | 'prefix' | 'suffix' | 'dateless' | 'northern-ireland' | 'q-plate';
export type VrmFormat = UkVrmFormat | 'foreign';

export interface Vrm {
  /** Upper case, no spaces: the identity key. */
  normalised: string;
  /** Conventional spacing: 'AB12 CDE', 'A123 BCD', 'ABC 123D'. */
  display: string;
  format: VrmFormat;
  /** ISO 3166 alpha-2 country of issue. */
  country: string;
}

export interface VrmOptions {
  /** ISO 3166 alpha-2; anything but GB is accepted as free text. Default 'GB'. */
  country?: string;
  /** Current-format plates whose age identifier is later than this are rejected. Default now. */
  today?: Date;
}

const MEMORY_TAG = '[A-HJ-PR-Y]{2}';
const AGE_IDENTIFIER = '(?:0[2-9]|[1-4][0-9]|5[1-9]|[6-9][0-9])';

/**
 * Unanchored pattern bodies (one optional space where plates conventionally have one), shared
 * with the text extractor so that a plate found in prose is judged by the same rules.
 */
export const VRM_PATTERNS: Readonly<Record<UkVrmFormat, string>> = {
  current: `${MEMORY_TAG}${AGE_IDENTIFIER} ?[A-HJ-PR-Z]{3}`,
  'q-plate': 'Q[1-9][0-9]{0,2} ?[A-HJ-PR-Y]{3}',
  prefix: '[A-HJ-NPR-Y][1-9][0-9]{0,2} ?[A-HJ-PR-Y]{3}',
  suffix: '[A-HJ-PR-Y]{3} ?[1-9][0-9]{0,2}[A-HJ-NPR-Y]',
  'northern-ireland': '[A-HJ-PR-Z]?(?:[A-Z]I|[A-Z]Z|I[A-Z]) ?[1-9][0-9]{0,3}',
  dateless: '(?:[1-9][0-9]{0,3} ?[A-HJ-PR-Y]{1,3}|[A-HJ-PR-Y]{1,3} ?[1-9][0-9]{0,3})',
};

/** Most specific first: a mark is reported in the first format whose pattern it fits. */
const FORMAT_ORDER: readonly UkVrmFormat[] = [
  'current',
  'q-plate',
  'prefix',
  'suffix',
  'northern-ireland',
  'dateless',
];
const ANCHORED = Object.fromEntries(
  FORMAT_ORDER.map((format) => [format, new RegExp(`^${VRM_PATTERNS[format]}$`)]),
) as Record<UkVrmFormat, RegExp>;

/** The date a current-format age identifier was first issued: 51 = 1 Sept 2001, 02 = 1 March 2002. */
export function ageIdentifierFirstIssued(age: number): Date | null {
  if (age >= 2 && age <= 49) return new Date(Date.UTC(2000 + age, 2, 1));
  if (age >= 51 && age <= 99) return new Date(Date.UTC(1950 + age, 8, 1));
  return null;
}

function longDate(date: Date): string {
  return `${date.getUTCDate()} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function displayFor(format: UkVrmFormat, compact: string): string {
  switch (format) {
    case 'current':
      return `${compact.slice(0, 4)} ${compact.slice(4)}`;
    case 'prefix':
    case 'q-plate':
    case 'suffix':
      // Split where letters meet digits on the side that conventionally carries the space.
      return format === 'suffix'
        ? compact.replace(/^([A-Z]{3})/, '$1 ')
        : compact.replace(/^([A-Z][0-9]+)/, '$1 ');
    case 'northern-ireland':
    case 'dateless':
      return compact.replace(/^([A-Z]+)([0-9]+)$/, '$1 $2').replace(/^([0-9]+)([A-Z]+)$/, '$1 $2');
  }
}

/** Why a mark shaped like a current-format plate is not one, in the analyst's terms. */
function explainCurrentShape(shown: string, compact: string, today: Date): string | null {
  const shape = /^([A-Z]{2})([0-9]{2})([A-Z]{3})$/.exec(compact);
  if (!shape) return null;
  const [, tag = '', ageText = '', letters = ''] = shape;
  const prefix = `${shown} is not a valid UK registration:`;
  if (/[IQZ]/.test(tag)) return `${prefix} the first two letters (the memory tag) never include I, Q or Z.`;
  const firstIssued = ageIdentifierFirstIssued(Number(ageText));
  if (!firstIssued) {
    return `${prefix} ${ageText} has never been issued as an age identifier (current plates run from 51 in September 2001, then 02, 52, 03…).`;
  }
  if (/[IQ]/.test(letters)) return `${prefix} the last three letters never include I or Q.`;
  if (firstIssued.getTime() > today.getTime()) {
    return `${prefix} age identifier ${ageText} is not issued until ${longDate(firstIssued)}.`;
  }
  return null;
}

function parseForeign(tidy: string, country: string): ParseResult<Vrm> {
  // Foreign plates are never judged on format: hyphens, dots and spaces vary by country and by
  // who wrote them down, so the identity key keeps letters and digits only.
  const normalised = tidy.replace(/[^\p{L}\p{N}]/gu, '');
  if (!normalised) return reject('No registration was given.');
  if (normalised.length > 15) return reject(`${quoted(tidy)} is too long to be a vehicle registration.`);
  return accept({ normalised, display: tidy, format: 'foreign', country });
}

export function parseVrm(raw: string, options: VrmOptions = {}): ParseResult<Vrm> {
  const tidy = tidyCode(raw);
  let country = tidyCode(options.country ?? 'GB');
  if (country === 'UK') country = 'GB';
  if (!/^[A-Z]{2}$/.test(country)) {
    return reject(
      `${quoted(options.country ?? '')} is not a country code: use two letters, such as GB, RO or LT.`,
    );
  }
  if (country !== 'GB') return parseForeign(tidy, country);
  if (!tidy) return reject('No registration was given.');

  const compact = tidy.replace(/ /g, '');
  const today = options.today ?? new Date();
  if (!/^[A-Z0-9]+$/.test(compact)) {
    return reject(
      `${quoted(raw)} is not a valid UK registration: it may contain only letters, digits and spaces.`,
    );
  }
  const currentProblem = explainCurrentShape(tidy, compact, today);
  if (currentProblem) return reject(currentProblem);

  for (const format of FORMAT_ORDER) {
    if (ANCHORED[format].test(compact)) {
      return accept({ normalised: compact, display: displayFor(format, compact), format, country });
    }
  }
  return reject(
    `${quoted(raw)} is not a valid UK registration: it matches none of the current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), dateless or Northern Ireland formats. If the vehicle is foreign, record its country.`,
  );
}

export interface MemoryTagRegion {
  region: string;
  /** The DVLA office, where the tag letters identify one (only Anglia is mapped). */
  office?: string;
}

const REGIONS: Readonly<Record<string, string>> = {
  A: 'Anglia',
  B: 'Birmingham',
  C: 'Cymru',
  D: 'Deeside',
  E: 'Essex',
  F: 'Forest and Fens',
  G: 'Garden of England',
  H: 'Hampshire and Dorset',
  K: 'Luton and Northampton',
  L: 'London',
  M: 'Manchester and Merseyside',
  N: 'North',
  O: 'Oxford',
  P: 'Preston',
  R: 'Reading',
  S: 'Scotland',
  V: 'Severn Valley',
  W: 'West of England',
  Y: 'Yorkshire',
};

/**
 * Where a current-format plate was first registered (often the dealer), from its memory tag.
 * It says nothing about where the keeper lives: never use it to infer residence.
 */
export function vrmMemoryTagRegion(vrm: string): MemoryTagRegion | null {
  const compact = tidyCode(vrm).replace(/ /g, '');
  if (!ANCHORED.current.test(compact)) return null;
  const region = REGIONS[compact[0] ?? ''];
  if (!region) return null;
  if (compact[0] !== 'A') return { region };
  const second = compact[1] ?? '';
  const office = second <= 'N' ? 'Peterborough' : second <= 'U' ? 'Norwich' : 'Ipswich';
  return { region, office };
}
