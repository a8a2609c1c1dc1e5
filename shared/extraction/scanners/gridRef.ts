/**
 * OS grid references in prose. Six figures or more after a valid square ('TL 450 588') are
 * specific enough on their own; four figures ('TL 45 58'), squares that are also words
 * ('NO', 'SO', 'TO'…) and bare 'easting, northing' pairs need a cue such as "grid ref" or "NGR".
 */
import { GRID_REF_PATTERN, parseGridSquare } from '../../identifiers/gridRef';
import { AFTER_CODE, BEFORE_CODE, cuedBy, extraction, GRID_CUE, type ScanContext } from '../context';
import type { Extraction } from '../types';

const LETTERED = new RegExp(`${BEFORE_CODE}${GRID_REF_PATTERN}${AFTER_CODE}`, 'gu');
const NUMERIC = new RegExp(
  `${BEFORE_CODE}\\d{6}(?:\\.\\d+)?[ \\u00a0]?,[ \\u00a0]?\\d{6,7}(?:\\.\\d+)?${AFTER_CODE}`,
  'gu',
);
const WORD_SQUARES = new Set([
  'HA',
  'HE',
  'HO',
  'NA',
  'NO',
  'NE',
  'OF',
  'OH',
  'ON',
  'OR',
  'OW',
  'SO',
  'ST',
  'TA',
  'TO',
  'TV',
]);

export function scanGridRefs({ text }: ScanContext): Extraction[] {
  const found: Extraction[] = [];
  for (const match of text.matchAll(LETTERED)) {
    const start = match.index ?? 0;
    const figures = match[0].replace(/\D/g, '').length;
    const needsCue = figures < 6 || WORD_SQUARES.has(match[0].slice(0, 2));
    if (needsCue && !cuedBy(text, start, GRID_CUE)) continue;
    const parsed = parseGridSquare(match[0]);
    if (parsed.ok) found.push(extraction('gridref', start, match[0], parsed.value.display));
  }
  for (const match of text.matchAll(NUMERIC)) {
    const start = match.index ?? 0;
    if (!cuedBy(text, start, GRID_CUE)) continue;
    const parsed = parseGridSquare(match[0]);
    if (parsed.ok) found.push(extraction('gridref', start, match[0], parsed.value.display));
  }
  return found;
}
