import type { FontFacesSpecification } from 'maplibre-gl';

/**
 * The label font, drawn from bundled files through the style's `font-faces` property: there is
 * no `glyphs` URL, so nothing is fetched from a glyph server. MapLibre takes, for each character,
 * the first file listed under the `text-font` name whose unicode-range covers it — the ranges are
 * @fontsource/noto-sans's, and tools/basemap checks those files draw every Lithuanian, Romanian,
 * Polish, Albanian and Vietnamese letter.
 */

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export type FontSubset = 'latin' | 'latin-ext' | 'vietnamese';

/** In declaration order, which decides where ranges overlap (manifest.json records the same). */
export const FONT_SUBSET_RANGES: ReadonlyArray<readonly [FontSubset, readonly string[]]> = [
  [
    'latin',
    // prettier-ignore
    ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329',
      'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
  ],
  [
    'latin-ext',
    // prettier-ignore
    ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329',
      'U+1D00-1DBF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F',
      'U+A720-A7FF'],
  ],
  [
    'vietnamese',
    // prettier-ignore
    ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301',
      'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'],
  ],
];

export type FontUrls = { regular: Record<FontSubset, string>; bold: Record<FontSubset, string> };

export function buildFontFaces(urls: FontUrls): FontFacesSpecification {
  const faces = (files: Record<FontSubset, string>) =>
    FONT_SUBSET_RANGES.map(([subset, ranges]) => ({ url: files[subset], 'unicode-range': [...ranges] }));
  return { [FONT_REGULAR]: faces(urls.regular), [FONT_BOLD]: faces(urls.bold) };
}
