/**
 * The map's own data, as GeoJSON for MapLibre: the located entities from geo.features, the
 * selection, and the drawn area. Pure functions, tested without WebGL.
 */
import type { Area, MapFeatures, MapKind } from '@shared/contract/calls/geo';
import type { LatLon } from '@shared/geo';
import { exploitationLabel, type ExploitationCode } from '@shared/domain/exploitation';
import { formatGrade } from '@shared/domain/grading';
import { siteTypeShortLabel } from './siteStyle';

/**
 * What MapLibre gets for the sites: one MultiPoint per kind, coloured by its `kind`. MapLibre copies
 * a source's data to its worker object by object, so 50,000 Point features cost half a second
 * of copying and 50,000 positions in six MultiPoints almost nothing; the clusters are the same.
 * Which site a drawn point is, and the labels close in, come from the columns instead.
 */
export interface KindProperties {
  kind: MapKind;
}

/** A point drawn with its own identity (the selection, labels close in): feature id = index in the columns. */
export interface SitePointProperties {
  kind: MapKind;
  label: string;
}

/** A site (or person or vehicle) under the pointer: its kind and where MapLibre drew it. */
export interface SiteHit {
  kind: MapKind;
  lat: number;
  lon: number;
}

/** What the tooltip shows, in words. */
export interface SiteDetails {
  id: string;
  label: string;
  /** Site type (or Person/Vehicle) in words. */
  kind: string;
  exploitation: string;
  grade: string;
}

export interface PointFeature<P> {
  type: 'Feature';
  id?: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; geometry: G; properties: P }>;
}

export type SitesCollection = FeatureCollection<{ type: 'MultiPoint'; coordinates: Array<[number, number]> }, KindProperties>;
export type PointsCollection = { type: 'FeatureCollection'; features: PointFeature<SitePointProperties>[] };
export type Bounds = [[number, number], [number, number]];

export const NO_FEATURES: MapFeatures = { ids: [], labels: [], kinds: [], lats: [], lons: [], atSiteIds: [], bestGrades: [], exploitationTypes: [], firstOccurred: [], lastOccurred: [] };

/** Columns for a few points given one by one (a form's own marker); no evidence facts. */
export function columnsOf(points: ReadonlyArray<{ id: string; label: string; kind: MapKind } & LatLon>): MapFeatures {
  return {
    ids: points.map((point) => point.id),
    labels: points.map((point) => point.label),
    kinds: points.map((point) => point.kind),
    lats: points.map((point) => point.lat),
    lons: points.map((point) => point.lon),
    atSiteIds: points.map(() => null),
    bestGrades: points.map(() => null),
    exploitationTypes: points.map(() => []),
    firstOccurred: points.map(() => null),
    lastOccurred: points.map(() => null),
  };
}

/** Everything located, as one MultiPoint per kind (the map clusters the positions). */
export function toSitesCollection(features: MapFeatures): SitesCollection {
  const byKind = new Map<MapKind, Array<[number, number]>>();
  features.kinds.forEach((kind, index) => {
    let positions = byKind.get(kind);
    if (!positions) byKind.set(kind, (positions = []));
    positions.push([features.lons[index]!, features.lats[index]!]);
  });
  return { type: 'FeatureCollection', features: [...byKind].map(([kind, coordinates]) => ({ type: 'Feature', geometry: { type: 'MultiPoint', coordinates }, properties: { kind } })) };
}

function pointAt(features: MapFeatures, index: number): PointFeature<SitePointProperties> {
  return { type: 'Feature', id: index, geometry: { type: 'Point', coordinates: [features.lons[index]!, features.lats[index]!] }, properties: { kind: features.kinds[index]!, label: features.labels[index]! } };
}

/** Where the given entities are in the columns (those not shown are left out). */
export function indexesOf(features: MapFeatures, entityIds: readonly string[]): number[] {
  if (entityIds.length === 0) return [];
  const wanted = new Set(entityIds);
  const found: number[] = [];
  features.ids.forEach((id, index) => {
    if (wanted.has(id)) found.push(index);
  });
  return found;
}

/** The selected entities that have a place on the map, drawn above the clusters. */
export function selectedCollection(features: MapFeatures, selected: readonly string[]): PointsCollection {
  return { type: 'FeatureCollection', features: indexesOf(features, selected).map((index) => pointAt(features, index)) };
}

/** The points inside `bounds` with their labels, at most `limit` of them (labels are drawn close in only). */
export function labelsInView(features: MapFeatures, [[west, south], [east, north]]: Bounds, limit = 5000): PointsCollection {
  const points: PointFeature<SitePointProperties>[] = [];
  for (let i = 0; i < features.ids.length && points.length < limit; i++) {
    const lat = features.lats[i]!;
    const lon = features.lons[i]!;
    if (lat >= south && lat <= north && lon >= west && lon <= east) points.push(pointAt(features, i));
  }
  return { type: 'FeatureCollection', features: points };
}

function kindInWords(kind: MapKind): string {
  if (kind === 'person') return 'Person';
  if (kind === 'vehicle') return 'Vehicle';
  return siteTypeShortLabel(kind);
}

/** MapLibre draws a point within a fraction of a pixel of where it is; this is far looser, and far less than a site's spacing on screen. */
const HIT_TOLERANCE_DEGREES = 0.002;

/**
 * Which shown point MapLibre drew at `hit`: the nearest of that kind. Null when none is near
 * (MapLibre can still be drawing the tiles of an older answer).
 */
export function hitIndex(features: MapFeatures, hit: SiteHit): number | null {
  let best: number | null = null;
  let bestDistance = HIT_TOLERANCE_DEGREES ** 2;
  for (let i = 0; i < features.ids.length; i++) {
    if (features.kinds[i] !== hit.kind) continue;
    const distance = (features.lats[i]! - hit.lat) ** 2 + (features.lons[i]! - hit.lon) ** 2;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** The tooltip's facts, in words, for the point under the pointer. */
export function siteDetails(features: MapFeatures, hit: SiteHit): SiteDetails | null {
  const index = hitIndex(features, hit);
  if (index === null) return null;
  const grade = features.bestGrades[index] ?? null;
  return {
    id: features.ids[index]!,
    label: features.labels[index]!,
    kind: kindInWords(features.kinds[index]!),
    exploitation: (features.exploitationTypes[index] ?? []).map((code) => exploitationLabel(code as ExploitationCode)).join(', '),
    grade: grade ? formatGrade(grade) : '',
  };
}

/** The points at the given indexes, for framing. */
export function pointsAt(features: MapFeatures, indexes: readonly number[]): LatLon[] {
  return indexes.map((index) => ({ lat: features.lats[index]!, lon: features.lons[index]! }));
}

/** [[west, south], [east, north]] around the given features, or null when there are none. */
export function boundsOf(points: readonly LatLon[]): Bounds | null {
  if (points.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lon } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

const EARTH_RADIUS_METRES = 6_371_008.8;

/** A circle as a polygon ring of `steps` points (closed), for drawing a radius area. */
export function circleRing(centre: LatLon, radiusMetres: number, steps = 64): Array<[number, number]> {
  const ring: Array<[number, number]> = [];
  const angular = radiusMetres / EARTH_RADIUS_METRES;
  const lat1 = (centre.lat * Math.PI) / 180;
  const lon1 = (centre.lon * Math.PI) / 180;
  for (let i = 0; i <= steps; i++) {
    const bearing = (2 * Math.PI * i) / steps;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
    const lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1), Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
    ring.push([(lon2 * 180) / Math.PI, (lat2 * 180) / Math.PI]);
  }
  return ring;
}

export type AreaGeometry = { type: 'Polygon'; coordinates: Array<Array<[number, number]>> } | { type: 'LineString'; coordinates: Array<[number, number]> };

/** [[west, south], [east, north]] around a drawn area (a radius's whole circle), to frame it. */
export function areaBounds(area: Area): Bounds | null {
  if (area.kind === 'polygon') return boundsOf(area.points);
  return boundsOf(circleRing(area.centre, area.radiusMetres).map(([lon, lat]) => ({ lat, lon })));
}

/** An area (finished or being drawn) as GeoJSON; an open polygon of two points is a line. */
export function areaCollection(area: Area | null, draft: { points: LatLon[] } | null = null): FeatureCollection<AreaGeometry, { state: 'final' | 'draft' }> {
  const features: FeatureCollection<AreaGeometry, { state: 'final' | 'draft' }>['features'] = [];
  if (area) {
    const ring: Array<[number, number]> =
      area.kind === 'radius' ? circleRing(area.centre, area.radiusMetres) : [...area.points.map((p): [number, number] => [p.lon, p.lat]), [area.points[0]!.lon, area.points[0]!.lat]];
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { state: 'final' } });
  }
  if (draft && draft.points.length >= 2) {
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: draft.points.map((p): [number, number] => [p.lon, p.lat]) }, properties: { state: 'draft' } });
  }
  return { type: 'FeatureCollection', features };
}
