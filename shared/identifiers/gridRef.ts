/**
 * Ordnance Survey National Grid references (domain.md §6.4), converted to WGS84 with geodesy's
 * Helmert transform (about ±5 m, ample for intelligence mapping; OSTN15 is not needed).
 */
import OsGridRef, { LatLon } from 'geodesy/osgridref.js';
import { accept, quoted, reject, tidyCode, type ParseResult } from './result';

/** A grid reference read and checked, before conversion to latitude and longitude. */
export type GridSquare = Omit<GridRef, 'lat' | 'lon'>;

export interface GridRef {
  /** 100 km square, e.g. 'TL'. */
  letters: string;
  /** Metres east of the grid's false origin (south-west corner of the referenced square). */
  easting: number;
  /** Metres north of the grid's false origin (south-west corner of the referenced square). */
  northing: number;
  /** Side of the referenced square: 1000 for 4 figures, 100 for 6, 10 for 8, 1 for 10 or numeric. */
  precisionMetres: number;
  /** 'TL 450 588' */
  display: string;
  /** WGS84 of the middle of the referenced square: a 1 km square's corner is 700 m from most of it. */
  lat: number;
  lon: number;
}

/** Unanchored, upper case: a valid first letter, then 4–10 digits in one or two halves. */
export const GRID_REF_PATTERN =
  '(?:[HNOST][A-HJ-Z] ?(?:\\d{5} ?\\d{5}|\\d{4} ?\\d{4}|\\d{3} ?\\d{3}|\\d{2} ?\\d{2}))';

const GRID_EAST_MAX = 700_000;
const GRID_NORTH_MAX = 1_300_000;

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function outsideGrid(easting: number, northing: number): boolean {
  return easting < 0 || northing < 0 || easting >= GRID_EAST_MAX || northing >= GRID_NORTH_MAX;
}

function square(easting: number, northing: number, precisionMetres: number, figures: number): GridSquare {
  const display = new OsGridRef(easting, northing).toString(figures);
  return { letters: display.slice(0, 2), easting, northing, precisionMetres, display };
}

function withLatLon(grid: GridSquare): GridRef {
  const centreOffset = grid.precisionMetres === 1 ? 0 : grid.precisionMetres / 2;
  const point = new OsGridRef(grid.easting + centreOffset, grid.northing + centreOffset).toLatLon();
  return { ...grid, lat: round6(point.lat), lon: round6(point.lon) };
}

const OUTSIDE =
  'lies outside the OS National Grid, which covers Great Britain (0–700 km east, 0–1,300 km north).';

function parseNumeric(shown: string, eastText: string, northText: string): ParseResult<GridSquare> {
  const easting = Math.floor(Number(eastText));
  const northing = Math.floor(Number(northText));
  if (outsideGrid(easting, northing)) return reject(`${shown} ${OUTSIDE}`);
  return accept(square(easting, northing, 1, 10));
}

function parseLettered(
  shown: string,
  letters: string,
  eastDigits: string,
  northDigits: string,
): ParseResult<GridSquare> {
  if (!/^[HNOST][A-HJ-Z]$/.test(letters)) {
    return reject(
      `${shown} is not an OS grid reference: ${letters} is not a 100 km square (they start with H, N, O, S or T, as in TL or TF).`,
    );
  }
  const figures = eastDigits.length * 2;
  let corner: OsGridRef;
  try {
    corner = OsGridRef.parse(`${letters} ${eastDigits} ${northDigits}`);
  } catch {
    return reject(`${shown} ${OUTSIDE}`);
  }
  if (outsideGrid(corner.easting, corner.northing)) return reject(`${shown} ${OUTSIDE}`);
  return accept(square(corner.easting, corner.northing, 10 ** (5 - eastDigits.length), figures));
}

/**
 * Reads and checks a grid reference without converting it to WGS84: what the text extractor
 * needs, at a fraction of the cost of parseGridRef.
 */
export function parseGridSquare(raw: string): ParseResult<GridSquare> {
  const tidy = tidyCode(raw);
  if (!tidy) return reject('No grid reference was given.');
  const shown = quoted(raw);

  const numeric = /^(\d{1,7}(?:\.\d+)?)\s*[, ]\s*(\d{1,7}(?:\.\d+)?)$/.exec(tidy);
  if (numeric) return parseNumeric(shown, numeric[1] ?? '', numeric[2] ?? '');

  const lettered = /^([A-Z]{2}) ?(\d+)(?: (\d+))?$/.exec(tidy);
  if (!lettered) {
    return reject(
      `${shown} is not an OS grid reference: write two letters and figures (TL 450 588) or an easting and northing in metres (545000, 258800).`,
    );
  }
  const [, letters = '', first = '', second] = lettered;
  let eastDigits: string;
  let northDigits: string;
  if (second === undefined) {
    if (first.length % 2 !== 0)
      return reject(
        `${shown} is not an OS grid reference: it needs an even number of figures (4, 6, 8 or 10).`,
      );
    eastDigits = first.slice(0, first.length / 2);
    northDigits = first.slice(first.length / 2);
  } else {
    if (first.length !== second.length) {
      return reject(
        `${shown} is not an OS grid reference: the easting and northing need the same number of figures.`,
      );
    }
    eastDigits = first;
    northDigits = second;
  }
  if (eastDigits.length < 2 || eastDigits.length > 5) {
    return reject(`${shown} is not an OS grid reference: use 4, 6, 8 or 10 figures after the letters.`);
  }
  return parseLettered(shown, letters, eastDigits, northDigits);
}

export function parseGridRef(raw: string): ParseResult<GridRef> {
  const grid = parseGridSquare(raw);
  return grid.ok ? accept(withLatLon(grid.value)) : grid;
}

/**
 * A WGS84 point as a grid reference string ('TL 450 588' for 6 figures). Throws RangeError
 * (plain words) when the point is outside the National Grid or the figures are not 2–10, even.
 */
export function toGridRef(lat: number, lon: number, digits = 6): string {
  if (![2, 4, 6, 8, 10].includes(digits))
    throw new RangeError(`A grid reference has 2, 4, 6, 8 or 10 figures, not ${digits}.`);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError(`${lat}, ${lon} is not a latitude and longitude.`);
  }
  let grid: OsGridRef;
  try {
    grid = new LatLon(lat, lon).toOsGrid();
  } catch {
    throw new RangeError(`${lat}, ${lon} ${OUTSIDE}`);
  }
  if (outsideGrid(grid.easting, grid.northing)) throw new RangeError(`${lat}, ${lon} ${OUTSIDE}`);
  return grid.toString(digits);
}
