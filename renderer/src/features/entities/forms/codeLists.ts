import {
  commonNationalities,
  countryName,
  isCountryCode,
  nationalityAdjective,
} from '@shared/domain/countries';
import { commonLanguages, isLanguageCode, languageName } from '@shared/domain/languages';

export interface ResolvedCodes {
  codes: string[];
  /** Entries that are neither a code nor a name we know. */
  unknown: string[];
}

function split(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Countries typed as codes or names ("RO, Lithuanian, Poland"), since analysts know nationalities by
 * name and the vault stores ISO codes.
 */
export function resolveCountries(text: string): ResolvedCodes {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of split(text)) {
    const upper = part.toUpperCase();
    const lower = part.toLowerCase();
    const byName = commonNationalities.find(
      (entry) => entry.country.toLowerCase() === lower || entry.nationality.toLowerCase() === lower,
    );
    const code = isCountryCode(upper) ? upper : (byName?.code ?? null);
    if (code) codes.push(code);
    else unknown.push(part);
  }
  return { codes: [...new Set(codes)], unknown };
}

/** Languages typed as codes or names ("ro, Lithuanian"). */
export function resolveLanguages(text: string): ResolvedCodes {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of split(text)) {
    const lower = part.toLowerCase();
    const byName = commonLanguages.find((entry) => entry.name.toLowerCase() === lower);
    const code = byName?.code ?? (/^[a-z]{2,3}$/.test(lower) && isLanguageCode(lower) ? lower : null);
    if (code) codes.push(code);
    else unknown.push(part);
  }
  return { codes: [...new Set(codes)], unknown };
}

export function nationalityName(code: string): string {
  return nationalityAdjective(code) ?? countryName(code) ?? code;
}

export function languageLabel(code: string): string {
  return languageName(code) ?? code;
}

export function unknownMessage(kind: 'country' | 'language', unknown: string[]): string {
  const example =
    kind === 'country'
      ? 'a two-letter code such as RO or LT, or a name such as Romanian'
      : 'a code such as ro or lt, or a name such as Romanian';
  return `${unknown.map((part) => `“${part}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a ${kind} Fenlight knows: use ${example}.`;
}
