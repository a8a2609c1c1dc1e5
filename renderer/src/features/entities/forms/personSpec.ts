import type { DataSubjectCategory, StatementBasis } from '@shared/domain/dataSubjects';
import type { CompetentAuthority, NrmOutcome, SupportType } from '@shared/domain/nrm';
import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { resolveCountries, resolveLanguages, unknownMessage } from './codeLists';
import { readDate, showDate } from './dates';
import { lines, type FieldErrors, type FormSpec } from './formSpec';

export type AgeBasis = 'dob' | 'estimate' | 'unknown';
export type Gender = 'female' | 'male' | 'other' | 'unknown';

export interface PersonDraft {
  name: string;
  aliases: string;
  ageBasis: AgeBasis;
  dateOfBirth: string;
  estimatedAge: string;
  ageDisputed: boolean;
  gender: Gender;
  nationalities: string;
  firstLanguage: string;
  otherLanguages: string;
  interpreterNeeded: boolean;
  category: DataSubjectCategory | '';
  statementBasis: StatementBasis;
  // Victims and potential victims only (domain.md §4.2, §7).
  nrmReferralDate: string;
  nrmReference: string;
  competentAuthority: CompetentAuthority | '';
  rgOutcome: NrmOutcome | '';
  rgDate: string;
  cgOutcome: NrmOutcome | '';
  cgDate: string;
  dutyToNotify: boolean;
  hubReferral: boolean;
  hubReferralDate: string;
  coordinator: string;
  supportTypes: SupportType[];
  closedOn: string;
}

export const emptyPerson: PersonDraft = {
  name: '',
  aliases: '',
  ageBasis: 'unknown',
  dateOfBirth: '',
  estimatedAge: '',
  ageDisputed: false,
  gender: 'unknown',
  nationalities: '',
  firstLanguage: '',
  otherLanguages: '',
  interpreterNeeded: false,
  category: '',
  statementBasis: 'assessment',
  nrmReferralDate: '',
  nrmReference: '',
  competentAuthority: '',
  rgOutcome: '',
  rgDate: '',
  cgOutcome: '',
  cgDate: '',
  dutyToNotify: false,
  hubReferral: false,
  hubReferralDate: '',
  coordinator: '',
  supportTypes: [],
  closedOn: '',
};

/** Whether the NRM and support panel applies: only victims and potential victims have one. */
export function hasVictimPanel(category: DataSubjectCategory | '' | null): boolean {
  return category === 'victim' || category === 'potential_victim';
}

function fromFields(fields: EntityFields): PersonDraft {
  const person = fields as EntityFieldsOf<'person'>;
  const victim = person.victim;
  return {
    name: person.name,
    aliases: person.aliases.join('\n'),
    ageBasis: person.dateOfBirth ? 'dob' : person.estimatedAge !== null ? 'estimate' : 'unknown',
    dateOfBirth: showDate(person.dateOfBirth),
    estimatedAge: person.estimatedAge === null ? '' : String(person.estimatedAge),
    ageDisputed: person.ageDisputed,
    gender: person.gender,
    nationalities: person.nationalities.join(', '),
    firstLanguage: person.firstLanguage ?? '',
    otherLanguages: person.otherLanguages.join(', '),
    interpreterNeeded: person.interpreterNeeded,
    category: person.category,
    statementBasis: person.statementBasis,
    nrmReferralDate: showDate(victim?.nrmReferralDate ?? null),
    nrmReference: victim?.nrmReference ?? '',
    competentAuthority: victim?.competentAuthority ?? '',
    rgOutcome: victim?.reasonableGrounds?.outcome ?? '',
    rgDate: showDate(victim?.reasonableGrounds?.date ?? null),
    cgOutcome: victim?.conclusiveGrounds?.outcome ?? '',
    cgDate: showDate(victim?.conclusiveGrounds?.date ?? null),
    dutyToNotify: victim?.dutyToNotify ?? false,
    hubReferral: victim?.hubReferral ?? false,
    hubReferralDate: showDate(victim?.hubReferralDate ?? null),
    coordinator: victim?.coordinator ?? '',
    supportTypes: victim?.supportTypes ?? [],
    closedOn: showDate(victim?.closedOn ?? null),
  };
}

function readAge(draft: PersonDraft, errors: FieldErrors): number | null {
  if (draft.ageBasis !== 'estimate') return null;
  const text = draft.estimatedAge.trim();
  if (text === '') {
    errors.estimatedAge = 'Enter the estimated age in years, or choose “Not known”.';
    return null;
  }
  if (!/^\d{1,3}$/.test(text)) {
    errors.estimatedAge = 'Enter the estimated age as a whole number of years, for example 24.';
    return null;
  }
  return Number(text);
}

function decision(
  outcome: NrmOutcome | '',
  date: string | null,
  key: string,
  label: string,
  errors: FieldErrors,
) {
  if (outcome === '') {
    if (date !== null) errors[key] = `Choose the ${label} outcome for this date.`;
    return null;
  }
  return { outcome, date };
}

function victimInput(draft: PersonDraft, errors: FieldErrors) {
  if (!hasVictimPanel(draft.category)) return null;
  const rgDate = readDate(draft.rgDate, 'rgDate', 'reasonable grounds decision date', errors);
  const cgDate = readDate(draft.cgDate, 'cgDate', 'conclusive grounds decision date', errors);
  const victim = {
    nrmReferralDate: readDate(draft.nrmReferralDate, 'nrmReferralDate', 'NRM referral date', errors),
    nrmReference: draft.nrmReference.trim(),
    competentAuthority: draft.competentAuthority || null,
    reasonableGrounds: decision(draft.rgOutcome, rgDate, 'rgOutcome', 'reasonable grounds', errors),
    conclusiveGrounds: decision(draft.cgOutcome, cgDate, 'cgOutcome', 'conclusive grounds', errors),
    dutyToNotify: draft.dutyToNotify,
    hubReferral: draft.hubReferral,
    hubReferralDate: draft.hubReferral
      ? readDate(draft.hubReferralDate, 'hubReferralDate', 'hub referral date', errors)
      : null,
    coordinator: draft.hubReferral ? draft.coordinator.trim() : '',
    supportTypes: draft.hubReferral ? draft.supportTypes : [],
    closedOn: draft.hubReferral ? readDate(draft.closedOn, 'closedOn', 'support closed date', errors) : null,
  };
  const anything = Object.values(victim).some(
    (value) =>
      value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return anything ? victim : null;
}

function toInput(draft: PersonDraft) {
  const errors: FieldErrors = {};
  const nationalities = resolveCountries(draft.nationalities);
  if (nationalities.unknown.length) errors.nationalities = unknownMessage('country', nationalities.unknown);
  const first = resolveLanguages(draft.firstLanguage);
  if (first.unknown.length) errors.firstLanguage = unknownMessage('language', first.unknown);
  else if (first.codes.length > 1)
    errors.firstLanguage = 'Give one first language; put the others under “Other languages”.';
  const others = resolveLanguages(draft.otherLanguages);
  if (others.unknown.length) errors.otherLanguages = unknownMessage('language', others.unknown);
  if (draft.category === '')
    errors.category = 'Choose the data subject category (DPA 2018 s38): suspect, victim, witness…';
  const input = {
    name: draft.name,
    aliases: lines(draft.aliases),
    dateOfBirth:
      draft.ageBasis === 'dob' ? readDate(draft.dateOfBirth, 'dateOfBirth', 'date of birth', errors) : null,
    estimatedAge: readAge(draft, errors),
    ageDisputed: draft.ageBasis !== 'unknown' && draft.ageDisputed,
    gender: draft.gender,
    nationalities: nationalities.codes,
    firstLanguage: first.codes[0] ?? null,
    otherLanguages: others.codes,
    interpreterNeeded: draft.interpreterNeeded,
    category: draft.category || 'other',
    statementBasis: draft.statementBasis,
    victim: victimInput(draft, errors),
  };
  if (draft.ageBasis === 'dob' && draft.dateOfBirth.trim() === '')
    errors.dateOfBirth = 'Enter the date of birth as dd/mm/yyyy, or choose “Not known”.';
  return { input, errors };
}

const victimPaths: Record<string, keyof PersonDraft> = {
  nrmReferralDate: 'nrmReferralDate',
  nrmReference: 'nrmReference',
  competentAuthority: 'competentAuthority',
  reasonableGrounds: 'rgOutcome',
  conclusiveGrounds: 'cgOutcome',
  hubReferralDate: 'hubReferralDate',
  coordinator: 'coordinator',
  supportTypes: 'supportTypes',
  closedOn: 'closedOn',
};

export const personSpec: FormSpec<PersonDraft> = {
  type: 'person',
  empty: emptyPerson,
  fromFields,
  toInput,
  fieldFor: ([first, second, third]) => {
    if (first !== 'victim' || second === undefined) return first === 'victim' ? 'category' : null;
    if (second === 'reasonableGrounds' && third === 'date') return 'rgDate';
    if (second === 'conclusiveGrounds' && third === 'date') return 'cgDate';
    return victimPaths[second] ?? 'category';
  },
};
