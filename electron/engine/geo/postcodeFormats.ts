/**
 * The postcode files a force can supply, recognised from their first row:
 *
 * - ONS Postcode Directory (ONSPD) CSV: a header row with `pcds` (or `pcd`, `pcd7`, `pcd8`),
 *   `lat`, `long` and `oslaua` (local authority). Postcodes without a grid reference carry
 *   lat 99.999999, long 0.
 * - OS Code-Point Open CSV: no header row; postcode, positional quality, eastings, northings,
 *   country, NHS region, NHS health authority, county, district, ward. Eastings and northings
 *   are OSGB36 metres, converted to WGS84 here (Helmert, ±5 m). Quality 90 means no coordinates.
 *   The same columns with a header row (Postcode, Eastings, Northings…) are accepted too.
 */
import OsGridRef from 'geodesy/osgridref.js';
import { normalisePostcode } from '@shared/identifiers/postcode';

export type PostcodeFileFormat = 'onspd' | 'code-point-open';

export interface PostcodeLayout {
  format: PostcodeFileFormat;
  /** Whether the first row is a header (skipped). */
  header: boolean;
  postcode: number;
  lat?: number;
  lon?: number;
  easting?: number;
  northing?: number;
  district: number | null;
}

export type PostcodeRow = { ok: true; postcode: string; lat: number; lon: number; district: string | null } | { ok: false; reason: string };

const cleanHeader = (cell: string) => cell.trim().toLowerCase().replace(/[^a-z0-9]/g, '');

/** The layout of a file from its first row, or null when it is neither format. */
export function detectPostcodeLayout(firstRow: readonly string[]): PostcodeLayout | null {
  const headers = firstRow.map(cleanHeader);
  // The first name listed wins: ONSPD has pcd (7-character, no space for long codes) and pcds (spaced).
  const find = (...names: string[]) => {
    for (const name of names) {
      const index = headers.indexOf(name);
      if (index !== -1) return index;
    }
    return null;
  };
  const onspdPostcode = find('pcds', 'pcd8', 'pcd7', 'pcd');
  const lat = find('lat', 'latitude');
  const lon = find('long', 'lon', 'longitude');
  if (onspdPostcode !== null && lat !== null && lon !== null) {
    return { format: 'onspd', header: true, postcode: onspdPostcode, lat, lon, district: find('oslaua', 'lad', 'laua') };
  }
  const postcode = find('postcode', 'pc');
  const easting = find('eastings', 'easting');
  const northing = find('northings', 'northing');
  if (postcode !== null && easting !== null && northing !== null) {
    return { format: 'code-point-open', header: true, postcode, easting, northing, district: find('admindistrictcode', 'districtcode') };
  }
  // Code-Point Open's own CSVs have no header row: recognise the data instead.
  if (firstRow.length >= 4 && normalisePostcode(firstRow[0] ?? '') && /^\d{1,2}$/.test(firstRow[1]?.trim() ?? '') && /^\d+$/.test(firstRow[2]?.trim() ?? '') && /^\d+$/.test(firstRow[3]?.trim() ?? '')) {
    return { format: 'code-point-open', header: false, postcode: 0, easting: 2, northing: 3, district: 8 };
  }
  return null;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Great Britain, Northern Ireland and the islands, with room to spare. */
function inUk(lat: number, lon: number): boolean {
  return lat >= 49 && lat <= 61 && lon >= -9 && lon <= 2.5;
}

/** One data row as a located postcode, or the reason it cannot be used. */
export function readPostcodeRow(layout: PostcodeLayout, row: readonly string[]): PostcodeRow {
  const raw = row[layout.postcode]?.trim() ?? '';
  const postcode = normalisePostcode(raw);
  if (!postcode) return { ok: false, reason: raw ? `“${raw.slice(0, 20)}” is not a valid postcode.` : 'The postcode is missing.' };
  const districtCell = layout.district === null ? '' : (row[layout.district]?.trim() ?? '');
  const district = districtCell === '' ? null : districtCell.slice(0, 16);
  let lat: number;
  let lon: number;
  if (layout.format === 'onspd') {
    lat = Number(row[layout.lat!]);
    lon = Number(row[layout.lon!]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || row[layout.lat!]?.trim() === '') return { ok: false, reason: `${postcode} has no latitude and longitude.` };
    if (lat > 99) return { ok: false, reason: `${postcode} has no grid reference in the directory.` };
  } else {
    const easting = Number(row[layout.easting!]);
    const northing = Number(row[layout.northing!]);
    if (!Number.isFinite(easting) || !Number.isFinite(northing) || row[layout.easting!]?.trim() === '') return { ok: false, reason: `${postcode} has no eastings and northings.` };
    if (easting === 0 && northing === 0) return { ok: false, reason: `${postcode} has no grid reference in the directory.` };
    if (easting < 0 || easting >= 700_000 || northing < 0 || northing >= 1_300_000) return { ok: false, reason: `${postcode} lies outside the OS National Grid.` };
    const point = new OsGridRef(easting, northing).toLatLon();
    lat = point.lat;
    lon = point.lon;
  }
  if (!inUk(lat, lon)) return { ok: false, reason: `${postcode} is placed outside the UK (${round6(lat)}, ${round6(lon)}).` };
  return { ok: true, postcode, lat: round6(lat), lon: round6(lon), district };
}
