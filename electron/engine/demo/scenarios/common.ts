/**
 * What every scenario shares: how a case's story is laid out in time, how each kind of source
 * opens a report, and the restricted "original" wording that names or describes the source,
 * which the sanitised text leaves out.
 */
import type { SourceType } from '@shared/domain/sourceTypes';
import { clock, isoOf, ukDate } from '../dates';
import { personName } from '../names';
import type { Random } from '../random';
import type { CaseBuilder } from '../caseBuilder';
import type { Prose } from '../prose';

/** A scenario: one kind of case, with how common it is among demo cases. */
export interface Scenario {
  code: string;
  /** Relative frequency among cases. */
  weight: number;
  build(builder: CaseBuilder): void;
}

/**
 * A case's beats, in story order: the first is always kept, then a random selection of the
 * others (at least `min` beats in all), each given a day on the case's timeline.
 */
export function plan<B extends string>(rng: Random, first: B, others: readonly B[], min: number, max: number): B[] {
  const chosen = rng.sample(others, rng.int(Math.max(0, min - 1), Math.min(others.length, max - 1)));
  return [first, ...others.filter((beat) => chosen.includes(beat))];
}

/** When the case starts: within the last three years, at least a fortnight ago. */
export function caseStart(rng: Random, today: number): number {
  return today - rng.int(14, 1095);
}

export function dayText(day: number): string {
  return ukDate(isoOf(day));
}

/** A time of day for prose: early mornings for pick-ups, evenings for visitors. */
export function timeOfDay(rng: Random, fromHour: number, toHour: number): string {
  return clock(rng.int(fromHour, toHour), rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]));
}

const PARTNERS = [
  'the district council’s private sector housing team',
  'Cambridgeshire Fire and Rescue Service',
  'the Gangmasters and Labour Abuse Authority (GLAA)',
  'Immigration Enforcement',
  'HM Revenue and Customs',
  'the Salvation Army',
  'a local GP practice',
  'children’s services (MASH)',
];

/** The sanitised opening that says what kind of source spoke, never who. */
export function opening(rng: Random, source: SourceType, partner?: string): string {
  switch (source) {
    case 'member_of_public':
      return rng.pick(['A member of the public has reported that', 'A member of the public called 101 to report that', 'An online report from a member of the public states that']);
    case 'crimestoppers':
      return rng.pick(['Crimestoppers have passed on an anonymous report that', 'An anonymous caller to Crimestoppers stated that']);
    case 'modern_slavery_helpline':
      return 'The Modern Slavery Helpline has passed on a report that';
    case 'partner_agency':
      return `Information received from ${partner ?? rng.pick(PARTNERS)} states that`;
    case 'business':
      return rng.pick(['A business has reported concerns that', 'A local business contacted police to report that']);
    case 'chis':
      return rng.pick(['Intelligence from a reliable source indicates that', 'A source has provided information that']);
    case 'open_source':
      return 'Open-source research has found that';
    case 'technical':
      return 'Technical enquiries show that';
    case 'victim':
      return 'During a debrief with the support of an interpreter, a victim disclosed that';
    case 'witness':
      return 'A witness has stated that';
    case 'police':
      return 'Officers report that';
    case 'other':
      return 'It is reported that';
  }
}

const CALLER_REASONS = [
  'lives opposite the premises',
  'lives next door',
  'uses the car wash most weekends',
  'works in a neighbouring unit',
  'walks a dog past the address every morning',
  'is a delivery driver on that round',
  'used to work there',
];

/**
 * The restricted original: who the source is and how they know, followed by their account.
 * Identities here are as fictional as the rest; they show why the original must stay restricted.
 */
export function originalText(rng: Random, source: SourceType, town: string, sanitised: Prose): string | undefined {
  const account = sanitised.toString();
  switch (source) {
    case 'member_of_public':
    case 'witness': {
      const caller = personName(rng, 'GB', rng.chance(0.5) ? 'male' : 'female');
      return `Caller ${caller.name}, ${rng.int(24, 78)}, of ${rng.int(1, 120)} ${rng.pick(['Mill', 'Church', 'Station', 'School'])} Lane, ${town}, tel. 07700 900${String(rng.int(0, 999)).padStart(3, '0')}, who ${rng.pick(CALLER_REASONS)}. Source said: “I didn’t want to get anyone into trouble but it isn’t right.” ${account} Caller does not want to be contacted again unless necessary.`;
    }
    case 'chis':
      return `Source ST/${rng.int(20, 99)}/${String(rng.int(1, 999)).padStart(3, '0')} (handler DC ${personName(rng, 'GB', 'male').surname}) said that ${account.charAt(0).toLowerCase()}${account.slice(1)} Source’s access: ${rng.pick(['socialises with the subjects', 'has worked alongside the subjects', 'is related to one of the workers', 'buys from the line'])}.`;
    case 'victim':
      return `${account} The victim also said that ${rng.pick(['their mother and young son', 'their parents', 'their partner and two children', 'a younger brother'])} at home ${rng.pick(['in the town they come from', 'in their home village'])} had been visited by associates of the suspects, who said the debt would be collected from them. The victim's home address abroad and family details are held on the restricted victim record.`;
    case 'business':
      return `Reported by ${rng.pick(['the branch manager', 'a financial crime analyst', 'the letting agent', 'the site manager'])}, ${personName(rng, 'GB', rng.chance(0.5) ? 'male' : 'female').name}, direct line 01632 960${String(rng.int(0, 999)).padStart(3, '0')}. ${account}`;
    default:
      return undefined;
  }
}

/** Whether to keep a restricted original for a report from this source (most public and covert sources). */
export function keepsOriginal(rng: Random, source: SourceType): boolean {
  if (source === 'chis') return true;
  if (source === 'member_of_public' || source === 'witness' || source === 'victim' || source === 'business') return rng.chance(0.6);
  return false;
}

/** Original text when the source type keeps one, otherwise nothing (only the sanitised copy exists). */
export function maybeOriginal(rng: Random, source: SourceType, town: string, text: Prose): string | undefined {
  return keepsOriginal(rng, source) ? originalText(rng, source, town, text) : undefined;
}
