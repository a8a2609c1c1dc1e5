/**
 * Telephone numbers (domain.md §6.3), stored as E.164. libphonenumber (its full "max" metadata,
 * which knows number types) does the parsing; UK numbers are judged on length and prefix rather
 * than on libphonenumber's "valid", because Ofcom's drama ranges (07700 900xxx, 01632 960xxx),
 * which all fixtures and demo data use, are never "valid" to it.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { accept, quoted, reject, type ParseResult } from './result';

export type PhoneType =
  'mobile' | 'fixed' | 'non-geographic' | 'premium' | 'freephone' | 'personal' | 'pager' | 'unknown';

export interface Phone {
  /** '+447700900123' */
  e164: string;
  /** As dialled at home: '07700 900123' */
  national: string;
  type: PhoneType;
  /** ISO 3166 alpha-2 of the numbering plan (IM for 07624, GB for other +44), or null when the plan is shared and unclear. */
  country: string | null;
}

export interface PhoneOptions {
  /** How to read a number written without an international prefix. Default 'GB'. */
  defaultCountry?: string;
  /**
   * Require libphonenumber to call a foreign number valid, not merely possible. The extractor
   * sets this for prose, where a '+' and some digits are weak evidence. UK rules are unchanged.
   */
  strictForeign?: boolean;
}

/** UK national numbers (leading 0 included) whose length fits their range. */
const UK_NATIONAL_SHAPE = /^0(?:1\d{8,9}|[23]\d{9}|5[56]\d{8}|7\d{9}|80[08]\d{6,7}|8[47]\d{8}|9\d{9})$/;

const TYPE_NAMES: Readonly<Record<string, PhoneType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed',
  TOLL_FREE: 'freephone',
  PREMIUM_RATE: 'premium',
  SHARED_COST: 'non-geographic',
  VOIP: 'non-geographic',
  UAN: 'non-geographic',
  PERSONAL_NUMBER: 'personal',
  PAGER: 'pager',
};

/** Ofcom's allocation by prefix, for UK numbers libphonenumber cannot type (drama and unallocated ranges). */
function ukTypeFromPrefix(national: string): PhoneType {
  if (/^07624/.test(national) || /^07[1-57-9]/.test(national)) return 'mobile';
  if (national.startsWith('070')) return 'personal';
  if (national.startsWith('076')) return 'pager';
  if (/^0[12]/.test(national)) return 'fixed';
  if (/^080[08]/.test(national)) return 'freephone';
  if (national.startsWith('09')) return 'premium';
  if (/^0(?:3|5|8[47])/.test(national)) return 'non-geographic';
  return 'unknown';
}

/** Strip what people write around numbers; keep one leading '+' (for 00 too). */
export function compactPhone(raw: string): string {
  let text = raw.trim().replace(/^tel:/i, '');
  // '+44 (0)7700…': the bracketed trunk zero must go before the digits are joined up.
  text = text.replace(/^(\+|00)\s*44\s*\(\s*0\s*\)/, '+44');
  const plus = /^\s*(\+|00)/.exec(text);
  const digits = text.replace(/[\s().\-‐–/]/g, '').replace(/^\+|^00/, '');
  return plus ? `+${digits}` : digits;
}

/**
 * E.164 of a UK number (national 0…, +44 or 0044) whose length fits its range, without
 * libphonenumber: the cheap test the text extractor runs on every candidate. Null otherwise,
 * including for every non-UK number.
 */
export function ukE164(raw: string): string | null {
  const compact = compactPhone(raw);
  let national: string;
  if (compact.startsWith('+44')) national = `0${compact.slice(3)}`;
  else if (/^0[1-9]/.test(compact)) national = compact;
  else return null;
  return UK_NATIONAL_SHAPE.test(national) ? `+44${national.slice(1)}` : null;
}

/**
 * E.164 of a non-UK number written with + or 00 that libphonenumber knows to be allocated
 * (valid, not merely possible), without formatting or typing it: the extractor's foreign check.
 */
export function foreignE164(raw: string): string | null {
  const compact = compactPhone(raw);
  if (!compact.startsWith('+') || compact.startsWith('+44')) return null;
  const parsed = parsePhoneNumberFromString(compact);
  return parsed && parsed.isValid() ? parsed.number : null;
}

export function parsePhone(raw: string, options: PhoneOptions = {}): ParseResult<Phone> {
  const defaultCountry = (options.defaultCountry ?? 'GB').toUpperCase();
  const cleaned = compactPhone(raw);
  if (!cleaned.replace('+', '')) return reject('No phone number was given.');
  if (!/^\+?\d+$/.test(cleaned))
    return reject(`${quoted(raw)} is not a phone number: it contains letters or symbols.`);

  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry as CountryCode);
  if (!parsed)
    return reject(
      `${quoted(raw)} is not a phone number that can be dialled: check the digits and any country code.`,
    );

  if (parsed.countryCallingCode === '44') {
    const national = `0${parsed.nationalNumber}`;
    if (!UK_NATIONAL_SHAPE.test(national)) {
      return reject(
        `${quoted(raw)} is not a possible UK number: UK numbers have 11 digits including the leading 0 (a few 01 numbers have 10), and mobiles start 07.`,
      );
    }
    const libType = TYPE_NAMES[parsed.getType() ?? ''];
    return accept({
      e164: parsed.number,
      national: parsed.formatNational(),
      type: libType ?? ukTypeFromPrefix(national),
      country: parsed.country ?? 'GB',
    });
  }

  if (!parsed.isPossible()) return reject(`${quoted(raw)} has the wrong number of digits for its country.`);
  if (options.strictForeign && !parsed.isValid())
    return reject(`${quoted(raw)} is not an allocated number in its country.`);
  return accept({
    e164: parsed.number,
    national: parsed.formatNational(),
    type: TYPE_NAMES[parsed.getType() ?? ''] ?? 'unknown',
    country: parsed.country ?? null,
  });
}
