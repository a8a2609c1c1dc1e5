/**
 * Recovery keys: 160 random bits written as 8 groups of 4 Crockford base-32 characters plus a
 * 4-character check group (CRC-32 based), e.g. "7QX2-M4K9-…-C8RW". Crockford's alphabet has no
 * I, L, O or U, and reading is forgiving: lower case, spaces, O for 0 and I/L for 1 are accepted.
 * The check group catches a mistyped character before any slow key derivation runs.
 */
export const RECOVERY_KEY_BYTES = 20;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;
const DATA_CHARS = (RECOVERY_KEY_BYTES * 8) / 5;

export type RecoveryKeyParse = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

function decodeBase32(text: string): Uint8Array {
  const bytes = new Uint8Array((text.length * 5) / 8);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const character of text) {
    value = (value << 5) | ALPHABET.indexOf(character);
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return bytes;
}

function checkGroup(bytes: Uint8Array): string {
  const crc = crc32(bytes) >>> 12; // 20 bits = 4 characters
  let out = '';
  for (let shift = 15; shift >= 0; shift -= 5) out += ALPHABET[(crc >>> shift) & 31];
  return out;
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key is 20 bytes.');
  const text = encodeBase32(bytes) + checkGroup(bytes);
  return text.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

export function parseRecoveryKey(typed: string): RecoveryKeyParse {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const expected = DATA_CHARS + GROUP;
  if (/[^0-9A-Z]/.test(cleaned) || /U/.test(cleaned)) {
    return { ok: false, reason: 'A recovery key contains only letters and digits, in groups of four.' };
  }
  if (cleaned.length !== expected) {
    return {
      ok: false,
      reason: `A recovery key has ${expected / GROUP} groups of four characters; this has ${cleaned.length} characters. Check you copied every group.`,
    };
  }
  const bytes = decodeBase32(cleaned.slice(0, DATA_CHARS));
  if (checkGroup(bytes) !== cleaned.slice(DATA_CHARS)) {
    return { ok: false, reason: 'That recovery key has a typing mistake: check each group against what you wrote down.' };
  }
  return { ok: true, bytes };
}
