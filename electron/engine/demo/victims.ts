/**
 * NRM and Victim and Witness Hub details for demo victims (domain.md §4.2, §7): a referral by
 * the force as First Responder, a Reasonable Grounds decision about a week later, a Conclusive
 * Grounds decision months after that if it has happened by "today", and Hub support. Adults who
 * do not consent are not referred: an anonymous MS1 (Duty to Notify) is made instead.
 */
import type { SupportType } from '@shared/domain/nrm';
import type { EntityInput } from '@shared/schemas/entity';
import { isoOf } from './dates';
import { hubCoordinator, type DemoNationality } from './names';
import type { Random } from './random';

type PersonInput = Extract<EntityInput, { type: 'person' }>;
export type VictimDetails = NonNullable<PersonInput['victim']>;

const SUPPORT: readonly SupportType[] = ['advocacy', 'translation', 'accompaniment', 'safeguarding', 'nrm_help'];

export function victimDetails(rng: Random, nationality: DemoNationality, child: boolean, identifiedOn: number, today: number): VictimDetails {
  const consents = child || rng.chance(0.7);
  const referred = Math.min(today, identifiedOn + rng.int(0, 6));
  const hub = rng.chance(0.75);
  const hubOn = Math.min(today, referred + rng.int(0, 10));
  const supportTypes = hub ? rng.sample(SUPPORT, rng.int(1, 3)).filter((type) => type !== 'translation' || nationality !== 'GB') : [];
  const coordinator = hub ? hubCoordinator(rng, nationality) : undefined;
  // One object shape for every victim (no spreads): cheaper to build by the hundred thousand.
  const details: VictimDetails = {
    nrmReferralDate: null,
    competentAuthority: null,
    reasonableGrounds: null,
    conclusiveGrounds: null,
    dutyToNotify: !consents,
    hubReferral: hub,
    hubReferralDate: hub ? isoOf(hubOn) : null,
    coordinator,
    supportTypes,
    closedOn: null,
  };
  if (!consents) return details;
  const rgOn = referred + rng.int(2, 9);
  const rgDecided = rgOn <= today;
  const rgOutcome = rgDecided ? rng.weighted([['positive', 85], ['negative', 12], ['withdrawn', 3]] as const) : 'pending';
  const cgOn = rgOn + rng.int(90, 420);
  const cgDecided = rgOutcome === 'positive' && cgOn <= today;
  details.nrmReferralDate = isoOf(referred);
  details.nrmReference = `NRM/${details.nrmReferralDate.slice(0, 4)}/${rng.int(10000, 99999)}`;
  // The Immigration Enforcement Competent Authority decides some foreign nationals' cases (domain.md §4.2).
  details.competentAuthority = nationality !== 'GB' && rng.chance(0.35) ? 'IECA' : 'SCA';
  details.reasonableGrounds = { outcome: rgOutcome, date: rgDecided ? isoOf(rgOn) : null };
  if (rgOutcome === 'positive') {
    const cgOutcome = cgDecided ? rng.weighted([['positive', 78], ['negative', 18], ['withdrawn', 4]] as const) : 'pending';
    details.conclusiveGrounds = { outcome: cgOutcome, date: cgDecided ? isoOf(cgOn) : null };
    if (cgDecided && hub && rng.chance(0.5)) details.closedOn = isoOf(Math.min(today, cgOn + rng.int(7, 60)));
  }
  return details;
}
