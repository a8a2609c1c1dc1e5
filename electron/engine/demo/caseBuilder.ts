/**
 * Builds one demo case: its cast (people, sites, vehicles, phones, businesses), the links
 * between them and the reports that tell the story. Evidence is found, not declared: an entity
 * is evidenced by every report whose sanitised text mentions it, and a link by the reports that
 * state it (which must name both its ends), so nothing reaches a chart without a route back to
 * a report that really says so.
 */
import type { DistrictCode } from '@shared/domain/districts';
import type { EntityType } from '@shared/domain/entityTypes';
import type { IndicatorCode } from '@shared/domain/indicators';
import type { LinkStrength } from '@shared/domain/linkStrengths';
import { linkDirectedByDefault, linkTypeCodes, linkTypeLabel, type LinkType } from '@shared/domain/linkTypes';
import type { SiteType } from '@shared/domain/siteTypes';
import { toGridRef } from '@shared/identifiers/gridRef';
import type { EntityInput } from '@shared/schemas/entity';
import type { ReportInput } from '@shared/schemas/report';
import { isoOf } from './dates';
import { gradeFor, handlingFor, markingFor } from './grading';
import {
  fictionalCompanyNumber,
  fictionalImei,
  fictionalPlate,
  plateKey,
  vehicleLook,
  type PlateCountry,
  type VehicleKind,
} from './identifiers';
import { fold } from './fold';
import { extendName, nameBank, nameVariants, nickname, personName, reportAuthor } from './names';
import type { DemoAddress, Hub } from './places';
import type { LinkRef, OrgRef, PersonRef, PersonSpec, PhoneRef, Ref, ReportSpec, SiteRef, VehicleRef } from './caseTypes';
import type { Random } from './random';
import type { DemoState } from './state';
import type { DemoEntity, DemoEvidence, DemoLink } from './types';
import { victimDetails } from './victims';

interface Draft {
  ref: Ref;
  entity: EntityInput;
  /** Strings whose appearance in a report's text means the report mentions the entity. */
  mentions: string[];
  evidenced: boolean;
  /** Phones and pick-up points recur across cases: only these can already be in the dataset. */
  shared: boolean;
}

interface DraftLink {
  link: DemoLink;
  evidenced: boolean;
}

interface DraftReport {
  /** The URN is given when the case is built (only kept reports take a number). */
  report: ReportInput;
  supports: readonly LinkRef[];
}

export interface CaseOutput {
  reports: ReportInput[];
  entities: DemoEntity[];
  links: DemoLink[];
  evidence: DemoEvidence[];
}

const EVIDENCE_NOTES: Record<EntityType, string> = {
  person: 'Named in this report.',
  site: 'Address given in this report.',
  vehicle: 'Vehicle recorded in this report.',
  phone: 'Number given in this report.',
  organisation: 'Business named in this report.',
  email: 'Email address given in this report.',
  account: 'Account given in this report.',
  document: 'Document recorded in this report.',
};

const LINK_TYPE_INDEX = new Map<LinkType, number>(linkTypeCodes.map((code, index) => [code, index]));
const LINK_NOTES = Object.fromEntries(linkTypeCodes.map((code) => [code, `Reports the link: ${linkTypeLabel(code).toLowerCase()}.`])) as Record<LinkType, string>;

const WORD = /[\p{L}\p{N}]/u;

/** Whether `needle` occurs in `text` as whole words (so 'Thị Lan' is not found inside 'Thị Lanh'). */
export function mentions(text: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!WORD.test(before) && !WORD.test(after)) return true;
    from = at + 1;
  }
}

const COUNTRY_ADJECTIVES: Record<Exclude<PlateCountry, 'GB'>, string> = { LT: 'Lithuanian', RO: 'Romanian', PL: 'Polish', BG: 'Bulgarian' };

export class CaseBuilder {
  private readonly drafts: Draft[] = [];
  private readonly draftByKey = new Map<string, Ref>();
  private readonly links: DraftLink[] = [];
  private readonly linkBySignature = new Map<number, LinkRef>();
  private readonly drafted: DraftReport[] = [];
  private readonly postcodes = new Set<string>();

  constructor(
    readonly rng: Random,
    private readonly state: DemoState,
    /** The case's number in the dataset (for link keys). */
    readonly caseNumber: number,
    /** Today, as a day number: nothing in the case is later. */
    readonly today: number,
    /** The day the case's story begins. */
    readonly start: number,
  ) {}

  get reportCount(): number {
    return this.drafted.length;
  }

  /** `count` days from the case's start over about `span` days, in order, none after today. */
  timeline(count: number, span: number): number[] {
    const end = Math.min(this.today, this.start + span);
    const days = Array.from({ length: count }, () => this.rng.int(this.start, Math.max(this.start, end)));
    return days.sort((a, b) => a - b);
  }

  person(spec: PersonSpec): PersonRef {
    const { rng } = this;
    const gender = spec.gender ?? (rng.chance(0.5) ? 'male' : 'female');
    const age = rng.int(spec.age[0], spec.age[1]);
    const knownDob = rng.chance(spec.dobKnown ?? 0.8);
    let name = personName(rng, spec.nationality, gender);
    // Born `age` years before the case starts, on a random day of that year.
    const dob = knownDob ? isoOf(this.start - Math.floor(age * 365.25) - rng.int(0, 364)) : null;
    let key = `person:${name.folded}|${dob ?? ''}`;
    // Two different people must never share an identity key: try another name, then a longer one.
    for (let attempt = 0; this.state.claimed.has(key); attempt++) {
      name = attempt < 2 ? personName(rng, spec.nationality, gender) : extendName(rng, spec.nationality, gender, name);
      key = `person:${name.folded}|${dob ?? ''}`;
    }
    this.state.claimed.add(key);
    const bank = nameBank(spec.nationality);
    const alias = spec.nickname ? nickname(rng, spec.nationality) : null;
    const aliases = nameVariants(spec.nationality, name);
    if (alias) aliases.push(alias);
    const interpreter = rng.chance(spec.age[1] < 18 ? Math.min(1, bank.interpreterLikelihood + 0.1) : bank.interpreterLikelihood);
    const isVictim = spec.category === 'victim' || spec.category === 'potential_victim';
    const entity: EntityInput = {
      type: 'person',
      name: name.name,
      aliases,
      dateOfBirth: dob,
      estimatedAge: dob ? null : age,
      ageDisputed: spec.ageDisputed ?? false,
      gender,
      nationalities: [spec.nationality],
      firstLanguage: bank.firstLanguage,
      otherLanguages: rng.sample(bank.otherLanguages, rng.int(0, 1)),
      interpreterNeeded: interpreter,
      category: spec.category,
      // s38(2): that someone is a suspect, or of an age nobody has documented, is an assessment.
      statementBasis: dob && spec.category !== 'suspect' ? 'fact' : 'assessment',
      victim: isVictim && spec.identifiedOn !== undefined ? victimDetails(rng, spec.nationality, age < 18, spec.identifiedOn, this.today) : null,
    };
    const ref: PersonRef = {
      id: this.nextId,
      key,
      type: 'person',
      text: name.text,
      name,
      nationality: spec.nationality,
      gender,
      age,
      category: spec.category,
      he: gender === 'male' ? 'he' : 'she',
      his: gender === 'male' ? 'his' : 'her',
      him: gender === 'male' ? 'him' : 'her',
      alias,
    };
    return this.add(ref, entity, [name.text]);
  }

  /** A site at a fictional address; `make` is asked again if the address is already taken. */
  site(spec: { make: () => DemoAddress; siteType: SiteType; name?: string | null; gridRef?: boolean }): SiteRef {
    let address = spec.make();
    let key = '';
    for (let attempt = 0; ; attempt++) {
      key = `site:${address.postcode}|${fold(address.lines[0] ?? spec.name ?? '')}`;
      // A fresh identity is a must; a postcode not yet used in this case is a nicety (evidence finds sites by address).
      if (!this.state.claimed.has(key) && (!this.postcodes.has(address.postcode) || attempt > 20)) break;
      address = spec.make();
    }
    this.state.claimed.add(key);
    this.postcodes.add(address.postcode);
    const name = spec.name ?? null;
    const entity: EntityInput = {
      type: 'site',
      ...(name ? { name } : {}),
      lines: address.lines,
      town: address.town,
      postcode: address.postcode,
      location: { lat: address.lat, lon: address.lon },
      gridRef: spec.gridRef ? toGridRef(address.lat, address.lon, 8) : null,
      siteType: spec.siteType,
      district: address.district,
    };
    const text = name ? `${name}, ${address.text}` : address.text;
    const ref: SiteRef = { id: this.nextId, key, type: 'site', text, name, town: address.town, district: address.district };
    return this.add(ref, entity, name ? [address.text, name] : [address.text]);
  }

  /** A public pick-up point, the same entity in every case that uses it. */
  hub(hub: Hub, district: DistrictCode): SiteRef {
    const key = `site:|${fold(hub.name)}|${fold(hub.town)}`;
    const entity: EntityInput = {
      type: 'site',
      name: hub.name,
      lines: [hub.name],
      town: hub.town,
      postcode: null,
      location: { lat: hub.lat, lon: hub.lon },
      siteType: 'transport_hub',
      district,
    };
    // "the lay-by on the A47 near Guyhirn" mid-sentence; stations keep their capitals.
    const text = hub.name.startsWith('Lay-by') ? `the l${hub.name.slice(1)}` : hub.name;
    const ref: SiteRef = { id: this.nextId, key, type: 'site', text, name: hub.name, town: hub.town, district };
    return this.add(ref, entity, text === hub.name ? [hub.name] : [hub.name, text], true);
  }

  vehicle(spec: { kind: VehicleKind; country?: PlateCountry }): VehicleRef {
    const country = spec.country ?? 'GB';
    let plate = fictionalPlate(this.rng, country, this.today);
    while (this.state.claimed.has(`vehicle:${plateKey(plate)}`)) plate = fictionalPlate(this.rng, country, this.today);
    const key = `vehicle:${plateKey(plate)}`;
    this.state.claimed.add(key);
    const look = vehicleLook(this.rng, spec.kind);
    const entity: EntityInput = { type: 'vehicle', vrm: plate.display, country, make: look.make, model: look.model, colour: look.colour };
    const phrase = country === 'GB' ? `${look.description} VRM ${plate.display}` : `${look.description}, ${COUNTRY_ADJECTIVES[country]} registration ${plate.display}`;
    const ref: VehicleRef = { id: this.nextId, key, type: 'vehicle', text: plate.display, plate, look, phrase };
    return this.add(ref, entity, [plate.display]);
  }

  /** A drama-range number: a later case may be handed the same number, and then it is the same phone. */
  phone(kind: 'mobile' | 'landline' = 'mobile'): PhoneRef {
    const number = this.state.phones.next(kind);
    const key = `phone:${number.e164}`;
    const entity: EntityInput = { type: 'phone', number: number.national, imei: kind === 'mobile' && this.rng.chance(0.3) ? fictionalImei(this.rng) : null };
    const ref: PhoneRef = { id: this.nextId, key, type: 'phone', text: number.national };
    return this.add(ref, entity, [number.national], true);
  }

  /** A business with a fictional name from `makeName`; registered companies get a number too. */
  organisation(spec: { makeName: () => string; sector: string; registered?: number }): OrgRef {
    let name = spec.makeName();
    if (this.state.claimed.has(`orgname:${fold(name)}`)) name = spec.makeName();
    const nameKey = `orgname:${fold(name)}`;
    const nameTaken = this.state.claimed.has(nameKey);
    this.state.claimed.add(nameKey);
    // A name already used by another business needs a company number to stay a separate entity.
    const companyNumber = nameTaken || this.rng.chance(spec.registered ?? 0.5) ? fictionalCompanyNumber(this.rng) : null;
    let key = companyNumber ? `organisation:CH:${companyNumber}` : `organisation:${fold(name)}`;
    while (companyNumber && this.state.claimed.has(key)) key = `organisation:CH:${fictionalCompanyNumber(this.rng)}`;
    this.state.claimed.add(key);
    const entity: EntityInput = { type: 'organisation', name, aliases: [], companyNumber: companyNumber ? key.slice('organisation:CH:'.length) : null, sector: spec.sector };
    const ref: OrgRef = { id: this.nextId, key, type: 'organisation', text: name };
    return this.add(ref, entity, [name]);
  }

  link(type: LinkType, from: Ref, to: Ref, strength: LinkStrength, options: { validFrom?: number; notes?: string } = {}): LinkRef {
    const typeIndex = LINK_TYPE_INDEX.get(type)!;
    const signature = (typeIndex * 4096 + from.id) * 4096 + to.id;
    const existing = this.linkBySignature.get(signature) ?? (linkDirectedByDefault(type) ? undefined : this.linkBySignature.get((typeIndex * 4096 + to.id) * 4096 + from.id));
    if (existing) return existing;
    const id = this.links.length;
    const key = `L${this.caseNumber}.${id + 1}`;
    this.links.push({
      evidenced: false,
      link: {
        key,
        from: from.key,
        to: to.key,
        link: {
          type,
          strength,
          validFrom: options.validFrom === undefined ? null : isoOf(Math.min(options.validFrom, this.today)),
          validTo: null,
          notes: options.notes ?? '',
        },
      },
    });
    const ref: LinkRef = { id, key, from, to };
    this.linkBySignature.set(signature, ref);
    return ref;
  }

  report(spec: ReportSpec): void {
    const { rng } = this;
    const received = Math.min(spec.day, this.today);
    const occurredBefore = spec.occurredBefore === undefined ? (rng.chance(0.1) ? null : rng.int(0, 10)) : spec.occurredBefore;
    const recorded = Math.min(this.today, received + rng.weighted([[0, 5], [1, 3], [2, 2], [3, 1], [5, 1]] as const));
    const grade = spec.grade ?? gradeFor(rng, spec.source);
    const handling = spec.handling ?? handlingFor(rng, spec.source);
    const indicators: IndicatorCode[] = [...spec.text.indicators];
    const author = reportAuthor(rng, spec.source === 'police' || spec.source === 'victim');
    this.drafted.push({
      supports: spec.supports ?? [],
      report: {
        urn: '',
        title: spec.title,
        originalText: spec.original ?? '',
        sanitisedText: spec.text.toString(),
        sourceEvaluation: grade.source,
        intelligenceAssessment: grade.assessment,
        handlingCode: handling.code,
        handlingConditions: handling.conditions,
        protectiveMarking: markingFor(rng, spec.source, spec.personal ?? false),
        sourceType: spec.source,
        exploitationTypes: [...spec.exploitation],
        indicators,
        occurredOn: occurredBefore === null ? null : isoOf(received - occurredBefore),
        receivedOn: isoOf(received),
        recordedOn: isoOf(recorded),
        author: { name: author.name, staffNumber: author.staffNumber },
        district: spec.district,
        mopiGroup: spec.mopi ?? 3,
      },
    });
  }

  /**
   * The case as data, keeping at most `maxReports` reports (the earliest). Entities and links
   * that no kept report supports are left out; entities that an earlier case already put in the
   * dataset are referred to, not repeated.
   */
  build(maxReports: number): CaseOutput {
    const kept = this.drafted.slice(0, Math.max(0, maxReports));
    const reports: ReportInput[] = [];
    const evidence: DemoEvidence[] = [];
    const found = new Uint8Array(this.drafts.length);
    for (const { report, supports } of kept) {
      const urn = this.state.nextUrn(report.recordedOn);
      report.urn = urn;
      reports.push(report);
      found.fill(0);
      const text = report.sanitisedText ?? '';
      for (const draft of this.drafts) {
        for (const needle of draft.mentions) {
          if (mentions(text, needle)) {
            found[draft.ref.id] = 1;
            break;
          }
        }
      }
      supports.forEach((link, index) => {
        if (!found[link.from.id] || !found[link.to.id]) {
          // A scenario bug, not bad luck: a report may only state a link between things it names.
          const missing = found[link.from.id] ? link.to : link.from;
          throw new Error(`Demo report “${report.title}” states a link (${this.links[link.id]!.link.link.type}) but does not mention ${missing.text}.`);
        }
        if (supports.indexOf(link) !== index) return;
        const draft = this.links[link.id]!;
        draft.evidenced = true;
        evidence.push({ target: { link: link.key }, urn, note: LINK_NOTES[draft.link.link.type] });
      });
      for (const draft of this.drafts) {
        if (!found[draft.ref.id]) continue;
        draft.evidenced = true;
        evidence.push({ target: { entity: draft.ref.key }, urn, note: EVIDENCE_NOTES[draft.ref.type] });
      }
    }
    const entities: DemoEntity[] = [];
    for (const draft of this.drafts) {
      if (!draft.evidenced) continue;
      if (draft.shared) {
        if (this.state.emitted.has(draft.ref.key)) continue;
        this.state.emitted.add(draft.ref.key);
      }
      entities.push({ key: draft.ref.key, entity: draft.entity });
    }
    const links = this.links.filter((draft) => draft.evidenced).map((draft) => draft.link);
    return { reports, entities, links, evidence };
  }

  /** The case-local number the next entity will have (each ref is made with it, then added). */
  private get nextId(): number {
    return this.drafts.length;
  }

  private add<R extends Ref>(ref: R, entity: EntityInput, mentionTexts: string[], shared = false): R {
    // An entity met twice in one case (a shared pick-up point) is one draft.
    const existing = this.draftByKey.get(ref.key);
    if (existing) return existing as R;
    this.draftByKey.set(ref.key, ref);
    this.drafts.push({ ref, entity, mentions: mentionTexts, evidenced: false, shared });
    return ref;
  }
}
