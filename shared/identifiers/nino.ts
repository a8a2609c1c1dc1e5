/**
 * National Insurance numbers (domain.md §6.5, HMRC NIM39110). Exploiters divert victims' wages
 * and benefits through their NINOs, so a NINO is an entity of its own, not a person's field.
 */
import { accept, quoted, reject, tidyCode, type ParseResult } from './result';

export interface Nino {
  /** 'AB123456C' */
  normalised: string;
  /** 'AB 12 34 56 C' */
  display: string;
  /** HMRC administrative pseudo-prefixes (OO, CR, FY, MW, NC): a real record, but not a person's issued number. */
  administrative: boolean;
}

/** Unanchored, upper case, spaces optional between the pairs: shared with the text extractor. */
export const NINO_PATTERN = '(?:[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D])';

const ADMINISTRATIVE_PREFIXES = new Set(['OO', 'CR', 'FY', 'MW', 'NC']);
const UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function prefixProblem(prefix: string): string | null {
  const [first = '', second = ''] = prefix;
  if (ADMINISTRATIVE_PREFIXES.has(prefix)) return null;
  if ('DFIQUV'.includes(first)) return `the first letter is never D, F, I, Q, U or V`;
  if ('DFIQUV'.includes(second)) return `the second letter is never D, F, I, Q, U or V`;
  if (second === 'O') return `the second letter is never O`;
  if (UNUSED_PREFIXES.has(prefix)) return `the prefix ${prefix} is never issued`;
  return null;
}

export function parseNino(raw: string): ParseResult<Nino> {
  const compact = tidyCode(raw).replace(/ /g, '');
  if (!compact) return reject('No National Insurance number was given.');
  const shape = /^([A-Z]{2})(\d{6})([A-Z]?)$/.exec(compact);
  if (!shape) {
    return reject(
      `${quoted(raw)} is not a National Insurance number: it should be two letters, six digits and a letter A to D, as in AB 12 34 56 C.`,
    );
  }
  const [, prefix = '', digits = '', suffix = ''] = shape;
  const shown = `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`.trim();
  const problem = prefixProblem(prefix);
  if (problem) return reject(`${shown} is not a valid National Insurance number: ${problem}.`);
  if (!suffix)
    return reject(
      `${shown} is not a complete National Insurance number: the final letter (A, B, C or D) is missing.`,
    );
  if (!'ABCD'.includes(suffix))
    return reject(
      `${shown} is not a valid National Insurance number: the final letter is always A, B, C or D.`,
    );
  return accept({ normalised: compact, display: shown, administrative: ADMINISTRATIVE_PREFIXES.has(prefix) });
}
