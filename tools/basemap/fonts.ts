import { readPackageFile, readPackageJson, type FetchedPackage } from './packages';
import { woff2Codepoints } from './woff2';

/**
 * The label font: Noto Sans Regular and Bold as @fontsource ships them, one WOFF2 file per
 * subset with the unicode-range its CSS declares. MapLibre's `font-faces` takes the same list
 * per font name and, for each character, uses the first file whose range covers it.
 */

export const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
export const FONT_WEIGHTS = [
  { weight: 400, fontName: 'Noto Sans Regular' },
  { weight: 700, fontName: 'Noto Sans Bold' },
] as const;

export type FontSubset = (typeof FONT_SUBSETS)[number];
export type FontFile = {
  fontName: string;
  subset: FontSubset;
  weight: number;
  file: string;
  unicodeRange: string[];
};

const fontFileName = (subset: FontSubset, weight: number): string =>
  `noto-sans-${subset}-${weight}-normal.woff2`;

export const FONT_MEMBERS: readonly string[] = [
  'package/LICENSE',
  'package/unicode.json',
  ...FONT_WEIGHTS.flatMap(({ weight }) =>
    FONT_SUBSETS.map((subset) => `package/files/${fontFileName(subset, weight)}`),
  ),
];

export type UnicodeRange = { start: number; end: number };

/** Parses "U+0100-02BA" or "U+0131" (no wildcards: @fontsource does not use them). */
export function parseUnicodeRange(entry: string): UnicodeRange {
  const match = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(entry.trim());
  if (!match) throw new Error(`Unsupported unicode-range entry: ${entry}`);
  const start = parseInt(match[1] as string, 16);
  return { start, end: match[2] ? parseInt(match[2], 16) : start };
}

export function rangeCovers(ranges: readonly string[], codepoint: number): boolean {
  return ranges.map(parseUnicodeRange).some(({ start, end }) => codepoint >= start && codepoint <= end);
}

export type FontBundle = { files: FontFile[]; data: Map<string, Buffer>; licence: Buffer };

export function readFonts(fetched: FetchedPackage): FontBundle {
  const ranges = readPackageJson(fetched, 'unicode.json') as Record<string, unknown>;
  const files: FontFile[] = [];
  const data = new Map<string, Buffer>();
  for (const { weight, fontName } of FONT_WEIGHTS) {
    for (const subset of FONT_SUBSETS) {
      const range = ranges[subset];
      if (typeof range !== 'string') throw new Error(`unicode.json has no range for ${subset}`);
      const file = fontFileName(subset, weight);
      files.push({ fontName, subset, weight, file, unicodeRange: range.split(',') });
      data.set(file, readPackageFile(fetched, `files/${file}`));
    }
  }
  return { files, data, licence: readPackageFile(fetched, 'LICENSE') };
}

/**
 * The codepoints a font name would fail to draw, resolving each as MapLibre does: the first
 * declared file whose unicode-range covers it must have a glyph for it.
 */
export function missingCodepoints(
  files: readonly FontFile[],
  data: ReadonlyMap<string, Buffer>,
  codepoints: readonly number[],
): number[] {
  const cmaps = new Map(files.map(({ file }) => [file, woff2Codepoints(data.get(file) as Buffer)]));
  return codepoints.filter((codepoint) => {
    const chosen = files.find(({ unicodeRange }) => rangeCovers(unicodeRange, codepoint));
    return !chosen || !cmaps.get(chosen.file)?.has(codepoint);
  });
}
