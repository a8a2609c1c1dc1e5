/**
 * The self-checking codes: postcodes, National Insurance numbers and e-mail addresses. Each is
 * found by its shape and confirmed by its parser, so prose and parsers never disagree.
 */
import { parseEmail, EMAIL_PATTERN } from '../../identifiers/email';
import { parseNino, NINO_PATTERN } from '../../identifiers/nino';
import { normalisePostcode, POSTCODE_PATTERN } from '../../identifiers/postcode';
import type { ParseResult } from '../../identifiers/result';
import { AFTER_CODE, BEFORE_CODE, extraction, matchesAtCodeStart, type ScanContext } from '../context';
import type { Extraction, ExtractionKind } from '../types';

// Postcodes are matched in any case, but a lower-case one must be spaced ('cb1 1jg'): glued
// lower-case runs are too often something else.
// Its start is checked apart (matchesAtCodeStart): a postcode's inward part starts with a digit,
// so no postcode can begin inside another.
const POSTCODE = new RegExp(
  `(?:${POSTCODE_PATTERN}|${POSTCODE_PATTERN.toLowerCase().replace(/ \?/g, ' ')})${AFTER_CODE}`,
  'gu',
);
const NINO = new RegExp(`${BEFORE_CODE}${NINO_PATTERN}${AFTER_CODE}`, 'gu');
const EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}_.%+'@-])${EMAIL_PATTERN}(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

function scan<T>(
  text: string,
  regex: RegExp,
  kind: ExtractionKind,
  parse: (raw: string) => ParseResult<T>,
  key: (value: T) => string,
): Extraction[] {
  const found: Extraction[] = [];
  for (const match of text.matchAll(regex)) {
    const parsed = parse(match[0]);
    if (parsed.ok) found.push(extraction(kind, match.index ?? 0, match[0], key(parsed.value)));
  }
  return found;
}

export function scanPostcodes({ text }: ScanContext): Extraction[] {
  const found: Extraction[] = [];
  for (const match of matchesAtCodeStart(text, POSTCODE)) {
    const normalised = normalisePostcode(match[0]);
    if (normalised) found.push(extraction('postcode', match.index ?? 0, match[0], normalised));
  }
  return found;
}

export function scanNinos({ text }: ScanContext): Extraction[] {
  return scan(text, NINO, 'nino', parseNino, (value) => value.normalised);
}

export function scanEmails({ text }: ScanContext): Extraction[] {
  if (!text.includes('@')) return [];
  return scan(text, EMAIL, 'email', parseEmail, (value) => value.normalised);
}
