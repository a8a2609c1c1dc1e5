/**
 * Countries and nationalities, by ISO 3166-1 alpha-2 code. Names come from the platform's
 * Intl.DisplayNames in en-GB rather than a hard-coded list of every country; a short curated
 * list puts the nationalities most often met in MSHT work at the top of pickers.
 */

const regionNames = new Intl.DisplayNames('en-GB', { type: 'region', fallback: 'none' });

export interface CommonNationality {
  code: string;
  /** Country name as the picker shows it. */
  country: string;
  /** Adjective for people, e.g. "Albanian national"; Intl has no demonyms, so these are curated. */
  nationality: string;
}

/**
 * Frequent in Home Office NRM statistics (UK, Albania, Vietnam, Eritrea, Sudan and others) and,
 * for the Central and Eastern European countries, in the Victim and Witness Hub's caseload.
 */
export const commonNationalities: readonly CommonNationality[] = [
  { code: 'GB', country: 'United Kingdom', nationality: 'British' },
  { code: 'AL', country: 'Albania', nationality: 'Albanian' },
  { code: 'VN', country: 'Vietnam', nationality: 'Vietnamese' },
  { code: 'ER', country: 'Eritrea', nationality: 'Eritrean' },
  { code: 'SD', country: 'Sudan', nationality: 'Sudanese' },
  { code: 'AF', country: 'Afghanistan', nationality: 'Afghan' },
  { code: 'IR', country: 'Iran', nationality: 'Iranian' },
  { code: 'IQ', country: 'Iraq', nationality: 'Iraqi' },
  { code: 'ET', country: 'Ethiopia', nationality: 'Ethiopian' },
  { code: 'RO', country: 'Romania', nationality: 'Romanian' },
  { code: 'LT', country: 'Lithuania', nationality: 'Lithuanian' },
  { code: 'LV', country: 'Latvia', nationality: 'Latvian' },
  { code: 'PL', country: 'Poland', nationality: 'Polish' },
  { code: 'BG', country: 'Bulgaria', nationality: 'Bulgarian' },
  { code: 'SK', country: 'Slovakia', nationality: 'Slovak' },
  { code: 'HU', country: 'Hungary', nationality: 'Hungarian' },
  { code: 'CN', country: 'China', nationality: 'Chinese' },
  { code: 'IN', country: 'India', nationality: 'Indian' },
  { code: 'PK', country: 'Pakistan', nationality: 'Pakistani' },
  { code: 'NG', country: 'Nigeria', nationality: 'Nigerian' },
];

const ISO_ALPHA2 = /^[A-Z]{2}$/;

/**
 * "Albania" for AL (any case). Null for anything that is not a known ISO 3166-1 alpha-2 region,
 * including ZZ ("unknown region"): a nationality that is not known is recorded as not known.
 */
export function countryName(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (!ISO_ALPHA2.test(upper) || upper === 'ZZ') return null;
  const curated = commonNationalities.find((entry) => entry.code === upper);
  if (curated) return curated.country;
  return regionNames.of(upper) ?? null;
}

export function isCountryCode(code: string): boolean {
  return code === code.trim().toUpperCase() && countryName(code) !== null;
}

/** "Albanian" for AL where curated; otherwise null (the UI falls back to "national of <country>"). */
export function nationalityAdjective(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return commonNationalities.find((entry) => entry.code === upper)?.nationality ?? null;
}
