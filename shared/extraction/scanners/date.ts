/**
 * Calendar dates in prose, read day first as UK analysts write them: 05/03/2024, 5/3/24,
 * 5.3.2024, 2024-03-05, 5 March 2024, 5th of Mar 2024 (and 'March 5th, 2024', which is not
 * ambiguous). A month and year alone ('March 2024') is a period, not a date, and a day and month
 * without a year is left alone rather than guessed. Impossible dates are not extracted.
 * Numeric forms are checked by the app's one day-first parser, parseUkDate.
 */
import { parseUkDate } from '../../format/dates';
import { cuedBy, extraction, SORT_CODE_CUE, type ScanContext } from '../context';
import type { Extraction } from '../types';

/** A numeric date on its own: one of these at either side of a hyphen makes a range (05/03/24-07/03/24). */
const NUMERIC_DATE = '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}';
// Not glued to letters, digits or reference punctuation, except a hyphen joining two dates.
const EDGE_BEFORE = `(?<![\\p{L}\\p{N}_/\\\\.:]|(?<!${NUMERIC_DATE})-)`;
const EDGE_AFTER = `(?![\\p{L}\\p{N}_]|[/\\\\.:]\\p{N}|-(?!${NUMERIC_DATE}(?![\\p{N}]))\\p{N})`;
const NUMERIC = new RegExp(
  `${EDGE_BEFORE}(?:\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})${EDGE_AFTER}`,
  'gu',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DAY_FIRST = new RegExp(
  `${EDGE_BEFORE}${DAY}(?:\\s+of)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})${EDGE_AFTER}`,
  'giu',
);
const MONTH_FIRST = new RegExp(`${EDGE_BEFORE}${MONTH_NAME}\\.?\\s+${DAY},?\\s+(\\d{4})${EDGE_AFTER}`, 'giu');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function fromParts(day: string, month: string, year: string): string | null {
  return parseUkDate(`${day}/${monthNumber(month)}/${year}`);
}

export function scanDates({ text, lower }: ScanContext): Extraction[] {
  const found: Extraction[] = [];
  const add = (match: RegExpMatchArray, iso: string | null) => {
    if (iso) found.push(extraction('date', match.index ?? 0, match[0], iso));
  };
  for (const match of text.matchAll(NUMERIC)) {
    if (!cuedBy(text, match.index ?? 0, SORT_CODE_CUE)) add(match, parseUkDate(match[0]));
  }
  // Written months need a month name: skip both case-insensitive searches when none occurs.
  if (!MONTHS.some((month) => lower.includes(month))) return found;
  for (const match of text.matchAll(DAY_FIRST))
    add(match, fromParts(match[1] ?? '', match[2] ?? '', match[3] ?? ''));
  for (const match of text.matchAll(MONTH_FIRST))
    add(match, fromParts(match[2] ?? '', match[1] ?? '', match[3] ?? ''));
  return found;
}
