/**
 * Companies House registration numbers: 8 characters, either all digits (England and Wales
 * companies) or a two-character register prefix and 6 digits. Leading zeros are often dropped
 * when people copy them, so short numbers are padded back.
 */
import { accept, quoted, reject, tidyCode, type ParseResult } from './result';

export interface CompanyNumber {
  /** '00123456', 'SC012345' */
  normalised: string;
  /** Register prefix ('SC', 'OC'…) or null for an England and Wales company. */
  prefix: string | null;
  /** What the register is, in words. */
  register: string;
}

const PREFIXES: Readonly<Record<string, string>> = {
  SC: 'Scottish company',
  NI: 'Northern Ireland company',
  R0: 'Northern Ireland company registered before partition',
  OC: 'limited liability partnership (England and Wales)',
  SO: 'limited liability partnership (Scotland)',
  NC: 'limited liability partnership (Northern Ireland)',
  LP: 'limited partnership (England and Wales)',
  SL: 'limited partnership (Scotland)',
  NL: 'limited partnership (Northern Ireland)',
  FC: 'overseas company',
  SF: 'overseas company (Scotland)',
  NF: 'overseas company (Northern Ireland)',
  BR: 'UK establishment of an overseas company',
  IP: 'industrial and provident society',
  SP: 'industrial and provident society (Scotland)',
  NP: 'industrial and provident society (Northern Ireland)',
  RS: 'registered society',
  IC: 'investment company with variable capital',
  SI: 'investment company with variable capital (Scotland)',
  NV: 'investment company with variable capital (Northern Ireland)',
  CE: 'charitable incorporated organisation',
  CS: 'charitable incorporated organisation (Scotland)',
  GE: 'European economic interest grouping',
  SE: 'European public limited-liability company (SE)',
  AC: 'assurance company',
  ZC: 'unregistered company',
  RC: 'royal charter company',
  SR: 'royal charter company (Scotland)',
  NR: 'royal charter company (Northern Ireland)',
};

export function parseCompanyNumber(raw: string): ParseResult<CompanyNumber> {
  const compact = tidyCode(raw).replace(/ /g, '');
  if (!compact) return reject('No company number was given.');
  if (/^\d{1,8}$/.test(compact)) {
    return accept({
      normalised: compact.padStart(8, '0'),
      prefix: null,
      register: 'company (England and Wales)',
    });
  }
  const prefixed = /^([A-Z][A-Z0-9])(\d{1,6})$/.exec(compact);
  if (!prefixed) {
    return reject(
      `${quoted(raw)} is not a Companies House number: it should be 8 digits, or two letters such as SC or OC and 6 digits.`,
    );
  }
  const [, prefix = '', digits = ''] = prefixed;
  const register = PREFIXES[prefix];
  if (!register)
    return reject(
      `${quoted(raw)} is not a Companies House number: ${prefix} is not a register prefix Companies House uses.`,
    );
  return accept({ normalised: `${prefix}${digits.padStart(6, '0')}`, prefix, register });
}
