import type { PolygonRings, Position } from './geometry';

/** The GeoJSON the basemap writes: only the geometry types it uses, with flat scalar properties. */
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: PolygonRings }
  | { type: 'MultiPolygon'; coordinates: PolygonRings[] };

export type PointGeometry = Extract<Geometry, { type: 'Point' }>;
export type LineGeometry = Extract<Geometry, { type: 'LineString' }>;

/** Optional (undefined) properties are left out when serialised. */
export type Properties = Record<string, string | number | boolean | undefined>;

export type Feature<P extends Properties = Properties, G extends Geometry = Geometry> = {
  type: 'Feature';
  properties: P;
  geometry: G;
};

export type FeatureCollection<P extends Properties = Properties, G extends Geometry = Geometry> = {
  type: 'FeatureCollection';
  features: Feature<P, G>[];
};

export function feature<P extends Properties, G extends Geometry>(properties: P, geometry: G): Feature<P, G> {
  return { type: 'Feature', properties, geometry };
}

/**
 * One feature per line: compact, yet a regenerated file diffs readably. Key order is the order
 * the builders create properties in, so the same input always gives the same bytes.
 */
export function serialiseCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((item) => JSON.stringify(item));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
