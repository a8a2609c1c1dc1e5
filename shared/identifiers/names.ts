/**
 * Identity folding for people's names, so that 'Ionuț POPESCU', 'Ionut Popescu' and
 * 'ionut popescu' compare equal. Victims' and suspects' names reach us through interpreters,
 * handwritten notes and systems without diacritics, so exact spelling is a poor identity key.
 * This is folding, not transliteration between languages: Müller and Mueller stay different,
 * and non-Latin scripts are only lower-cased.
 */

/** Letters NFKD leaves whole (they are not a base letter plus a combining mark). */
const LEFTOVER_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
  ƒ: 'f',
  ɨ: 'i',
  ʉ: 'u',
};
const LEFTOVER = new RegExp(`[${Object.keys(LEFTOVER_LETTERS).join('')}]`, 'gu');

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Fold one word or phrase without collapsing punctuation: NFKD, drop marks, transliterate, lower-case. */
function foldLetters(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LEFTOVER, (letter) => LEFTOVER_LETTERS[letter] ?? letter);
}

/**
 * 'Ionuț-Andrei  O’Brien' → 'ionut andrei o brien'. Hyphens, apostrophes and other punctuation
 * become word breaks, so double-barrelled and apostrophe names match however they were typed.
 */
export function foldName(name: string): string {
  return foldLetters(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded tokens of a name, for matching the parts in any order ('POPESCU, Ionut'). */
export function nameTokens(name: string): string[] {
  const folded = foldName(name);
  return folded ? folded.split(' ') : [];
}
