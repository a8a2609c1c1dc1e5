import { isUtf8 } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'utf-8 (BOM)' | 'utf-16' | 'windows-1252';

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has €, curly quotes, dashes, Š,
 * Ž and so on. Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control
 * characters, so they are mapped here (the five unassigned bytes stay as their C1 code points,
 * as the WHATWG Encoding Standard says).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** Bytes decoded per step, so a large file never holds up the engine for long. */
const DECODE_STEP_BYTES = 4 * 1024 * 1024;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** UTF-8 (or UTF-16) decoded a few megabytes at a time; TextDecoder's stream mode joins characters split between steps. */
async function decodeInSteps(bytes: Buffer, label: 'utf-8' | 'utf-16le' | 'utf-16be'): Promise<string> {
  if (bytes.length <= DECODE_STEP_BYTES) return new TextDecoder(label).decode(bytes);
  const decoder = new TextDecoder(label);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_STEP_BYTES) {
    parts.push(decoder.decode(bytes.subarray(start, start + DECODE_STEP_BYTES), { stream: true }));
    await nextTurn();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * decodeText without holding up the engine: the same choices, decoded in steps.
 */
export async function decodeTextInSteps(bytes: Buffer): Promise<{ text: string; encoding: TextEncodingName }> {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && isUtf8(bytes.subarray(3))) {
    return { text: await decodeInSteps(bytes.subarray(3), 'utf-8'), encoding: 'utf-8 (BOM)' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { text: await decodeInSteps(bytes.subarray(2), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'), encoding: 'utf-16' };
  }
  if (isUtf8(bytes)) return { text: await decodeInSteps(bytes, 'utf-8'), encoding: 'utf-8' };
  return decodeText(bytes);
}

/**
 * A text file's bytes as text. UTF-8 (with or without a byte-order mark) is what Fenlight and
 * modern Excel write; bytes that are not valid UTF-8 are taken as Windows-1252, which older
 * Excel "CSV" exports on UK Windows machines use (so "Müller", "José" and "£" survive). UTF-16
 * is recognised by its byte-order mark (Excel's "Unicode text").
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (isUtf8(body)) return { text: body.toString('utf8'), encoding: 'utf-8 (BOM)' };
    // A BOM followed by bytes that are not UTF-8: the BOM was wrong, the rest is the older encoding.
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  // isUtf8 is the fatal UTF-8 check (as TextDecoder('utf-8', { fatal: true }) makes) without building a string.
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
