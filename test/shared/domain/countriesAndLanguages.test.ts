import { describe, expect, it } from 'vitest';
import { commonNationalities, countryName, isCountryCode, nationalityAdjective } from '@shared/domain/countries';
import { commonLanguages, isLanguageCode, languageName } from '@shared/domain/languages';

describe('countries and nationalities', () => {
  it.each([
    ['GB', 'United Kingdom'],
    ['AL', 'Albania'],
    ['vn', 'Vietnam'],
    ['ER', 'Eritrea'],
    ['LT', 'Lithuania'],
    ['FR', 'France'],
  ])('names %s as %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it('names nobody from an unknown or malformed code', () => {
    expect(countryName('ZZ')).toBeNull();
    expect(countryName('QQ')).toBeNull();
    expect(countryName('ALB')).toBeNull();
    expect(isCountryCode('al')).toBe(false);
    expect(isCountryCode('AL')).toBe(true);
  });

  it('offers the nationalities common in NRM statistics first, with their adjectives', () => {
    expect(commonNationalities.slice(0, 3).map((entry) => entry.code)).toEqual(['GB', 'AL', 'VN']);
    expect(nationalityAdjective('GB')).toBe('British');
    expect(nationalityAdjective('SK')).toBe('Slovak');
    for (const entry of commonNationalities) expect(countryName(entry.code)).toBe(entry.country);
  });
});

describe('languages', () => {
  it.each([
    ['sq', 'Albanian'],
    ['vi', 'Vietnamese'],
    ['ti', 'Tigrinya'],
    ['ckb', 'Kurdish (Sorani)'],
    ['cmn', 'Mandarin'],
    ['yue', 'Cantonese'],
    ['prs', 'Dari'],
    ['de', 'German'],
  ])('names %s as %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it('has unique codes in the curated list, each with a name', () => {
    expect(new Set(commonLanguages.map((entry) => entry.code)).size).toBe(commonLanguages.length);
    for (const entry of commonLanguages) expect(languageName(entry.code)).toBe(entry.name);
  });

  it('names nothing from a code that is not a language', () => {
    expect(languageName('not a code')).toBeNull();
    expect(languageName('qqq')).toBeNull();
    expect(isLanguageCode('pl')).toBe(true);
  });
});
