/**
 * Categories of data subject, which the Data Protection Act 2018 s38(3) requires law
 * enforcement processing to distinguish "where relevant" (Part 3).
 */
import { isOneOf } from './parseResult';

export const dataSubjectCategoryCodes = ['suspect', 'convicted', 'victim', 'potential_victim', 'witness', 'other'] as const;
export type DataSubjectCategory = (typeof dataSubjectCategoryCodes)[number];

export const dataSubjectCategoryLabels: Record<DataSubjectCategory, string> = {
  suspect: 'Suspect',
  convicted: 'Convicted person',
  victim: 'Victim',
  potential_victim: 'Potential victim',
  witness: 'Witness',
  other: 'Other',
};

export const dataSubjectCategoryHelp: Record<DataSubjectCategory, string> = {
  suspect: 'Suspected of having committed, or being about to commit, an offence (s38(3)(a)).',
  convicted: 'Convicted of an offence (s38(3)(b)).',
  victim: 'A victim of an offence (s38(3)(c)).',
  potential_victim: 'May be a victim of an offence (s38(3)(c)), for example someone showing indicators of exploitation or referred to the NRM.',
  witness: 'A witness or other person with information about offences (s38(3)(d)).',
  other: 'Anyone else, for example an associate or a business contact with no known part in an offence.',
};

/**
 * s38(2): personal data based on facts must, so far as possible, be distinguished from personal
 * data based on personal assessments.
 */
export const statementBasisCodes = ['fact', 'assessment'] as const;
export type StatementBasis = (typeof statementBasisCodes)[number];

export const statementBasisLabels: Record<StatementBasis, string> = {
  fact: 'Fact',
  assessment: 'Personal assessment',
};

export const isDataSubjectCategory = (value: unknown): value is DataSubjectCategory => isOneOf(dataSubjectCategoryCodes, value);
