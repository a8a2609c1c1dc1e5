/**
 * The letters the label font has to draw: names of victims, suspects and places the team meets
 * are often Lithuanian, Romanian, Polish, Albanian or Vietnamese (domain.md §4.2, §7). Labels
 * should be NFC-normalised text, so precomposed letters are what the font must cover.
 */

const VIETNAMESE_VOWELS = 'aăâeêioôơuưy';
/** Grave, acute, hook above, tilde, dot below. */
const VIETNAMESE_TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function withUpperCase(letters: string): string {
  return letters + letters.toLocaleUpperCase('und');
}

function vietnameseLetters(): string {
  const toned = [...VIETNAMESE_VOWELS].flatMap((vowel) =>
    VIETNAMESE_TONES.map((tone) => (vowel + tone).normalize('NFC')),
  );
  return withUpperCase(`${VIETNAMESE_VOWELS}đ${toned.join('')}`);
}

export const REQUIRED_LETTERS: Readonly<Record<string, string>> = {
  english: withUpperCase('abcdefghijklmnopqrstuvwxyz'),
  lithuanian: withUpperCase('ąčęėįšųūž'),
  // Both comma-below (correct) and cedilla (common in older data) forms of ș and ț.
  romanian: withUpperCase('ăâîșțşţ'),
  polish: withUpperCase('ąćęłńóśźż'),
  albanian: withUpperCase('çë'),
  vietnamese: vietnameseLetters(),
};

/** Every required codepoint once, in ascending order. */
export function requiredCodepoints(): number[] {
  const codepoints = new Set<number>();
  for (const letters of Object.values(REQUIRED_LETTERS))
    for (const letter of letters) codepoints.add(letter.codePointAt(0) as number);
  return [...codepoints].sort((a, b) => a - b);
}
