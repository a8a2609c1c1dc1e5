/**
 * Vehicle registrations in prose. Only formats that are rarely anything else are found
 * unprompted (current, prefix, suffix, Northern Ireland, upper case only); dateless and Q
 * plates, and any format written in lower case, need a cue word such as "VRM" or "reg".
 * Road numbers (A14, A1(M), M11), call signs and acronyms are the usual false friends.
 */
import { parseVrm, VRM_PATTERNS, type UkVrmFormat } from '../../identifiers/vrm';
import { AFTER_CODE, BEFORE_CODE, cuedBy, extraction, VEHICLE_CUE, type ScanContext } from '../context';
import type { Extraction } from '../types';

const UNPROMPTED: readonly UkVrmFormat[] = ['current', 'prefix', 'suffix', 'northern-ireland'];
const ALL_FORMATS: readonly UkVrmFormat[] = [
  'current',
  'q-plate',
  'prefix',
  'suffix',
  'northern-ireland',
  'dateless',
];

function compile(formats: readonly UkVrmFormat[], flags: string): RegExp {
  return new RegExp(
    `${BEFORE_CODE}(?:${formats.map((format) => VRM_PATTERNS[format]).join('|')})${AFTER_CODE}`,
    flags,
  );
}
const UPPER = compile(UNPROMPTED, 'gu');
const CUED_UPPER = compile(ALL_FORMATS, 'gu');
const CUED_ANY_CASE = compile(['current', 'q-plate', 'prefix', 'suffix', 'northern-ireland'], 'giu');

/** DVLNI county codes (the last two letters of a Northern Ireland mark) [GK]; the domain regex alone also admits 'IN', 'IS', 'ID'… */
const NI_CODES = new Set(
  'AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JI JZ KZ LZ MZ NZ OI OZ PZ RZ SZ TZ UI UZ VZ WZ XI XZ YZ'.split(
    ' ',
  ),
);

/** Capitalised words and police acronyms that fit the letter groups of prefix and suffix marks. */
const WORDS = new Set(
  (
    'THE AND FOR ARE BUT NOT YOU ALL ANY CAN HAD HER WAS ONE OUR OUT DAY GET HAS HIM HIS HOW MAN NEW NOW OLD SEE TWO WAY WHO ' +
    'BOY DID LET PUT SAY SHE TOO USE CAR VAN BUS MPH APP AGE AGO ALSO AREA BED BOX CALL END FEW FLAT HMO NRM URN DOB CAD PNC PND ' +
    'RTC OIC SIO DWP NCA CPS HMP MSH GLA ANPR CCTV APR JUN JUL AUG SEP OCT NOV DEC JAN FEB MAR MAY PER VIA YES'
  ).split(' '),
);

function plausibleInProse(format: UkVrmFormat, compact: string): boolean {
  if (format === 'northern-ireland') return NI_CODES.has(compact.replace(/[0-9]+$/, '').slice(-2));
  if (format === 'prefix') return !WORDS.has(compact.replace(/^[A-Z][0-9]+/, ''));
  if (format === 'suffix') return !WORDS.has(compact.slice(0, 3));
  return true;
}

export function scanVrms({ text, today }: ScanContext): Extraction[] {
  const found = new Map<number, Extraction>();
  const consider = (match: RegExpMatchArray, cued: boolean) => {
    const start = match.index ?? 0;
    if (found.has(start)) return;
    const parsed = parseVrm(match[0], { today });
    if (!parsed.ok) return;
    const { format, normalised } = parsed.value;
    if (format === 'foreign') return;
    if (!cued && (!UNPROMPTED.includes(format) || !plausibleInProse(format, normalised))) return;
    found.set(start, extraction('vrm', start, match[0], normalised));
  };
  for (const match of text.matchAll(UPPER)) consider(match, false);
  for (const regex of [CUED_UPPER, CUED_ANY_CASE]) {
    for (const match of text.matchAll(regex)) {
      if (cuedBy(text, match.index ?? 0, VEHICLE_CUE)) consider(match, true);
    }
  }
  return [...found.values()];
}
