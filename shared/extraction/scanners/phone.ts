/**
 * Phone numbers in prose: UK numbers written with a leading 0, +44 or 0044 (spaces, hyphens
 * and brackets as people type them), and foreign numbers written with + or 00 and a country
 * code, which must be a number libphonenumber knows to be allocated. A run of digits that is
 * too short or too long for its range is not a phone; neither are numbers after reference cues
 * ("URN", "crime ref", "IMEI"…).
 */
import { foreignE164, ukE164 } from '../../identifiers/phone';
import { cuedBy, extraction, REFERENCE_CUE, type ScanContext } from '../context';
import type { Extraction } from '../types';

/** A digit, optionally preceded by one separator and/or a bracket: how written numbers are grouped. */
const GROUPED_DIGIT = '(?:[ \\u00a0-]?[()]?[ \\u00a0]?\\d)';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_/\\\\.+#£$€@-])';
const UK_CANDIDATE = new RegExp(
  `${EDGE_BEFORE}(?:(?:\\+|00)[ \\u00a0]?44[ \\u00a0]?(?:\\([ \\u00a0]?0[ \\u00a0]?\\)[ \\u00a0]?)?|\\(?0)\\d${GROUPED_DIGIT}{7,12}`,
  'gu',
);
const FOREIGN_CANDIDATE = new RegExp(
  `${EDGE_BEFORE}(?:\\+|00)[ \\u00a0]?(?!44)[1-9]\\d{0,2}${GROUPED_DIGIT}{6,13}`,
  'gu',
);

/** Where a candidate may be cut short: just before each separator between digit groups. */
function cutPoints(candidate: string): number[] {
  const cuts = [candidate.length];
  for (let i = candidate.length - 1; i > 0; i--) {
    if (/[ \u00a0-]/.test(candidate[i]!) && /\d/.test(candidate[i - 1]!)) cuts.push(i);
  }
  return cuts;
}

/** Nothing glued on after a number: not a letter, digit, or a '/', '-' or '.' followed by a digit. */
function cleanEnd(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (/[\p{L}\p{N}_@]/u.test(next)) return false;
  return !(/[/\\.-]/.test(next) && /\p{N}/u.test(text.charAt(end + 1)));
}

/** UK numbers need only the length rules (cheap); foreign ones must be allocated numbers to libphonenumber. */
function e164Of(candidate: string, foreign: boolean): string | null {
  return foreign ? foreignE164(candidate) : ukE164(candidate);
}

function scanWith(text: string, regex: RegExp, foreign: boolean): Extraction[] {
  const found: Extraction[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text))) {
    const start = match.index;
    // A greedy match may swallow the next number's first group ('07700 900123 2 times'): cut back.
    for (const cut of cutPoints(match[0])) {
      const candidate = match[0].slice(0, cut);
      if (!cleanEnd(text, start + cut)) continue;
      const e164 = e164Of(candidate, foreign);
      if (!e164) continue;
      if (!cuedBy(text, start, REFERENCE_CUE)) found.push(extraction('phone', start, candidate, e164));
      regex.lastIndex = start + cut;
      break;
    }
  }
  return found;
}

export function scanPhones({ text }: ScanContext): Extraction[] {
  return [...scanWith(text, UK_CANDIDATE, false), ...scanWith(text, FOREIGN_CANDIDATE, true)];
}
