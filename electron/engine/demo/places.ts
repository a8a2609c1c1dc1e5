/**
 * Where demo cases happen: real Cambridgeshire and Peterborough settlements (domain.md §5.2, with
 * their ONS districts and postcode districts), fictional streets, synthetic inward codes of a
 * valid format, and points jittered a few hundred metres from the town's reference point so no
 * site sits on a real address. Street names are invented (fen plants and birds), not taken from
 * any real street list.
 */
import type { DistrictCode } from '@shared/domain/districts';
import type { Random } from './random';

export interface Town {
  name: string;
  lat: number;
  lon: number;
  district: DistrictCode;
  /** Outward codes of the postcode districts that cover the town. */
  outward: readonly string[];
  /** Roughly how far from the reference point the built-up area reaches, in metres. */
  radius: number;
}

const CAMBRIDGE = 'E07000008';
const EAST_CAMBS = 'E07000009';
const FENLAND = 'E07000010';
const HUNTS = 'E07000011';
const SOUTH_CAMBS = 'E07000012';
const PETERBOROUGH = 'E06000031';

/** Reference points from domain.md §5.2 (the table and the "extra reference points"). */
export const TOWNS = {
  Cambridge: { name: 'Cambridge', lat: 52.2084, lon: 0.1207, district: CAMBRIDGE, outward: ['CB1', 'CB2', 'CB3', 'CB4', 'CB5'], radius: 2500 },
  Peterborough: { name: 'Peterborough', lat: 52.5725, lon: -0.2431, district: PETERBOROUGH, outward: ['PE1', 'PE1', 'PE2', 'PE3', 'PE4'], radius: 3000 },
  Ely: { name: 'Ely', lat: 52.3956, lon: 0.2546, district: EAST_CAMBS, outward: ['CB6', 'CB7'], radius: 900 },
  Huntingdon: { name: 'Huntingdon', lat: 52.3365, lon: -0.1741, district: HUNTS, outward: ['PE29'], radius: 1200 },
  'St Neots': { name: 'St Neots', lat: 52.23, lon: -0.2664, district: HUNTS, outward: ['PE19'], radius: 1500 },
  'St Ives': { name: 'St Ives', lat: 52.3351, lon: -0.0861, district: HUNTS, outward: ['PE27'], radius: 900 },
  Wisbech: { name: 'Wisbech', lat: 52.6663, lon: 0.1575, district: FENLAND, outward: ['PE13', 'PE13', 'PE14'], radius: 1200 },
  March: { name: 'March', lat: 52.5515, lon: 0.0885, district: FENLAND, outward: ['PE15'], radius: 1100 },
  Whittlesey: { name: 'Whittlesey', lat: 52.5533, lon: -0.1268, district: FENLAND, outward: ['PE7'], radius: 800 },
  Chatteris: { name: 'Chatteris', lat: 52.4559, lon: 0.053, district: FENLAND, outward: ['PE16'], radius: 700 },
  Ramsey: { name: 'Ramsey', lat: 52.4523, lon: -0.1105, district: HUNTS, outward: ['PE26'], radius: 600 },
  Soham: { name: 'Soham', lat: 52.3338, lon: 0.3336, district: EAST_CAMBS, outward: ['CB7'], radius: 700 },
  Littleport: { name: 'Littleport', lat: 52.4566, lon: 0.3062, district: EAST_CAMBS, outward: ['CB6'], radius: 600 },
  Sawston: { name: 'Sawston', lat: 52.1247, lon: 0.1707, district: SOUTH_CAMBS, outward: ['CB22'], radius: 600 },
  Cambourne: { name: 'Cambourne', lat: 52.2206, lon: -0.072, district: SOUTH_CAMBS, outward: ['CB23'], radius: 800 },
  Godmanchester: { name: 'Godmanchester', lat: 52.3176, lon: -0.1749, district: HUNTS, outward: ['PE29'], radius: 500 },
  Northstowe: { name: 'Northstowe', lat: 52.2806, lon: 0.0611, district: SOUTH_CAMBS, outward: ['CB24'], radius: 600 },
  Yaxley: { name: 'Yaxley', lat: 52.515, lon: -0.259, district: HUNTS, outward: ['PE7'], radius: 600 },
  Histon: { name: 'Histon', lat: 52.252, lon: 0.105, district: SOUTH_CAMBS, outward: ['CB24'], radius: 500 },
  Cottenham: { name: 'Cottenham', lat: 52.287, lon: 0.126, district: SOUTH_CAMBS, outward: ['CB24'], radius: 500 },
  Waterbeach: { name: 'Waterbeach', lat: 52.265, lon: 0.192, district: SOUTH_CAMBS, outward: ['CB25'], radius: 500 },
  Burwell: { name: 'Burwell', lat: 52.275, lon: 0.327, district: EAST_CAMBS, outward: ['CB25'], radius: 500 },
  Linton: { name: 'Linton', lat: 52.097, lon: 0.277, district: SOUTH_CAMBS, outward: ['CB21'], radius: 400 },
  Thorney: { name: 'Thorney', lat: 52.62, lon: -0.107, district: PETERBOROUGH, outward: ['PE6'], radius: 400 },
  Kimbolton: { name: 'Kimbolton', lat: 52.297, lon: -0.39, district: HUNTS, outward: ['PE28'], radius: 400 },
  Warboys: { name: 'Warboys', lat: 52.403, lon: -0.08, district: HUNTS, outward: ['PE28'], radius: 400 },
  Guyhirn: { name: 'Guyhirn', lat: 52.616, lon: 0.059, district: FENLAND, outward: ['PE13'], radius: 400 },
  Earith: { name: 'Earith', lat: 52.356, lon: 0.03, district: HUNTS, outward: ['PE28'], radius: 400 },
} as const satisfies Record<string, Town>;

export type TownName = keyof typeof TOWNS;

export function town(name: TownName): Town {
  return TOWNS[name];
}

/** Picks a town from a weighted list: [['Wisbech', 4], ['March', 2]…]. */
export function pickTown(rng: Random, weights: ReadonlyArray<readonly [TownName, number]>): Town {
  return TOWNS[rng.weighted(weights)];
}

const STREET_WORDS = [
  'Reedmace', 'Osier', 'Sedgefen', 'Plover', 'Dunlin', 'Cattail', 'Marshwort', 'Tansy', 'Lapwing', 'Samphire', 'Bittern', 'Fenmere',
  'Wherry', 'Godwit', 'Teasel', 'Sallow', 'Moorhen', 'Withy', 'Bullrush', 'Meadowsweet', 'Kingcup', 'Dykeside', 'Redshank', 'Fleabane',
  'Gipsywort', 'Watermint', 'Pintail', 'Shoveler', 'Whimbrel', 'Sneezewort', 'Brooklime', 'Hemlock', 'Skylark', 'Corncrake', 'Peewit', 'Flaxfield',
];
const STREET_TYPES = ['Road', 'Close', 'Drove', 'Way', 'Lane', 'Street', 'Gardens', 'Mews', 'Court', 'Crescent', 'Walk', 'Avenue'];
const BUILDING_WORDS = ['Kingcup', 'Heron', 'Samphire', 'Ouse', 'Willow', 'Lantern', 'Meridian', 'Osprey', 'Granary', 'Maltings'];

export type AddressKind = 'house' | 'flat' | 'unit' | 'roadside' | 'parade' | 'farm';

export interface DemoAddress {
  lines: string[];
  town: string;
  postcode: string;
  lat: number;
  lon: number;
  district: DistrictCode;
  /** One line for prose: '14 Reedmace Drove, Wisbech PE13 2XY'. */
  text: string;
}

/** Inward-code letters: never C, I, K, M, O or V (domain.md §6.2). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function postcodeFor(rng: Random, place: Town): string {
  const outward = rng.pick(place.outward);
  return `${outward} ${rng.int(1, 9)}${INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)]}${INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)]}`;
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** A point `minMetres`–`maxMetres` from (lat, lon) in a random direction. */
export function jitter(rng: Random, lat: number, lon: number, minMetres: number, maxMetres: number): { lat: number; lon: number } {
  const distance = minMetres + rng.next() * (maxMetres - minMetres);
  const bearing = rng.next() * 2 * Math.PI;
  const dLat = (distance * Math.cos(bearing)) / 111_320;
  const dLon = (distance * Math.sin(bearing)) / (111_320 * Math.cos((lat * Math.PI) / 180));
  return { lat: round5(lat + dLat), lon: round5(lon + dLon) };
}

function street(rng: Random): string {
  return `${rng.pick(STREET_WORDS)} ${rng.pick(STREET_TYPES)}`;
}

/** A fictional address of the given kind in (or, for farms, around) a real town. */
export function address(rng: Random, place: Town, kind: AddressKind): DemoAddress {
  let lines: string[];
  let point: { lat: number; lon: number };
  switch (kind) {
    case 'house':
      lines = [`${rng.int(1, 140)} ${street(rng)}`];
      point = jitter(rng, place.lat, place.lon, 100, place.radius);
      break;
    case 'flat':
      lines = [`Flat ${rng.int(1, 24)}, ${rng.pick(BUILDING_WORDS)} House`, `${rng.int(1, 90)} ${street(rng)}`];
      point = jitter(rng, place.lat, place.lon, 50, place.radius * 0.6);
      break;
    case 'unit':
      lines = [`Unit ${rng.int(1, 30)}, ${rng.pick(STREET_WORDS)} Industrial Estate`];
      point = jitter(rng, place.lat, place.lon, place.radius * 0.5, place.radius * 1.3);
      break;
    case 'roadside':
      lines = ['Former filling station', `${rng.pick(STREET_WORDS)} Road`];
      point = jitter(rng, place.lat, place.lon, place.radius * 0.4, place.radius * 1.2);
      break;
    case 'parade':
      lines = [`${rng.int(1, 40)} ${rng.pick(STREET_WORDS)} Parade`];
      point = jitter(rng, place.lat, place.lon, 50, place.radius * 0.5);
      break;
    case 'farm': {
      const word = rng.pick(STREET_WORDS);
      lines = [`${word} Farm`, `${rng.pick(STREET_WORDS.filter((other) => other !== word))} Drove`];
      // Fields and packhouses lie out in the fen, a few kilometres from the town.
      point = jitter(rng, place.lat, place.lon, 1500, 4000);
      break;
    }
  }
  const postcode = postcodeFor(rng, place);
  return {
    lines,
    town: place.name,
    postcode,
    lat: point.lat,
    lon: point.lon,
    district: place.district,
    text: `${lines.join(', ')}, ${place.name} ${postcode}`,
  };
}

/** Public places where workers and runners are picked up or arrive; shared between cases, as in life. */
export interface Hub {
  name: string;
  town: TownName;
  lat: number;
  lon: number;
}

export const HUBS: readonly Hub[] = [
  { name: 'Peterborough railway station', town: 'Peterborough', lat: 52.5747, lon: -0.2503 },
  { name: 'Cambridge railway station', town: 'Cambridge', lat: 52.1943, lon: 0.1373 },
  { name: 'Huntingdon railway station', town: 'Huntingdon', lat: 52.3287, lon: -0.192 },
  { name: 'Ely railway station', town: 'Ely', lat: 52.3915, lon: 0.2667 },
  { name: 'March railway station', town: 'March', lat: 52.5601, lon: 0.0917 },
  { name: 'St Neots railway station', town: 'St Neots', lat: 52.2316, lon: -0.2474 },
  { name: 'Wisbech bus station', town: 'Wisbech', lat: 52.6645, lon: 0.16 },
  { name: 'Lay-by on the A47 near Guyhirn', town: 'Guyhirn', lat: 52.6141, lon: 0.0652 },
  { name: 'Lay-by on the A141 near Chatteris', town: 'Chatteris', lat: 52.4671, lon: 0.0571 },
  { name: 'Lay-by on the A1101 near Littleport', town: 'Littleport', lat: 52.4649, lon: 0.2889 },
];

/** The county's bounding box (domain.md §5.2), which every demo site lies inside. */
export const COUNTY_BBOX = { minLat: 52.0, maxLat: 52.74, minLon: -0.5, maxLon: 0.52 } as const;
