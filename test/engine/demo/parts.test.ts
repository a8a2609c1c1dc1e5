import { describe, expect, it } from 'vitest';
import { parseImei } from '@shared/identifiers/imei';
import { parsePhone } from '@shared/identifiers/phone';
import { parsePostcode } from '@shared/identifiers/postcode';
import { parseVrm } from '@shared/identifiers/vrm';
import { foldName } from '@shared/identifiers/names';
import { reportColumns } from '@shared/ingest/reportColumns';
import { reportCsvRow } from '../../../electron/engine/demo/csv';
import { dayOf, isoOf, pounds, ukDate } from '../../../electron/engine/demo/dates';
import { fold } from '../../../electron/engine/demo/fold';
import { ageIdentifier, fictionalImei, fictionalPlate, PhoneAllocator } from '../../../electron/engine/demo/identifiers';
import { TimeOrderedIds } from '../../../electron/engine/demo/ids';
import { extendName, personName, type DemoNationality } from '../../../electron/engine/demo/names';
import { address, postcodeFor, TOWNS, type TownName } from '../../../electron/engine/demo/places';
import { deriveSeed, Random } from '../../../electron/engine/demo/random';
import { mentions } from '../../../electron/engine/demo/caseBuilder';

describe('demo building blocks', () => {
  it('Random is seeded: the same seed gives the same sequence, another seed another', () => {
    const a = new Random(5);
    const b = new Random(5);
    const c = new Random(6);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
    expect(deriveSeed(1, 'case', 2)).toBe(deriveSeed(1, 'case', 2));
    expect(deriveSeed(1, 'case', 2)).not.toBe(deriveSeed(1, 'case', 3));
  });

  it('day arithmetic matches the calendar', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31', '2026-11-29', '2100-03-01']) expect(isoOf(dayOf(iso))).toBe(iso);
    for (let day = dayOf('1999-12-25'); day < dayOf('2030-01-10'); day += 17) expect(isoOf(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    expect(ukDate('2025-03-05')).toBe('05/03/2025');
    expect(pounds(25000)).toBe('£25,000');
  });

  it('hands out every drama-range number once before reusing any', () => {
    const phones = new PhoneAllocator(new Random(1));
    const mobiles = Array.from({ length: 1000 }, () => phones.next('mobile'));
    expect(new Set(mobiles.map((number) => number.e164)).size).toBe(1000);
    expect(phones.next('mobile').e164).toBe(mobiles[0]!.e164);
    for (const number of [...mobiles, phones.next('landline')]) {
      const parsed = parsePhone(number.national);
      expect(parsed.ok && parsed.value.e164).toBe(number.e164);
      expect(number.national).toMatch(/^(07700 900\d{3}|01632 960\d{3})$/);
    }
  });

  it('makes plates the VRM parser accepts, never issued after today', () => {
    const rng = new Random(3);
    const today = dayOf('2026-11-29');
    expect(ageIdentifier('2024-03-01')).toBe('24');
    expect(ageIdentifier('2024-09-01')).toBe('74');
    expect(ageIdentifier('2025-02-28')).toBe('74');
    expect(ageIdentifier('2009-12-01')).toBe('59');
    for (const country of ['GB', 'LT', 'RO', 'PL', 'BG'] as const) {
      for (let i = 0; i < 200; i++) {
        const plate = fictionalPlate(rng, country, today);
        const parsed = parseVrm(plate.display, { country, today: new Date('2026-06-01T00:00:00Z') });
        expect(parsed.ok, plate.display).toBe(true);
        if (parsed.ok) expect(parsed.value.format).toBe(country === 'GB' ? 'current' : 'foreign');
      }
    }
  });

  it('makes IMEIs with a valid check digit', () => {
    const rng = new Random(4);
    for (let i = 0; i < 200; i++) expect(parseImei(fictionalImei(rng)).ok).toBe(true);
  });

  it('makes valid postcodes in each town’s own districts, and addresses near the town', () => {
    const rng = new Random(8);
    for (const name of Object.keys(TOWNS) as TownName[]) {
      const town = TOWNS[name];
      for (let i = 0; i < 30; i++) {
        const postcode = parsePostcode(postcodeFor(rng, town));
        expect(postcode.ok).toBe(true);
        if (postcode.ok) expect(town.outward).toContain(postcode.value.outward);
        for (const kind of ['house', 'flat', 'unit', 'roadside', 'parade', 'farm'] as const) {
          const place = address(rng, town, kind);
          const km = Math.hypot((place.lat - town.lat) * 111.32, (place.lon - town.lon) * 111.32 * Math.cos((town.lat * Math.PI) / 180));
          expect(km).toBeLessThan(kind === 'farm' ? 4.1 : (town.radius * 1.3) / 1000 + 0.01);
          expect(place.text).toContain(place.postcode);
        }
      }
    }
  });

  it('folds names exactly as identity keys do, and never repeats a taken name', () => {
    for (const name of ['Ionuț Ștefănescu', 'Żaneta Koźmińska', 'Gëzim Çela', 'NGUYỄN Thị Thu Hà', 'Ąžuolas Žukauskas', '14 Reedmace Drove', 'Flat 4, Kingcup House']) expect(fold(name)).toBe(foldName(name));
    const rng = new Random(9);
    for (const nationality of ['RO', 'LT', 'PL', 'AL', 'VN', 'BG', 'SK', 'ER', 'SD', 'GB'] as DemoNationality[]) {
      for (const gender of ['male', 'female'] as const) {
        const name = personName(rng, nationality, gender);
        expect(name.folded).toBe(foldName(name.name));
        const longer = extendName(rng, nationality, gender, name);
        expect(longer.folded).toBe(foldName(longer.name));
        expect(longer.name).not.toBe(name.name);
      }
    }
  });

  it('finds a mention only as whole words', () => {
    expect(mentions('Seen with NGUYỄN Thị Lanh at the shop.', 'NGUYỄN Thị Lan')).toBe(false);
    expect(mentions('Seen with NGUYỄN Thị Lan at the shop.', 'NGUYỄN Thị Lan')).toBe(true);
    expect(mentions('VRM AB12 CDE.', 'AB12 CDE')).toBe(true);
    expect(mentions('VRM XAB12 CDE.', 'AB12 CDE')).toBe(false);
  });

  it('makes time-ordered UUIDs (version 7), unique and rising', () => {
    let clock = 1_800_000_000_000;
    const ids = new TimeOrderedIds(() => clock);
    const made: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 3000 === 0) clock += 1;
      made.push(ids.next());
    }
    expect(new Set(made).size).toBe(made.length);
    for (let i = 1; i < made.length; i++) expect(made[i]! > made[i - 1]!).toBe(true);
    for (const id of made.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes a report as a row of the canonical columns, dates day first and lists with semicolons', () => {
    const row = reportCsvRow({
      urn: 'IR/2026/000001',
      title: 'Test',
      sourceEvaluation: '2',
      intelligenceAssessment: 'C',
      handlingCode: 'P',
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      sourceType: 'member_of_public',
      exploitationTypes: ['hand_car_wash', 'labour'],
      indicators: ['excessive_hours', 'same_clothes'],
      occurredOn: null,
      receivedOn: '2026-03-05',
      recordedOn: '2026-03-06',
      author: { name: '=cmd', staffNumber: 'CS7015' },
      district: 'E07000010',
      mopiGroup: 3,
    });
    const cell = (name: string) => row[reportColumns.findIndex((column) => column.name === name)];
    expect(row).toHaveLength(reportColumns.length);
    expect(cell('exploitation_types')).toBe('hand_car_wash;labour');
    expect(cell('indicators')).toBe('excessive_hours;same_clothes');
    expect(cell('occurred_on')).toBe('');
    expect(cell('received_on')).toBe('05/03/2026');
    expect(cell('mopi_group')).toBe('3');
    // A cell a spreadsheet would run as a formula is neutralised, as in every Fenlight CSV.
    expect(cell('author_name')).toBe("'=cmd");
  });
});
