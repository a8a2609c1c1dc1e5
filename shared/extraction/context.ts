/**
 * What every scanner shares: the text, "today", and a look at the words just before a
 * candidate. Cue words let an ambiguous form through ("reg ABC 123" is a plate, "ABC 123"
 * in prose is not) or stop one ("crime ref 01234 567890" is not a phone number).
 */
import type { Extraction, ExtractionKind } from './types';

export interface ScanContext {
  text: string;
  /** text.toLowerCase(), once, for cheap prefilters (indexOf) before costly case-insensitive regexes. */
  lower: string;
  today: Date;
}

export type Scanner = (context: ScanContext) => Extraction[];

/** How far back a cue word may sit: enough for 'registration number: ' and a bracket. */
const CUE_WINDOW = 32;

/** True when the text just before `start` ends with the cue (a regex anchored with $). */
export function cuedBy(text: string, start: number, cue: RegExp): boolean {
  return cue.test(text.slice(Math.max(0, start - CUE_WINDOW), start));
}

/** Plate cues: 'VRM', 'reg', 'registration (number|mark)', 'plate', 'index' (police usage). Global: scanned for, then a plate is read where each ends. */
export const VEHICLE_CUES =
  /\b(?:VRMs?|regs?|registrations?(?:\s+(?:no|number|mark|plate))?|(?:number\s+)?plates?|index(?:\s+(?:no|number))?|reg\.?\s*no)\b\.?\s*[:#–-]?\s*[("'‘“]?/giu;

/** Grid reference cues. */
export const GRID_CUE =
  /\b(?:grid\s+ref(?:erence)?|grid|NGR|OSGR|OS\s+grid(?:\s+ref(?:erence)?)?|OS\s+ref(?:erence)?|GR|eastings?\s*(?:,|\/|and)\s*northings?)\b\.?\s*[:#–-]?\s*[("'‘“]?$/i;

/**
 * Reference-number cues: digits straight after these are case, crime, account or device
 * numbers, never phones. Only words that are followed by long 0-led numbers in practice: not
 * 'log' or 'job', which also introduce phones ("call log: 07700 900123").
 */
export const REFERENCE_CUE =
  /\b(?:URN|ref(?:erence)?|crime(?:\s+(?:no|number|ref))?|CAD|occurrence|incident|exhibit|account|a\/c|acc|sort\s+code|IMEI|IMSI|ICCID|serial|warrant|company(?:\s+(?:no|number))?|payroll|passport)\b\.?\s*(?:no\.?|number|#)?\s*[:#–-]?\s*$/i;

/** Sort codes (10-11-12) look exactly like dates. */
export const SORT_CODE_CUE = /\bsort(?:ing)?\s*codes?\s*(?:no\.?|number)?\s*[:#–-]?\s*$/i;

/** Edges for codes: not touching letters or digits, nor glued to references by '/', '-' or '.', nor inside an address@. */
export const BEFORE_CODE = '(?<![\\p{L}\\p{N}_@/\\\\.£$€#-])';
export const AFTER_CODE = '(?![\\p{L}\\p{N}_@]|[/\\\\.-][\\p{L}\\p{N}])';

const CODE_START = new RegExp(BEFORE_CODE, 'uy');

/**
 * The matches of `regex` (global, written without BEFORE_CODE) that start where a code may
 * start: the same matches as BEFORE_CODE + regex, at a third of the cost, because V8 evaluates
 * a leading lookbehind at every position of the text. Only for patterns no match of which can
 * begin inside another match: every position inside one follows a letter or digit, or follows
 * a space and holds a digit or a letter that cannot begin the pattern there.
 */
export function* matchesAtCodeStart(text: string, regex: RegExp): Generator<RegExpExecArray> {
  for (const match of text.matchAll(regex)) {
    CODE_START.lastIndex = match.index;
    if (CODE_START.test(text)) yield match;
  }
}

export function extraction(
  kind: ExtractionKind,
  start: number,
  text: string,
  normalised: string,
): Extraction {
  return { kind, start, end: start + text.length, text, normalised };
}
