/**
 * National Referral Mechanism (NRM) decisions and Victim and Witness Hub support
 * (reference/domain.md §4.2 and §7).
 */
import { isOneOf } from './parseResult';

export const nrmDecisionStageCodes = ['reasonable_grounds', 'conclusive_grounds'] as const;
export type NrmDecisionStage = (typeof nrmDecisionStageCodes)[number];

export const nrmDecisionStageLabels: Record<NrmDecisionStage, string> = {
  reasonable_grounds: 'Reasonable Grounds (RG) decision',
  conclusive_grounds: 'Conclusive Grounds (CG) decision',
};

export const nrmOutcomeCodes = ['positive', 'negative', 'pending', 'withdrawn'] as const;
export type NrmOutcome = (typeof nrmOutcomeCodes)[number];

export const nrmOutcomeLabels: Record<NrmOutcome, string> = {
  positive: 'Positive',
  negative: 'Negative',
  pending: 'Pending',
  withdrawn: 'Withdrawn',
};

export const competentAuthorityCodes = ['SCA', 'IECA'] as const;
export type CompetentAuthority = (typeof competentAuthorityCodes)[number];

export const competentAuthorityLabels: Record<CompetentAuthority, string> = {
  SCA: 'Single Competent Authority (SCA)',
  IECA: 'Immigration Enforcement Competent Authority (IECA)',
};

export const supportTypeCodes = ['advocacy', 'translation', 'accompaniment', 'safeguarding', 'nrm_help', 'other'] as const;
export type SupportType = (typeof supportTypeCodes)[number];

export const supportTypeLabels: Record<SupportType, string> = {
  advocacy: 'Advocacy',
  translation: 'Translation',
  accompaniment: 'Accompaniment on visits',
  safeguarding: 'Safeguarding',
  nrm_help: 'Help with the NRM',
  other: 'Other',
};

export const supportTypeHelp: Partial<Record<SupportType, string>> = {
  translation: 'Speaking with the victim in their first language, by a coordinator or an interpreter.',
  accompaniment: 'A coordinator going with police to visit the homes of suspected victims.',
  nrm_help: 'Explaining the NRM, obtaining consent, and helping with the referral and decisions.',
};

export const isNrmOutcome = (value: unknown): value is NrmOutcome => isOneOf(nrmOutcomeCodes, value);
export const isCompetentAuthority = (value: unknown): value is CompetentAuthority => isOneOf(competentAuthorityCodes, value);
export const isSupportType = (value: unknown): value is SupportType => isOneOf(supportTypeCodes, value);
