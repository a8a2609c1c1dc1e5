/**
 * Geography shared by the map and the engine: distances and point-in-polygon on WGS84
 * coordinates, accurate enough (well under 0.5%) across a county.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_METRES = 6_371_008.8;

export function haversineMetres(a: LatLon, b: LatLon): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The latitude/longitude box that contains a circle (for an R*Tree pre-filter). */
export function boundingBox(centre: LatLon, radiusMetres: number): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = (radiusMetres / EARTH_RADIUS_METRES) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.01, Math.cos((centre.lat * Math.PI) / 180));
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLon: centre.lon - dLon, maxLon: centre.lon + dLon };
}

/** Ray casting; the polygon is a ring of points (closed or not). Points on an edge may go either way. */
export function pointInPolygon(point: LatLon, ring: readonly LatLon[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.lat > point.lat !== b.lat > point.lat && point.lon < ((b.lon - a.lon) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lon) inside = !inside;
  }
  return inside;
}

export function polygonBounds(ring: readonly LatLon[]): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  return {
    minLat: Math.min(...ring.map((p) => p.lat)),
    maxLat: Math.max(...ring.map((p) => p.lat)),
    minLon: Math.min(...ring.map((p) => p.lon)),
    maxLon: Math.max(...ring.map((p) => p.lon)),
  };
}
