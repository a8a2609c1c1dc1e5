/**
 * The conversions behind the location field: typed latitude and longitude, an OS grid
 * reference or a postcode become one point, and any point shows its grid reference.
 */
import { parseGridRef, toGridRef } from '@shared/identifiers/gridRef';

export interface LatLonPoint {
  lat: number;
  lon: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function parseCoordinate(text: string, label: 'Latitude' | 'Longitude', limit: number): Parsed<number> {
  const tidy = text.trim().replace(',', '.');
  if (tidy === '') return { ok: false, reason: `${label} is required.` };
  const value = Number(tidy);
  if (!Number.isFinite(value)) return { ok: false, reason: `${label} must be a number in decimal degrees, for example ${label === 'Latitude' ? '52.2084' : '0.1207'}.` };
  if (Math.abs(value) > limit) return { ok: false, reason: `${label} must be between -${limit} and ${limit}.` };
  return { ok: true, value: Math.round(value * 1e6) / 1e6 };
}

/** Latitude and longitude typed in decimal degrees; the point must lie in or near the UK. */
export function parseLatLon(latText: string, lonText: string): Parsed<LatLonPoint> {
  const lat = parseCoordinate(latText, 'Latitude', 90);
  if (!lat.ok) return lat;
  const lon = parseCoordinate(lonText, 'Longitude', 180);
  if (!lon.ok) return lon;
  if (lat.value < 49 || lat.value > 61 || lon.value < -9 || lon.value > 2.5) {
    return { ok: false, reason: 'That point is outside the UK. Check the latitude and longitude are not swapped (Cambridge is 52.21, 0.12).' };
  }
  return { ok: true, value: { lat: lat.value, lon: lon.value } };
}

/** An OS grid reference (TL 450 588, TL4505858800, 545000 258800) as a point, or the reason it is not one. */
export function gridRefToPoint(text: string): Parsed<LatLonPoint & { display: string }> {
  const parsed = parseGridRef(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  return { ok: true, value: { lat: parsed.value.lat, lon: parsed.value.lon, display: parsed.value.display } };
}

/** The point's grid reference to 10 m (8 figures), or null outside the National Grid. */
export function gridRefOf(point: LatLonPoint | null, digits = 8): string | null {
  if (!point) return null;
  try {
    return toGridRef(point.lat, point.lon, digits);
  } catch {
    return null;
  }
}
