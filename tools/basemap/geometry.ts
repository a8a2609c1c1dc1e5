/** Small planar helpers for the basemap: rounding, vertex thinning, point-in-polygon, distances. */

/** [longitude, latitude], GeoJSON's order. */
export type Position = [number, number];
/** A closed ring: first and last positions equal. */
export type Ring = Position[];
/** Outer ring first, then holes. */
export type PolygonRings = Ring[];

/** 5 decimal places ≈ 1 m: far finer than a schematic basemap needs, and keeps files small. */
export const COORDINATE_DECIMALS = 5;

/** Consecutive vertices closer than this (≈ 10 m) add nothing at county scale. */
export const NEAR_DUPLICATE_DEG = 1e-4;

export function round(value: number, decimals = COORDINATE_DECIMALS): number {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundPosition([lon, lat]: Position): Position {
  return [round(lon), round(lat)];
}

function close(a: Position, b: Position, tolerance: number): boolean {
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** Rounds a line and drops vertices within `tolerance` of the previous kept one; the ends stay. */
export function thinLine(points: readonly Position[], tolerance = NEAR_DUPLICATE_DEG): Position[] {
  const rounded = points.map(roundPosition);
  const kept: Position[] = [];
  rounded.forEach((point, index) => {
    const previous = kept[kept.length - 1];
    const isLast = index === rounded.length - 1;
    if (previous && close(previous, point, tolerance)) {
      // Keep the true end point rather than the near-duplicate before it.
      if (isLast && kept.length > 1) kept[kept.length - 1] = point;
      return;
    }
    kept.push(point);
  });
  if (kept.length < 2) throw new Error('A line thinned to fewer than two points');
  return kept;
}

/** As thinLine, for a closed ring; refuses to collapse it below a triangle. */
export function thinRing(ring: readonly Position[], tolerance = NEAR_DUPLICATE_DEG): Ring {
  const thinned = thinLine(ring, tolerance);
  const first = thinned[0] as Position;
  const last = thinned[thinned.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) thinned.push([first[0], first[1]]);
  if (thinned.length < 4) throw new Error('A ring thinned to fewer than three vertices');
  return thinned;
}

/** Even–odd ray casting; points exactly on an edge may fall either way (fine at this scale). */
export function ringContains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function polygonContains(rings: PolygonRings, point: Position): boolean {
  const [outer, ...holes] = rings;
  return !!outer && ringContains(outer, point) && !holes.some((hole) => ringContains(hole, point));
}

/** Great-circle distance in km (spherical Earth, R = 6371 km). */
export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const key = ([lon, lat]: Position): string => `${lon},${lat}`;

/**
 * The outline of the union of polygons that share vertices exactly along their common borders
 * (Natural Earth's admin-1 polygons do): every edge that appears in two rings, once each way, is
 * interior and dropped; the rest chain into the outer boundary. Throws unless that gives one ring.
 */
export function outerBoundary(rings: readonly Ring[]): Ring {
  const edges = new Map<string, [Position, Position]>();
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const from = ring[i] as Position;
      const to = ring[i + 1] as Position;
      const reverse = `${key(to)}>${key(from)}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${key(from)}>${key(to)}`, [from, to]);
    }
  }
  const next = new Map<string, Position>();
  for (const [from, to] of edges.values()) {
    if (next.has(key(from))) throw new Error('Outer boundary: a vertex starts two edges');
    next.set(key(from), to);
  }
  const [start] = [...edges.values()].sort(([a], [b]) => a[0] - b[0] || a[1] - b[1]);
  if (!start) throw new Error('Outer boundary: no edges');
  const boundary: Ring = [start[0]];
  let current = start[0];
  for (;;) {
    const to = next.get(key(current));
    if (!to) throw new Error('Outer boundary: the edges do not close');
    boundary.push(to);
    if (key(to) === key(start[0])) break;
    current = to;
  }
  if (boundary.length - 1 !== edges.size) throw new Error('Outer boundary: more than one ring');
  return boundary;
}
