/** Handset identities (IMEI): 15 digits, the last a Luhn check digit over the first 14. */
import { luhnValid } from './checksums';
import { accept, quoted, reject, type ParseResult } from './result';

export interface Imei {
  /** 15 digits, no separators. */
  normalised: string;
  /** Type Allocation Code: the first 8 digits, which identify make and model. */
  tac: string;
}

export function parseImei(raw: string): ParseResult<Imei> {
  const digits = raw.trim().replace(/[\s\-/.]/g, '');
  if (!digits) return reject('No IMEI was given.');
  if (!/^\d+$/.test(digits)) return reject(`${quoted(raw)} is not an IMEI: an IMEI is 15 digits.`);
  if (digits.length === 14)
    return reject(`${quoted(raw)} has 14 digits: the IMEI's final check digit is missing.`);
  if (digits.length === 16) {
    return reject(
      `${quoted(raw)} has 16 digits, so it looks like an IMEISV (software version); the IMEI is 15 digits.`,
    );
  }
  if (digits.length !== 15)
    return reject(`${quoted(raw)} is not an IMEI: it has ${digits.length} digits, not 15.`);
  if (!luhnValid(digits))
    return reject(
      `${quoted(raw)} is not a valid IMEI: the check digit does not match (likely a typing error).`,
    );
  return accept({ normalised: digits, tac: digits.slice(0, 8) });
}
