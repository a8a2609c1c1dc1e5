/**
 * Vehicle registrations in prose. Only formats that are rarely anything else are found
 * unprompted (current, prefix, suffix, Northern Ireland, upper case only); dateless and Q
 * plates, and any format written in lower case, need a cue word such as "VRM" or "reg".
 * Road numbers (A14, A1(M), M11), call signs and acronyms are the usual false friends.
 */
import { parseVrm, VRM_PATTERNS, type UkVrmFormat } from '../../identifiers/vrm';
import { AFTER_CODE, extraction, matchesAtCodeStart, VEHICLE_CUES, type ScanContext } from '../context';
import type { Extraction } from '../types';

const UNPROMPTED: readonly UkVrmFormat[] = ['current', 'prefix', 'suffix', 'northern-ireland'];
/** After a cue every format is tried, most specific first; dateless only in capitals ('reg 1 A', never 'reg 5 in'). */
const CUED_FORMATS: readonly UkVrmFormat[] = [
  'current',
  'q-plate',
  'prefix',
  'suffix',
  'northern-ireland',
  'dateless',
];

// One regex per format for unprompted search, so a rejected match of one format cannot hide
// a valid match of another that starts inside it. Their start is checked apart
// (matchesAtCodeStart): in these formats what follows the optional space is a digit, or letters
// that cannot begin the same format, so no match can begin inside another.
const UNPROMPTED_REGEXES = UNPROMPTED.map((format) => new RegExp(`(?:${VRM_PATTERNS[format]})${AFTER_CODE}`, 'gu'));
// Sticky: tried exactly where a cue ends.
const CUED_REGEXES = CUED_FORMATS.map(
  (format) => new RegExp(`(?:${VRM_PATTERNS[format]})${AFTER_CODE}`, format === 'dateless' ? 'uy' : 'iuy'),
);

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
    'BOY DID LET PUT SAY SHE TOO USE CAR VAN BUS MPH APP AGE AGO BED BOX END FEW HMO NRM URN DOB CAD PNC PND ' +
    'RTC OIC SIO DWP NCA CPS HMP MSH GLA APR JUN JUL AUG SEP OCT NOV DEC JAN FEB MAR MAY PER VIA YES HRS'
  ).split(' '),
);

function plausibleInProse(format: UkVrmFormat, compact: string): boolean {
  if (!UNPROMPTED.includes(format)) return false;
  if (format === 'northern-ireland') return NI_CODES.has(compact.replace(/[0-9]+$/, '').slice(-2));
  if (format === 'prefix') return !WORDS.has(compact.replace(/^[A-Z][0-9]+/, ''));
  if (format === 'suffix') return !WORDS.has(compact.slice(0, 3));
  return true;
}

/** Every plate cue contains one of these: skip the case-insensitive cue search when none occurs. */
const CUE_STEMS = ['vrm', 'reg', 'plate', 'index'];

export function scanVrms({ text, lower, today }: ScanContext): Extraction[] {
  const found = new Map<number, Extraction>();
  const consider = (start: number, raw: string, cued: boolean): boolean => {
    if (found.has(start)) return true;
    const parsed = parseVrm(raw, { today });
    if (!parsed.ok || parsed.value.format === 'foreign') return false;
    if (!cued && !plausibleInProse(parsed.value.format, parsed.value.normalised)) return false;
    found.set(start, extraction('vrm', start, raw, parsed.value.normalised));
    return true;
  };
  for (const regex of UNPROMPTED_REGEXES) {
    for (const match of matchesAtCodeStart(text, regex)) consider(match.index, match[0], false);
  }
  if (!CUE_STEMS.some((stem) => lower.includes(stem))) return [...found.values()];
  for (const cue of text.matchAll(VEHICLE_CUES)) {
    const at = (cue.index ?? 0) + cue[0].length;
    for (const regex of CUED_REGEXES) {
      regex.lastIndex = at;
      const match = regex.exec(text);
      if (match && consider(at, match[0], true)) break;
    }
  }
  return [...found.values()];
}
