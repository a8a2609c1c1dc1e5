/**
 * Bank accounts: UK sort code and account number, and IBANs (exploiters often control victims'
 * accounts at home and abroad). Only structure and the IBAN check digits are verified here;
 * UK modulus checking (Vocalink tables) is not.
 */
import { mod97 } from './checksums';
import { accept, quoted, reject, type ParseResult } from './result';

export interface UkBankAccount {
  /** '12-34-56' */
  sortCode: string;
  /** 8 digits */
  accountNumber: string;
  /** '12345612345678': sort code then account number, the identity key. */
  normalised: string;
}

export function parseUkBankAccount(input: {
  sortCode: string;
  accountNumber: string;
}): ParseResult<UkBankAccount> {
  const sort = input.sortCode.trim().replace(/[\s\-.]/g, '');
  const account = input.accountNumber.trim().replace(/[\s\-.]/g, '');
  if (!/^\d{6}$/.test(sort))
    return reject(`${quoted(input.sortCode)} is not a sort code: a sort code is 6 digits, written 12-34-56.`);
  if (!/^\d+$/.test(account))
    return reject(`${quoted(input.accountNumber)} is not a UK account number: it should be digits only.`);
  // Banks with 6- and 7-digit account numbers are paid into with leading zeros added (Pay.UK practice).
  if (account.length < 6 || account.length > 8) {
    return reject(`${quoted(input.accountNumber)} is not a UK account number: it should have 8 digits.`);
  }
  const accountNumber = account.padStart(8, '0');
  const sortCode = `${sort.slice(0, 2)}-${sort.slice(2, 4)}-${sort.slice(4)}`;
  return accept({ sortCode, accountNumber, normalised: `${sort}${accountNumber}` });
}

export interface Iban {
  /** 'GB82WEST12345698765432' */
  normalised: string;
  /** 'GB82 WEST 1234 5698 7654 32' */
  display: string;
  country: string;
  /** For GB IBANs, the domestic account inside it. */
  ukAccount?: UkBankAccount;
}

/** IBAN lengths by country (SWIFT IBAN registry) for countries MSHT casework commonly meets and their neighbours. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  KW: 30,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MT: 31,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
  UA: 29,
  VN: 28,
  XK: 20,
};

export function parseIban(raw: string): ParseResult<Iban> {
  const compact = raw
    .trim()
    .replace(/^IBAN\s*:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (!compact) return reject('No IBAN was given.');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) {
    return reject(
      `${quoted(raw)} is not an IBAN: it should start with a country code and two check digits, as in GB82 WEST…`,
    );
  }
  const country = compact.slice(0, 2);
  const expected = IBAN_LENGTHS[country];
  if (expected !== undefined && compact.length !== expected) {
    return reject(
      `${quoted(raw)} is not a valid ${country} IBAN: it has ${compact.length} characters and ${country} IBANs have ${expected}.`,
    );
  }
  if (compact.length < 15 || compact.length > 34)
    return reject(`${quoted(raw)} is not an IBAN: IBANs have 15 to 34 characters.`);
  if (mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) {
    return reject(
      `${quoted(raw)} is not a valid IBAN: the check digits do not match (likely a typing error).`,
    );
  }
  const display = compact.replace(/(.{4})(?=.)/g, '$1 ');
  const iban: Iban = { normalised: compact, display, country };
  if (country === 'GB') {
    const uk = parseUkBankAccount({ sortCode: compact.slice(8, 14), accountNumber: compact.slice(14) });
    if (uk.ok) iban.ukAccount = uk.value;
  }
  return accept(iban);
}
