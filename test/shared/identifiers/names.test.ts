import { describe, expect, it } from 'vitest';
import { foldName, nameTokens } from '@shared/identifiers';

describe('foldName', () => {
  it.each([
    ['Ionuț Popescu', 'ionut popescu'],
    ['IONUŢ POPESCU', 'ionut popescu'],
    ['Ștefan Țurcanu', 'stefan turcanu'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Zażółć Gęślą Jaźń', 'zazolc gesla jazn'],
    ['Ąžuolas Čėsnys Šaltinis Įėjimas Ūla Ųla', 'azuolas cesnys saltinis iejimas ula ula'],
    ['Çelë Gjoni', 'cele gjoni'],
    ['Đặng Thị Ngọc Hương', 'dang thi ngoc huong'],
    ['Nguyễn Văn Ơn', 'nguyen van on'],
    ['Straße', 'strasse'],
    ['Søren Ærø', 'soren aero'],
    ['İsmail Işık', 'ismail isik'],
    ['Þórr Guðmundsson', 'thorr gudmundsson'],
    ['Đorđe Petrović', 'dorde petrovic'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('turns hyphens and apostrophes into spaces', () => {
    expect(foldName('Mary-Jane O’Brien')).toBe('mary jane o brien');
    expect(foldName("D'Souza")).toBe('d souza');
  });

  it('collapses whitespace and punctuation', () => {
    expect(foldName('  POPESCU,   Ionut  (aka "Nelu") ')).toBe('popescu ionut aka nelu');
  });

  it('folds fullwidth and compatibility forms', () => {
    expect(foldName('ＡＢＣ')).toBe('abc');
  });

  it('leaves non-Latin scripts lower-cased rather than guessing a transliteration', () => {
    expect(foldName('Иван Петров')).toBe('иван петров');
  });

  it('gives an empty string for punctuation only', () => {
    expect(foldName(' - ’ ')).toBe('');
  });
});

describe('nameTokens', () => {
  it('gives folded tokens for matching in any order', () => {
    expect(nameTokens('POPESCU, Ionuț-Andrei')).toEqual(['popescu', 'ionut', 'andrei']);
  });

  it('gives no tokens for an empty name', () => {
    expect(nameTokens('   ')).toEqual([]);
  });
});
