/**
 * The handles a demo case is built from: references to the cast (people, sites, vehicles,
 * phones, businesses) and links the scenarios pass around, and the specs of the people and
 * reports they ask CaseBuilder for.
 */
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { DistrictCode } from '@shared/domain/districts';
import type { EntityType } from '@shared/domain/entityTypes';
import type { ExploitationCode } from '@shared/domain/exploitation';
import type { MopiGroup } from '@shared/domain/mopi';
import type { SourceType } from '@shared/domain/sourceTypes';
import type { DemoGrade, DemoHandling } from './grading';
import type { DemoPlate, VehicleLook } from './identifiers';
import type { DemoName, DemoNationality, Gender } from './names';
import type { Prose } from './prose';

export interface Ref {
  /** Numbers the entity within its case (cheap to compare, unlike the key). */
  readonly id: number;
  readonly key: string;
  readonly type: EntityType;
  /** How the prose names it (always used at least once in a report that mentions it). */
  readonly text: string;
}

export interface PersonRef extends Ref {
  readonly type: 'person';
  readonly name: DemoName;
  readonly nationality: DemoNationality;
  readonly gender: Gender;
  readonly age: number;
  readonly category: DataSubjectCategory;
  readonly he: 'he' | 'she';
  readonly his: 'his' | 'her';
  readonly him: 'him' | 'her';
  readonly alias: string | null;
}

export interface SiteRef extends Ref {
  readonly type: 'site';
  readonly name: string | null;
  readonly town: string;
  readonly district: DistrictCode | null;
}

export interface VehicleRef extends Ref {
  readonly type: 'vehicle';
  readonly plate: DemoPlate;
  readonly look: VehicleLook;
  /** 'white Ford Transit VRM AB12 CDE' or 'grey Volkswagen Passat, Lithuanian registration HJK 482' (no article). */
  readonly phrase: string;
}

export interface PhoneRef extends Ref {
  readonly type: 'phone';
}

export interface OrgRef extends Ref {
  readonly type: 'organisation';
}

export interface LinkRef {
  /** Numbers the link within its case. */
  readonly id: number;
  readonly key: string;
  readonly from: Ref;
  readonly to: Ref;
}

export interface PersonSpec {
  nationality: DemoNationality;
  gender?: Gender;
  /** Age range when the case starts. */
  age: readonly [number, number];
  category: DataSubjectCategory;
  /** Probability that a date of birth is known (otherwise an estimated age). */
  dobKnown?: number;
  ageDisputed?: boolean;
  /** Give the person a street name or nickname as an alias. */
  nickname?: boolean;
  /** The day police identified a victim: NRM and Hub details follow from it. */
  identifiedOn?: number;
}

export interface ReportSpec {
  /** The day the information was received. */
  day: number;
  /** Days before receipt that it happened; null when not known. Default 0–10. */
  occurredBefore?: number | null;
  source: SourceType;
  grade?: DemoGrade;
  handling?: DemoHandling;
  title: string;
  text: Prose;
  /** The unsanitised account, kept restricted; leave out when only a sanitised copy exists. */
  original?: string;
  exploitation: readonly ExploitationCode[];
  /** The relationships this report states. */
  supports?: readonly LinkRef[];
  district: DistrictCode | null;
  /** About identifiable victims: marked OFFICIAL-SENSITIVE PERSONAL DATA. */
  personal?: boolean;
  mopi?: MopiGroup;
}
