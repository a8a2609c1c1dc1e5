/**
 * The map's own data, as GeoJSON for MapLibre: the located entities from geo.features, the
 * selection, and the drawn area. Pure functions, tested without WebGL.
 */
import type { Area, MapFeature } from '@shared/contract/calls/geo';
import type { LatLon } from '@shared/geo';
import { exploitationLabel, type ExploitationCode } from '@shared/domain/exploitation';
import { formatGrade } from '@shared/domain/grading';
import { featureColour, siteTypeShortLabel } from './siteStyle';

export interface SiteProperties {
  id: string;
  label: string;
  entityType: MapFeature['type'];
  siteType: string;
  colour: string;
  /** Site type (or Person/Vehicle) in words, for the tooltip. */
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

export type SitesCollection = { type: 'FeatureCollection'; features: PointFeature<SiteProperties>[] };

function kindOf(feature: MapFeature): string {
  if (feature.type === 'person') return 'Person';
  if (feature.type === 'vehicle') return 'Vehicle';
  return siteTypeShortLabel(feature.siteType ?? 'other');
}

export function toSiteProperties(feature: MapFeature): SiteProperties {
  return {
    id: feature.entityId,
    label: feature.label,
    entityType: feature.type,
    siteType: feature.siteType ?? feature.type,
    colour: featureColour(feature),
    kind: kindOf(feature),
    exploitation: feature.exploitationTypes.map((code) => exploitationLabel(code as ExploitationCode)).join(', '),
    grade: feature.bestGrade ? formatGrade(feature.bestGrade) : '',
  };
}

/** Everything located, as one collection (the map clusters it). */
export function toSitesCollection(features: readonly MapFeature[]): SitesCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [feature.lon, feature.lat] }, properties: toSiteProperties(feature) })),
  };
}

/** The selected entities that have a place on the map, drawn above the clusters. */
export function selectedCollection(features: readonly MapFeature[], selected: readonly string[]): SitesCollection {
  const wanted = new Set(selected);
  return toSitesCollection(features.filter((feature) => wanted.has(feature.entityId)));
}

/** [[west, south], [east, north]] around the given features, or null when there are none. */
export function boundsOf(points: readonly Pick<MapFeature, 'lat' | 'lon'>[]): [[number, number], [number, number]] | null {
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
