/**
 * E-mail addresses, pragmatically: one @, a domain with a dot. The domain is case-insensitive
 * and lower-cased; the local part is kept as written, because some providers treat case in it
 * as significant and an analyst may need the exact form seen.
 */
import { accept, quoted, reject, type ParseResult } from './result';

export interface Email {
  /** 'Ionut.P@example.co.uk' with the domain lower-cased. */
  normalised: string;
  local: string;
  domain: string;
}

/** Unanchored, for the text extractor: a conservative shape, checked again by parseEmail. */
export const EMAIL_PATTERN =
  "[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}";

const LOCAL = /^[^\s@"(),:;<>[\]\\]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseEmail(raw: string): ParseResult<Email> {
  const text = raw.trim().replace(/^mailto:/i, '');
  if (!text) return reject('No e-mail address was given.');
  const at = text.split('@');
  if (at.length !== 2)
    return reject(`${quoted(raw)} is not an e-mail address: it must contain exactly one @.`);
  const [local = '', rawDomain = ''] = at;
  const domain = rawDomain.toLowerCase().replace(/\.$/, '');
  if (
    !local ||
    local.length > 64 ||
    !LOCAL.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return reject(`${quoted(raw)} is not an e-mail address: the part before the @ is not usable.`);
  }
  const labels = domain.split('.');
  if (labels.length < 2)
    return reject(
      `${quoted(raw)} is not an e-mail address: the part after the @ needs a dot, as in example.co.uk.`,
    );
  if (!labels.every((label) => LABEL.test(label)) || !/^[a-z]{2,}$/.test(labels.at(-1) ?? '')) {
    return reject(`${quoted(raw)} is not an e-mail address: the part after the @ is not a valid domain.`);
  }
  return accept({ normalised: `${local}@${domain}`, local, domain });
}
