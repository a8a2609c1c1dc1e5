/**
 * Fictional identifiers for demo data. Phone numbers come ONLY from Ofcom's drama ranges
 * (07700 900000–900999 and 01632 960000–960999, domain.md §6.3), which are never allocated to
 * real subscribers. That is 2,000 numbers in all, so a large dataset reuses them the way burner
 * numbers are recycled: a number met in two cases is one phone entity. Registration marks are of
 * a valid current format (or a foreign country's usual pattern); company numbers come from a
 * range Companies House has not reached.
 */
import type { Random } from './random';
import { dayOf, isoOf } from './dates';

export const DRAMA_MOBILE = { prefix: '07700 900', first: 0, last: 999 } as const;
export const DRAMA_LANDLINE = { prefix: '01632 960', first: 0, last: 999 } as const;

/** National format and E.164 for a drama-range number. */
export interface DramaNumber {
  national: string;
  e164: string;
}

function dramaNumber(kind: 'mobile' | 'landline', index: number): DramaNumber {
  const range = kind === 'mobile' ? DRAMA_MOBILE : DRAMA_LANDLINE;
  const national = `${range.prefix}${String(index).padStart(3, '0')}`;
  return { national, e164: `+44${national.replace(/\s/g, '').slice(1)}` };
}

/**
 * Hands out drama-range numbers in a seeded order, each once before any is reused, so a small
 * dataset never shares a number between unrelated cases.
 */
export class PhoneAllocator {
  private readonly order: Record<'mobile' | 'landline', number[]>;
  private readonly cursor = { mobile: 0, landline: 0 };

  constructor(rng: Random) {
    const indexes = Array.from({ length: 1000 }, (_, i) => i);
    this.order = { mobile: rng.shuffle(indexes), landline: rng.shuffle(indexes) };
  }

  next(kind: 'mobile' | 'landline'): DramaNumber {
    const order = this.order[kind];
    const index = order[this.cursor[kind] % order.length]!;
    this.cursor[kind] += 1;
    return dramaNumber(kind, index);
  }
}

/** A 15-digit handset identity with a correct Luhn check digit (the TAC is random, not a real model's). */
export function fictionalImei(rng: Random): string {
  let digits = '35';
  for (let i = 0; i < 12; i++) digits += String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    // Luhn from the right, counting the check digit's place as position 0.
    let digit = digits.charCodeAt(13 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** An 8-digit England and Wales company number above the range allocated so far. */
export function fictionalCompanyNumber(rng: Random): string {
  return String(rng.int(19_100_000, 19_999_999));
}

// ---------------------------------------------------------------------------------------------
// Vehicles

/** Memory-tag letters: never I, Q or Z (domain.md §6.1). */
const TAG_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXY';
/** The three random letters: never I or Q. */
const RANDOM_LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';
/** Regions other than Anglia whose tags turn up on vehicles in the county. */
const OTHER_REGIONS = 'BEFKLMNRSVWY';

function letter(rng: Random, alphabet: string): string {
  return alphabet[rng.int(0, alphabet.length - 1)]!;
}

/**
 * The age identifier for a first registration on this day: March–August is the year (24),
 * September–February the year plus 50 (74), counted from the September.
 */
export function ageIdentifier(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  if (month >= 3 && month <= 8) return String(year % 100).padStart(2, '0');
  const base = month >= 9 ? year : year - 1;
  return String((base % 100) + 50).padStart(2, '0');
}

export type PlateCountry = 'GB' | 'LT' | 'RO' | 'PL' | 'BG';

export interface DemoPlate {
  /** As written on the plate and in reports: 'AB12 CDE', 'CJ 07 XYZ'. */
  display: string;
  country: PlateCountry;
}

const RO_COUNTIES = ['AB', 'AG', 'BC', 'BH', 'BN', 'BT', 'BV', 'BZ', 'CJ', 'CT', 'CV', 'DB', 'DJ', 'GL', 'GJ', 'HD', 'IS', 'MM', 'MS', 'NT', 'OT', 'PH', 'SB', 'SV', 'TM', 'VL', 'VS'];
const PL_AREAS = ['WA', 'WI', 'KR', 'PO', 'GD', 'WR', 'LU', 'BI', 'PZ', 'ZS', 'EL', 'SK', 'DW'];
/** Bulgarian plates use only letters that look the same in Cyrillic and Latin. */
const BG_LETTERS = 'ABEKMHOPCTYX';
const BG_REGIONS = ['CA', 'CB', 'PB', 'B', 'A', 'E', 'BH', 'PA', 'CC', 'EH'];
const LT_LETTERS = 'ABCDEFGHJKLMNPRSTUVZ';

/**
 * A plate for a vehicle first registered some time before `today` (never later than six months
 * before it, so a plate is not judged "not yet issued" on a machine whose clock differs slightly).
 */
export function fictionalPlate(rng: Random, country: PlateCountry, today: number): DemoPlate {
  switch (country) {
    case 'GB': {
      const first = rng.chance(0.45) ? 'A' : letter(rng, OTHER_REGIONS);
      const tag = `${first}${letter(rng, TAG_LETTERS)}`;
      const registered = isoOf(rng.int(dayOf('2005-03-01'), today - 183));
      const random = `${letter(rng, RANDOM_LETTERS)}${letter(rng, RANDOM_LETTERS)}${letter(rng, RANDOM_LETTERS)}`;
      return { display: `${tag}${ageIdentifier(registered)} ${random}`, country };
    }
    case 'LT':
      return { display: `${letter(rng, LT_LETTERS)}${letter(rng, LT_LETTERS)}${letter(rng, LT_LETTERS)} ${rng.int(100, 999)}`, country };
    case 'RO':
      return { display: `${rng.pick(RO_COUNTIES)} ${String(rng.int(1, 99)).padStart(2, '0')} ${letter(rng, RANDOM_LETTERS)}${letter(rng, RANDOM_LETTERS)}${letter(rng, RANDOM_LETTERS)}`, country };
    case 'PL':
      return { display: `${rng.pick(PL_AREAS)} ${rng.int(10000, 99999)}`, country };
    case 'BG':
      return { display: `${rng.pick(BG_REGIONS)} ${rng.int(1000, 9999)} ${letter(rng, BG_LETTERS)}${letter(rng, BG_LETTERS)}`, country };
  }
}

/** The identity a plate gets once parsed (letters and digits only; foreign plates keyed with their country). */
export function plateKey(plate: DemoPlate): string {
  const compact = plate.display.replace(/[^A-Z0-9]/g, '');
  return plate.country === 'GB' ? compact : `${plate.country}:${compact}`;
}

export type VehicleKind = 'van' | 'minibus' | 'car' | 'small-car';

const MODELS: Record<VehicleKind, ReadonlyArray<readonly [string, string]>> = {
  van: [
    ['Ford', 'Transit'],
    ['Vauxhall', 'Vivaro'],
    ['Renault', 'Trafic'],
    ['Citroën', 'Relay'],
    ['Mercedes-Benz', 'Sprinter'],
    ['Volkswagen', 'Transporter'],
    ['Peugeot', 'Boxer'],
  ],
  minibus: [
    ['Ford', 'Transit minibus'],
    ['Mercedes-Benz', 'Sprinter minibus'],
    ['Renault', 'Master minibus'],
    ['Volkswagen', 'Crafter minibus'],
  ],
  car: [
    ['BMW', 'X5'],
    ['Mercedes-Benz', 'C-Class'],
    ['Mercedes-Benz', 'E-Class'],
    ['Audi', 'A6'],
    ['Audi', 'Q7'],
    ['Land Rover', 'Range Rover Sport'],
    ['Volkswagen', 'Passat'],
    ['Škoda', 'Octavia'],
    ['Toyota', 'Prius'],
    ['Ford', 'Focus'],
    ['Vauxhall', 'Insignia'],
  ],
  'small-car': [
    ['Toyota', 'Yaris'],
    ['Kia', 'Picanto'],
    ['Vauxhall', 'Corsa'],
    ['Ford', 'Fiesta'],
    ['Peugeot', '208'],
    ['Nissan', 'Micra'],
  ],
};

const COLOURS = ['Silver', 'Black', 'White', 'Grey', 'Blue', 'Red'];

export interface VehicleLook {
  make: string;
  model: string;
  colour: string;
  /** 'silver Ford Transit', for prose. */
  description: string;
}

export function vehicleLook(rng: Random, kind: VehicleKind): VehicleLook {
  const [make, model] = rng.pick(MODELS[kind]);
  const colour = kind === 'van' ? rng.weighted([['White', 6], ['Silver', 2], ['Blue', 1], ['Grey', 1]] as const) : rng.pick(COLOURS);
  return { make, model, colour, description: `${colour.toLowerCase()} ${make} ${model}` };
}
