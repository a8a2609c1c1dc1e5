/**
 * Passphrase rules and strength feedback in the spirit of the NCSC's "three random words"
 * advice: length beats complexity rules, so we ask for at least 12 characters, refuse the
 * obviously guessable, and encourage three or more unrelated words.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export interface PassphraseAssessment {
  acceptable: boolean;
  strength: PassphraseStrength;
  /** Plain-English advice, most important first. */
  feedback: string[];
}

const THREE_WORDS_ADVICE =
  'Three or more random words, such as “marsh kettle violin”, make a passphrase that is long, strong and easy to remember.';

/** Passwords that appear at the top of every breach list (checked case-insensitively, spaces ignored). */
const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdf',
  '123456789012',
  '1234567890123',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'changeme1234',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'trustno11234',
  'abc123456789',
  'qazwsxedcrfv',
  'passw0rd1234',
  'p@ssw0rd1234',
  'summer2024!!',
  'winter2024!!',
  'cambridgeshire',
  'peterborough',
  'fenlightfenlight',
]);

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

function isSingleRepeatedUnit(text: string): boolean {
  // "aaaaaaaaaaaa" or "abcabcabcabc": the whole thing is one short unit repeated.
  for (let size = 1; size <= 4; size++) {
    const unit = text.slice(0, size);
    if (unit.repeat(Math.ceil(text.length / size)).slice(0, text.length) === text) return true;
  }
  return false;
}

function isSimpleSequence(text: string): boolean {
  if (text.length < 4) return false;
  const codes = [...text].map((character) => character.charCodeAt(0));
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, index) => index === 0 || code - codes[index - 1]! === step || (step === 1 && codes[index - 1] === 57 && code === 48));
}

function wordCount(text: string): number {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s\-_.,;:+/]+|\d+/)
    .filter((word) => word.length >= 3).length;
}

export function assessPassphrase(passphrase: string, context: { analystName?: string; staffNumber?: string } = {}): PassphraseAssessment {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      acceptable: false,
      strength: 'too-short',
      feedback: [`Use at least ${MIN_PASSPHRASE_LENGTH} characters (this has ${length}).`, THREE_WORDS_ADVICE],
    };
  }
  const flat = normalise(passphrase);
  const personal = [context.analystName, ...(context.analystName ?? '').split(/\s+/), context.staffNumber]
    .filter((value): value is string => Boolean(value && value.trim().length >= 3))
    .map(normalise)
    .sort((a, b) => b.length - a.length);
  if (COMMON.has(flat) || isSingleRepeatedUnit(flat) || isSimpleSequence(flat)) {
    return { acceptable: false, strength: 'weak', feedback: ['That passphrase is one of the first an attacker would try.', THREE_WORDS_ADVICE] };
  }
  const withoutPersonal = personal.reduce((rest, value) => rest.split(value).join(''), flat);
  if (personal.length > 0 && withoutPersonal.length < 4) {
    return { acceptable: false, strength: 'weak', feedback: ['Do not base the passphrase on your name or staff number.', THREE_WORDS_ADVICE] };
  }
  const words = wordCount(passphrase);
  if (words >= 3 || length >= 20) {
    return { acceptable: true, strength: 'strong', feedback: ['Strong passphrase.'] };
  }
  return { acceptable: true, strength: 'fair', feedback: ['Acceptable, but a longer passphrase would be stronger.', THREE_WORDS_ADVICE] };
}
