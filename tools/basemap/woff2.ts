import { brotliDecompressSync } from 'node:zlib';

/**
 * Reads the character map of a WOFF2 font: which codepoints it has a glyph for. Just enough of
 * the WOFF2 container (W3C WOFF2 §4–5) and the OpenType `cmap` table to check that the bundled
 * font subsets really draw the letters our labels need, without a font library dependency.
 */

/** WOFF2's known-table tags, by the index a directory entry's flags byte carries. */
// prettier-ignore
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ',
  'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS',
  'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc',
  'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop',
  'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

const HEADER_BYTES = 48;

class Reader {
  constructor(
    readonly bytes: Buffer,
    public offset = 0,
  ) {}
  u8(): number {
    return this.bytes.readUInt8(this.offset++);
  }
  u16(): number {
    const value = this.bytes.readUInt16BE(this.offset);
    this.offset += 2;
    return value;
  }
  u32(): number {
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  tag(): string {
    const value = this.bytes.toString('latin1', this.offset, this.offset + 4);
    this.offset += 4;
    return value;
  }
  /** UIntBase128: 7 bits a byte, high bit set on all but the last, at most 5 bytes. */
  base128(): number {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = this.u8();
      if (i === 0 && byte === 0x80) throw new Error('WOFF2: UIntBase128 with a leading zero');
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('WOFF2: UIntBase128 longer than 5 bytes');
  }
}

type TableEntry = { tag: string; length: number };

/** Returns the uncompressed `cmap` table of a WOFF2 file. */
function cmapTable(woff2: Buffer): Buffer {
  const header = new Reader(woff2);
  if (header.tag() !== 'wOF2') throw new Error('Not a WOFF2 file');
  if (header.tag() === 'ttcf') throw new Error('WOFF2 font collections are not supported');
  header.offset = 12;
  const numTables = header.u16();
  header.offset = 20;
  const totalCompressedSize = header.u32();

  const directory = new Reader(woff2, HEADER_BYTES);
  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = directory.u8();
    const tagIndex = flags & 0x3f;
    const tag = tagIndex === 63 ? directory.tag() : KNOWN_TAGS[tagIndex];
    if (tag === undefined) throw new Error(`WOFF2: unknown table index ${tagIndex}`);
    const transformVersion = flags >> 6;
    const origLength = directory.base128();
    // glyf and loca are transformed at version 0 (3 = untransformed); every other table the other way round.
    const transformed = tag === 'glyf' || tag === 'loca' ? transformVersion !== 3 : transformVersion !== 0;
    const length = transformed ? directory.base128() : origLength;
    tables.push({ tag, length });
  }

  // The tables follow one another in directory order in one Brotli stream, unpadded.
  const stream = brotliDecompressSync(
    woff2.subarray(directory.offset, directory.offset + totalCompressedSize),
  );
  let offset = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return stream.subarray(offset, offset + table.length);
    offset += table.length;
  }
  throw new Error('WOFF2: no cmap table');
}

/** Codepoints a format 4 subtable (BMP, segment-mapped) gives a non-zero glyph. */
function readFormat4(cmap: Buffer, start: number, into: Set<number>): void {
  const segCount = cmap.readUInt16BE(start + 6) / 2;
  const endCodes = start + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  for (let segment = 0; segment < segCount; segment++) {
    const end = cmap.readUInt16BE(endCodes + segment * 2);
    const first = cmap.readUInt16BE(startCodes + segment * 2);
    const delta = cmap.readInt16BE(idDeltas + segment * 2);
    const rangeOffsetAt = idRangeOffsets + segment * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
    for (let code = first; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (code - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

/** Codepoints a format 12 subtable (segmented coverage, full Unicode) maps. */
function readFormat12(cmap: Buffer, start: number, into: Set<number>): void {
  const groups = cmap.readUInt32BE(start + 12);
  for (let group = 0; group < groups; group++) {
    const at = start + 16 + group * 12;
    const first = cmap.readUInt32BE(at);
    const last = cmap.readUInt32BE(at + 4);
    const firstGlyph = cmap.readUInt32BE(at + 8);
    for (let code = first; code <= last; code++) if (firstGlyph + (code - first) !== 0) into.add(code);
  }
}

/** The set of codepoints the font draws (those its cmap maps to a glyph other than .notdef). */
export function woff2Codepoints(woff2: Buffer): Set<number> {
  const cmap = cmapTable(woff2);
  const reader = new Reader(cmap);
  if (reader.u16() !== 0) throw new Error('cmap: unexpected version');
  const numSubtables = reader.u16();
  const codepoints = new Set<number>();
  for (let i = 0; i < numSubtables; i++) {
    const platform = reader.u16();
    const encoding = reader.u16();
    const offset = reader.u32();
    // Unicode subtables only: platform 0 (Unicode), or platform 3 (Windows) encodings 1 (BMP) and 10 (full).
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 4) readFormat4(cmap, offset, codepoints);
    else if (format === 12) readFormat12(cmap, offset, codepoints);
  }
  return codepoints;
}
