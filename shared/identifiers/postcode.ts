/**
 * UK postcodes (domain.md §6.2). The `postcode` package splits a postcode into its parts but
 * accepts shapes Royal Mail never issues (CB1 1JI, QB1 1AA), so the stricter regex decides.
 * A valid format does not prove the postcode exists: that needs the ONS Postcode Directory.
 */
import { parse } from 'postcode';
import { accept, quoted, reject, tidyCode, type ParseResult } from './result';

export interface Postcode {
  /** 'CB1 1JG' */
  normalised: string;
  /** 'CB1' */
  outward: string;
  /** '1JG' */
  inward: string;
  /** 'CB' */
  area: string;
}

/** Unanchored, upper case, one optional space: shared with the text extractor. */
export const POSTCODE_PATTERN =
  '(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW]) ?[0-9][ABD-HJLNP-UW-Z]{2})';
const ANCHORED = new RegExp(`^${POSTCODE_PATTERN}$`);

function explain(shown: string, compact: string): string {
  const prefix = `${shown} is not a valid UK postcode:`;
  const inward = /([0-9])([A-Z]{2})$/.exec(compact);
  if (inward && /[CIKMOV]/.test(inward[2] ?? ''))
    return `${prefix} the last two letters never include C, I, K, M, O or V.`;
  if (/^[QVX]/.test(compact)) return `${prefix} postcodes never start with Q, V or X.`;
  if (!inward) return `${prefix} it should end with a digit and two letters, as in CB1 1JG.`;
  return `${prefix} expected an outward code such as CB1 or PE29, then an inward code such as 1JG.`;
}

/** 'pe36sj' → 'PE3 6SJ' when the format is valid, else null: the cheap check the text extractor uses. */
export function normalisePostcode(raw: string): string | null {
  const compact = tidyCode(raw).replace(/ /g, '');
  if (compact.length < 5 || compact.length > 7) return null;
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return ANCHORED.test(spaced) ? spaced : null;
}

export function parsePostcode(raw: string): ParseResult<Postcode> {
  const compact = tidyCode(raw).replace(/ /g, '');
  if (!compact) return reject('No postcode was given.');
  if (!/^[A-Z0-9]+$/.test(compact)) return reject(explain(quoted(raw), compact));
  const spaced = normalisePostcode(compact);
  if (!spaced)
    return reject(
      explain(
        compact.length >= 5 && compact.length <= 7
          ? `${compact.slice(0, -3)} ${compact.slice(-3)}`
          : quoted(raw),
        compact,
      ),
    );
  // The package does not know Girobank's non-geographic postcode, which the standard pattern allows.
  if (spaced === 'GIR 0AA') return accept({ normalised: spaced, outward: 'GIR', inward: '0AA', area: 'GIR' });
  const parts = parse(spaced);
  if (!parts.valid) return reject(explain(spaced, compact));
  return accept({
    normalised: parts.postcode,
    outward: parts.outcode,
    inward: parts.incode,
    area: parts.area,
  });
}
