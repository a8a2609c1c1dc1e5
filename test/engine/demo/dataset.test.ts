import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@shared/domain/calendar';
import type { EntityType } from '@shared/domain/entityTypes';
import { linkEndsProblem } from '@shared/domain/linkTypes';
import { DEFAULT_DESCRIPTORS } from '@shared/domain/markings';
import { entityInputSchema, type EntityFields } from '@shared/schemas/entity';
import { linkInputSchema } from '@shared/schemas/link';
import { reportInputSchema } from '@shared/schemas/report';
import { generateDemoBatches, generateDemoDataset } from '../../../electron/engine/demo/dataset';
import { dayOf } from '../../../electron/engine/demo/dates';
import type { DemoDataset } from '../../../electron/engine/demo/types';

const TODAY = '2026-11-29';

function hash(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const cache = new Map<string, DemoDataset>();
function dataset(reports: number, seed: number, today = TODAY): DemoDataset {
  const key = `${reports}/${seed}/${today}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = generateDemoDataset({ reports, seed, today })));
  return found;
}

const parsedCache = new WeakMap<DemoDataset, Map<string, EntityFields>>();
function parsedEntities(data: DemoDataset): Map<string, EntityFields> {
  let parsed = parsedCache.get(data);
  if (!parsed) parsedCache.set(data, (parsed = new Map(data.entities.map((item) => [item.key, entityInputSchema.parse(item.entity)]))));
  return parsed;
}

/** One larger dataset shared by the checks that look across many cases. */
const SHARED = { reports: 1500, seed: 21 } as const;

describe('demo dataset: determinism', () => {
  it('is identical for the same seed and today', () => {
    expect(hash(generateDemoDataset({ reports: 400, seed: 7, today: TODAY }))).toBe(hash(generateDemoDataset({ reports: 400, seed: 7, today: TODAY })));
  });

  it('differs for another seed, and for another today', () => {
    const base = hash(dataset(400, 7));
    expect(hash(generateDemoDataset({ reports: 400, seed: 8, today: TODAY }))).not.toBe(base);
    expect(hash(generateDemoDataset({ reports: 400, seed: 7, today: '2026-11-28' }))).not.toBe(base);
  });

  it('does not depend on the batch size', () => {
    const whole = dataset(600, 3);
    const small = { cases: 0, reports: [] as unknown[], entities: [] as unknown[], links: [] as unknown[], evidence: [] as unknown[] };
    for (const batch of generateDemoBatches({ reports: 600, seed: 3, today: TODAY }, 7)) {
      small.cases += batch.cases;
      small.reports.push(...batch.reports);
      small.entities.push(...batch.entities);
      small.links.push(...batch.links);
      small.evidence.push(...batch.evidence);
    }
    expect(hash(small)).toBe(hash({ cases: whole.cases, reports: whole.reports, entities: whole.entities, links: whole.links, evidence: whole.evidence }));
  });

  it('gives exactly the number of reports asked for, with unique URNs', () => {
    for (const count of [1, 2, 17, 333]) {
      const data = generateDemoDataset({ reports: count, seed: count, today: TODAY });
      expect(data.reports).toHaveLength(count);
      expect(new Set(data.reports.map((report) => report.urn)).size).toBe(count);
    }
    expect(generateDemoDataset({ reports: 0, seed: 1, today: TODAY }).reports).toEqual([]);
  });

  it('refuses a date that is not yyyy-mm-dd', () => {
    expect(() => generateDemoDataset({ reports: 5, seed: 1, today: '29/11/2026' })).toThrow(/yyyy-mm-dd/);
  });
});

describe('demo dataset: every item passes the real schemas', () => {
  const seeds = [1, 2, 3];

  it.each(seeds)('seed %i: reports, entities and links validate, and link ends suit their types', (seed) => {
    const data = dataset(seed === 1 ? SHARED.reports : 800, seed === 1 ? SHARED.seed : seed);
    const reportSchema = reportInputSchema({ descriptors: DEFAULT_DESCRIPTORS, today: TODAY });
    for (const report of data.reports) {
      const result = reportSchema.safeParse(report);
      expect(result.success, `${report.urn}: ${result.error?.issues[0]?.message}`).toBe(true);
    }
    const entities = new Map<string, EntityType>();
    for (const item of data.entities) {
      const result = entityInputSchema.safeParse(item.entity);
      expect(result.success, `${item.key}: ${result.error?.issues[0]?.message}`).toBe(true);
      expect(entities.has(item.key), `${item.key} appears twice`).toBe(false);
      entities.set(item.key, item.entity.type);
    }
    const linkKeys = new Set<string>();
    for (const item of data.links) {
      const result = linkInputSchema.safeParse({ ...item.link, fromId: item.from, toId: item.to });
      expect(result.success, `${item.key}: ${result.error?.issues[0]?.message}`).toBe(true);
      const from = entities.get(item.from);
      const to = entities.get(item.to);
      expect(from && to, `${item.key} refers to an entity that is not in the dataset`).toBeTruthy();
      expect(linkEndsProblem(item.link.type, from!, to!)).toBeNull();
      linkKeys.add(item.key);
    }
    expect(linkKeys.size).toBe(data.links.length);
  });

  it('gives identities that never collide (the store refuses a second entity with the same identity)', async () => {
    const { identityKey } = await import('@shared/entities/describe');
    const data = dataset(SHARED.reports, SHARED.seed);
    const seen = new Set<string>();
    for (const [key, fields] of parsedEntities(data)) {
      const identity = `${fields.type}|${identityKey(fields)}`;
      expect(seen.has(identity), `${key} shares an identity`).toBe(false);
      seen.add(identity);
      expect(key).toBe(`${fields.type}:${identityKey(fields)}`);
    }
  });

  it('ties every entity and link to the reports that mention it, naming both ends of each link', () => {
    const data = dataset(SHARED.reports, SHARED.seed);
    const urns = new Set(data.reports.map((report) => report.urn));
    const entityEvidence = new Map<string, Set<string>>();
    const linkEvidence = new Map<string, Set<string>>();
    for (const item of data.evidence) {
      expect(urns.has(item.urn)).toBe(true);
      expect(item.note).not.toBe('');
      const [map, key] = 'entity' in item.target ? [entityEvidence, item.target.entity] : [linkEvidence, item.target.link];
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(item.urn);
    }
    // At most one card per report for each entity or link (the load writes them without a duplicate check).
    const cards = data.evidence.map((item) => `${'entity' in item.target ? item.target.entity : item.target.link}|${item.urn}`);
    expect(new Set(cards).size).toBe(cards.length);
    for (const item of data.entities) expect(entityEvidence.get(item.key)?.size, item.key).toBeGreaterThan(0);
    for (const link of data.links) {
      const reports = linkEvidence.get(link.key);
      expect(reports?.size, link.key).toBeGreaterThan(0);
      for (const urn of reports!) {
        expect(entityEvidence.get(link.from)?.has(urn)).toBe(true);
        expect(entityEvidence.get(link.to)?.has(urn)).toBe(true);
      }
    }
  });

  it('mentions, in each supporting report, the VRM, phone number, postcode or name of the entity', () => {
    const data = dataset(SHARED.reports, SHARED.seed);
    const text = new Map(data.reports.map((report) => [report.urn, report.sanitisedText ?? '']));
    const entities = parsedEntities(data);
    for (const item of data.evidence) {
      if (!('entity' in item.target)) continue;
      const fields = entities.get(item.target.entity)!;
      const body = text.get(item.urn)!;
      switch (fields.type) {
        case 'vehicle':
          expect(body).toContain(fields.vrmDisplay);
          break;
        case 'phone':
          expect(body).toContain(fields.national);
          break;
        case 'site':
          expect(body.includes(fields.postcode ?? '\u0000') || body.includes(fields.name ?? '\u0000') || body.toLowerCase().includes((fields.lines[0] ?? '').toLowerCase())).toBe(true);
          break;
        case 'person':
        case 'organisation':
          expect(body.normalize('NFC').toLowerCase()).toContain(fields.name.split(' ').at(-1)!.toLowerCase());
          break;
        default:
          throw new Error(`Unexpected demo entity type ${fields.type}`);
      }
    }
  });
});

describe('demo dataset: realistic and fictional', () => {
  it('uses only Ofcom drama-range phone numbers, in entities and in every text', () => {
    const data = dataset(SHARED.reports, SHARED.seed);
    const phones = [...parsedEntities(data).values()].filter((fields) => fields.type === 'phone');
    expect(phones.length).toBeGreaterThan(50);
    for (const phone of phones) expect(phone.e164).toMatch(/^\+44(7700900\d{3}|1632960\d{3})$/);
    const anyUkNumber = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/g;
    for (const report of data.reports) {
      for (const body of [report.sanitisedText ?? '', report.originalText ?? '', report.title]) {
        for (const match of body.matchAll(anyUkNumber)) expect(match[0].replace(/\D/g, '').replace(/^44/, '0')).toMatch(/^(07700900\d{3}|01632960\d{3})$/);
      }
    }
  });

  it('has no date in the future, and occurred ≤ received ≤ recorded, all within the last three years', () => {
    const data = dataset(SHARED.reports, SHARED.seed);
    const earliest = dayOf(TODAY) - 3 * 366;
    for (const report of data.reports) {
      for (const date of [report.occurredOn, report.receivedOn, report.recordedOn]) {
        if (date === null || date === undefined) continue;
        expect(isIsoDate(date)).toBe(true);
        expect(date <= TODAY).toBe(true);
      }
      if (report.occurredOn) expect(report.occurredOn <= report.receivedOn).toBe(true);
      expect(report.receivedOn <= report.recordedOn).toBe(true);
      expect(dayOf(report.receivedOn)).toBeGreaterThanOrEqual(earliest);
    }
    const people = [...parsedEntities(data).values()].filter((fields) => fields.type === 'person');
    for (const person of people) {
      if (person.dateOfBirth) expect(person.dateOfBirth < TODAY).toBe(true);
      const nrm = person.victim;
      for (const date of [nrm?.nrmReferralDate, nrm?.reasonableGrounds?.date, nrm?.conclusiveGrounds?.date, nrm?.hubReferralDate, nrm?.closedOn]) {
        if (date) expect(date <= TODAY).toBe(true);
      }
    }
  });

  it('puts every site inside the county (domain.md §5.2 bounding box, with a little padding)', () => {
    const sites = [...parsedEntities(dataset(SHARED.reports, SHARED.seed)).values()].filter((fields) => fields.type === 'site');
    expect(sites.length).toBeGreaterThan(100);
    for (const site of sites) {
      expect(site.location).not.toBeNull();
      expect(site.location!.lat).toBeGreaterThanOrEqual(52.0 - 0.02);
      expect(site.location!.lat).toBeLessThanOrEqual(52.74 + 0.02);
      expect(site.location!.lon).toBeGreaterThanOrEqual(-0.5 - 0.02);
      expect(site.location!.lon).toBeLessThanOrEqual(0.52 + 0.02);
      expect(site.district).not.toBeNull();
    }
  });

  it('gives people names with the diacritics of several nationalities', () => {
    const names = [...parsedEntities(dataset(SHARED.reports, SHARED.seed)).values()].flatMap((fields) => (fields.type === 'person' ? [fields.name] : [])).join(' ');
    const marks: Record<string, RegExp> = {
      Romanian: /[ȘșȚțăâî]/,
      Lithuanian: /[ąčęėįšųūž]/,
      Polish: /[łńśźżó]/,
      Albanian: /[ëç]/,
      Vietnamese: /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]/,
      Slovak: /[ľĽďťňô]|á|é/,
    };
    const found = Object.entries(marks).filter(([, pattern]) => pattern.test(names)).map(([nationality]) => nationality);
    expect(found.length, `found only ${found.join(', ')}`).toBeGreaterThanOrEqual(5);
    // Romanian uses comma-below letters, never the Turkish cedilla forms.
    expect(names).not.toMatch(/[ŞşŢţ]/);
  });

  it('grades like a real store: mostly 2-C and 2-D, some 1-B, a few E, some handling code C with conditions', () => {
    const reports = dataset(SHARED.reports, SHARED.seed).reports;
    const share = (test: (report: (typeof reports)[number]) => boolean) => reports.filter(test).length / reports.length;
    expect(share((r) => r.sourceEvaluation === '2' && (r.intelligenceAssessment === 'C' || r.intelligenceAssessment === 'D'))).toBeGreaterThan(0.25);
    expect(share((r) => r.sourceEvaluation === '1' && r.intelligenceAssessment === 'B')).toBeGreaterThan(0.08);
    expect(share((r) => r.intelligenceAssessment === 'E')).toBeGreaterThan(0.002);
    expect(share((r) => r.intelligenceAssessment === 'E')).toBeLessThan(0.05);
    const conditional = reports.filter((r) => r.handlingCode === 'C');
    expect(conditional.length / reports.length).toBeGreaterThan(0.03);
    for (const report of conditional) expect(report.handlingConditions!.length).toBeGreaterThan(20);
    expect(share((r) => r.protectiveMarking === 'OFFICIAL-SENSITIVE PERSONAL DATA')).toBeGreaterThan(0.2);
    expect(share((r) => r.protectiveMarking.startsWith('OFFICIAL-SENSITIVE'))).toBeGreaterThan(0.9);
    expect(share((r) => r.mopiGroup === 3)).toBeGreaterThan(0.6);
    expect(new Set(reports.map((r) => r.sourceType)).size).toBeGreaterThanOrEqual(9);
  });

  it('covers every scenario, with indicators and exploitation types that fit it', () => {
    const reports = dataset(SHARED.reports, SHARED.seed).reports;
    const codes = new Set(reports.flatMap((report) => report.exploitationTypes ?? []));
    for (const code of ['hand_car_wash', 'nail_bar', 'agriculture', 'cannabis_cultivation', 'county_lines', 'sex_work_changing', 'labour', 'criminal', 'sexual']) {
      expect(codes.has(code as never), code).toBe(true);
    }
    const cannabis = reports.filter((report) => report.exploitationTypes?.includes('cannabis_cultivation'));
    expect(cannabis.some((report) => report.indicators?.includes('kept_in'))).toBe(true);
    const brothels = reports.filter((report) => report.exploitationTypes?.includes('sexual'));
    expect(brothels.some((report) => report.indicators?.includes('short_stay_visitors'))).toBe(true);
    expect(reports.filter((report) => (report.indicators ?? []).length > 0).length / reports.length).toBeGreaterThan(0.7);
  });

  it('keeps a restricted original, different from the sanitised text, for some reports', () => {
    const reports = dataset(SHARED.reports, SHARED.seed).reports;
    const originals = reports.filter((report) => report.originalText);
    expect(originals.length / reports.length).toBeGreaterThan(0.1);
    for (const report of originals) expect(report.originalText).not.toBe(report.sanitisedText);
    expect(originals.some((report) => /Source said|^Source ST\//.test(report.originalText!))).toBe(true);
    // What identifies a caller or a covert source stays out of the sanitised text.
    for (const report of reports) expect(report.sanitisedText).not.toMatch(/Caller |Source ST\/|handler DC/);
  });

  it('includes foreign plates as well as current-format UK ones', () => {
    const vehicles = [...parsedEntities(dataset(SHARED.reports, SHARED.seed)).values()].filter((fields) => fields.type === 'vehicle');
    const countries = new Set(vehicles.map((vehicle) => vehicle.country));
    for (const country of ['GB', 'LT', 'RO']) expect(countries.has(country), country).toBe(true);
    for (const vehicle of vehicles) if (vehicle.country === 'GB') expect(vehicle.vrmFormat).toBe('current');
  });

  it('gives victims NRM and Hub details, and keeps them off everyone else', () => {
    const people = [...parsedEntities(dataset(SHARED.reports, SHARED.seed)).values()].flatMap((fields) => (fields.type === 'person' ? [fields] : []));
    const victims = people.filter((person) => person.victim !== null);
    expect(victims.length).toBeGreaterThan(20);
    for (const person of victims) expect(['victim', 'potential_victim']).toContain(person.category);
    expect(victims.some((person) => person.victim!.reasonableGrounds?.outcome === 'positive')).toBe(true);
    expect(victims.some((person) => person.victim!.dutyToNotify)).toBe(true);
    expect(new Set(people.map((person) => person.category))).toEqual(new Set(['suspect', 'victim', 'potential_victim', 'witness']));
  });
});
