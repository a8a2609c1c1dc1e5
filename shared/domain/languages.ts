/**
 * Languages, by BCP 47 / ISO 639 code. Names come from Intl.DisplayNames in en-GB; the curated
 * list covers languages often needed for victims in MSHT work (the Victim and Witness Hub's
 * coordinators speak to victims in their first language) and overrides Intl's names where
 * police and interpreting services use a different one (Sorani, Dari, Mandarin).
 */

const languageNames = new Intl.DisplayNames('en-GB', { type: 'language', fallback: 'none', languageDisplay: 'standard' });

export interface CommonLanguage {
  code: string;
  name: string;
}

export const commonLanguages: readonly CommonLanguage[] = [
  { code: 'en', name: 'English' },
  { code: 'sq', name: 'Albanian' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'ro', name: 'Romanian' },
  { code: 'lt', name: 'Lithuanian' },
  { code: 'lv', name: 'Latvian' },
  { code: 'pl', name: 'Polish' },
  { code: 'bg', name: 'Bulgarian' },
  { code: 'sk', name: 'Slovak' },
  { code: 'hu', name: 'Hungarian' },
  { code: 'ru', name: 'Russian' },
  { code: 'ti', name: 'Tigrinya' },
  { code: 'am', name: 'Amharic' },
  { code: 'ar', name: 'Arabic' },
  { code: 'ckb', name: 'Kurdish (Sorani)' },
  { code: 'kmr', name: 'Kurdish (Kurmanji)' },
  { code: 'fa', name: 'Persian (Farsi)' },
  { code: 'prs', name: 'Dari' },
  { code: 'ps', name: 'Pashto' },
  { code: 'cmn', name: 'Mandarin' },
  { code: 'yue', name: 'Cantonese' },
  { code: 'pa', name: 'Punjabi' },
  { code: 'ur', name: 'Urdu' },
  { code: 'bn', name: 'Bengali' },
  { code: 'pt', name: 'Portuguese' },
];

function canonical(code: string): string | null {
  try {
    return Intl.getCanonicalLocales(code.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/** "Kurdish (Sorani)" for ckb, "Polish" for pl; null when the code is not a language Intl knows. */
export function languageName(code: string): string | null {
  // Curated codes are matched before canonicalisation, which would fold cmn into zh and prs into fa-AF.
  const lower = code.trim().toLowerCase();
  const curated = commonLanguages.find((entry) => entry.code === lower);
  if (curated) return curated.name;
  const tag = canonical(lower);
  if (tag === null) return null;
  return languageNames.of(tag) ?? null;
}

export function isLanguageCode(code: string): boolean {
  return languageName(code) !== null;
}
