import { countryName } from '@shared/domain/countries';
import { dataSubjectCategoryLabels, statementBasisLabels } from '@shared/domain/dataSubjects';
import { districtName } from '@shared/domain/districts';
import { competentAuthorityLabels, nrmOutcomeLabels, supportTypeLabels } from '@shared/domain/nrm';
import { siteTypeLabels } from '@shared/domain/siteTypes';
import { formatDate, formatNumber } from '@shared/format';
import { toGridRef } from '@shared/identifiers/gridRef';
import { documentTypeLabels, type EntityFields, type EntityFieldsOf } from '@shared/schemas/entity';
import { languageLabel, nationalityName } from '../forms/codeLists';
import { vrmFormatLabels } from '../vrmFormats';

export interface PropertyRow {
  label: string;
  value: string;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const genderLabels = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known' } as const;
const phoneTypeLabels: Record<string, string> = {
  mobile: 'Mobile',
  fixed: 'Landline',
  'non-geographic': 'Non-geographic',
  premium: 'Premium rate',
  freephone: 'Freephone',
  personal: 'Personal number',
  pager: 'Pager',
  unknown: 'Not known',
};

/** Rows with no value are left out, so the profile shows what is known. */
function rows(entries: Array<[string, string | null | undefined]>): PropertyRow[] {
  return entries
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([label, value]) => ({ label, value }));
}

function age(person: EntityFieldsOf<'person'>): string | null {
  const disputed = person.ageDisputed ? ' (age disputed)' : '';
  if (person.dateOfBirth) return `${formatDate(person.dateOfBirth)}${disputed}`;
  if (person.estimatedAge !== null) return `About ${person.estimatedAge} (estimated)${disputed}`;
  return 'Not known';
}

function personRows(person: EntityFieldsOf<'person'>): PropertyRow[] {
  return rows([
    ['Name', person.name],
    ['Data subject category', dataSubjectCategoryLabels[person.category]],
    ['Basis', statementBasisLabels[person.statementBasis]],
    [person.dateOfBirth ? 'Date of birth' : 'Age', age(person)],
    ['Gender', genderLabels[person.gender]],
    ['Nationalities', person.nationalities.map(nationalityName).join(', ')],
    ['First language', person.firstLanguage ? languageLabel(person.firstLanguage) : null],
    ['Other languages', person.otherLanguages.map(languageLabel).join(', ')],
    ['Interpreter needed', yesNo(person.interpreterNeeded)],
  ]);
}

function siteRows(site: EntityFieldsOf<'site'>): PropertyRow[] {
  const location = site.location;
  return rows([
    ['Site name', site.name],
    ['Address', site.lines.join(', ')],
    ['Town', site.town],
    ['Postcode', site.postcode],
    // Officers navigate by grid reference: derive one when the site was placed by latitude and longitude.
    ['OS grid reference', site.gridRef ?? (location ? toGridRef(location.lat, location.lon) : null)],
    [
      'Latitude, longitude',
      location ? `${formatNumber(location.lat, 5)}, ${formatNumber(location.lon, 5)}` : null,
    ],
    ['Site type', siteTypeLabels[site.siteType]],
    ['District', site.district ? districtName(site.district) : null],
  ]);
}

function vehicleRows(vehicle: EntityFieldsOf<'vehicle'>): PropertyRow[] {
  return rows([
    ['Registration mark', vehicle.vrmDisplay],
    ['Format', vrmFormatLabels[vehicle.vrmFormat]],
    ['Country of registration', countryName(vehicle.country) ?? vehicle.country],
    ['Make', vehicle.make],
    ['Model', vehicle.model],
    ['Colour', vehicle.colour],
  ]);
}

/** The properties of an entity as its profile lists them, by type. */
export function propertyRows(fields: EntityFields): PropertyRow[] {
  switch (fields.type) {
    case 'person':
      return personRows(fields);
    case 'site':
      return siteRows(fields);
    case 'vehicle':
      return vehicleRows(fields);
    case 'phone':
      return rows([
        ['Number', fields.national],
        ['International form', fields.e164],
        ['Type', phoneTypeLabels[fields.phoneType] ?? fields.phoneType],
        ['IMEI', fields.imei],
      ]);
    case 'organisation':
      return rows([
        ['Name', fields.name],
        ['Companies House number', fields.companyNumber],
        ['Sector', fields.sector],
      ]);
    case 'email':
      return rows([['Email address', fields.address]]);
    case 'account':
      return rows([
        ['Sort code', fields.sortCode],
        ['Account number', fields.accountNumber],
        ['IBAN', fields.iban],
        ['Bank', fields.bankName],
      ]);
    case 'document':
      return rows([
        ['Document type', documentTypeLabels[fields.documentType]],
        ['Number', fields.number],
        ['Issuing country', fields.country ? (countryName(fields.country) ?? fields.country) : null],
        ['Name on document', fields.holderName],
      ]);
  }
}

type Victim = NonNullable<EntityFieldsOf<'person'>['victim']>;

function decision(value: Victim['reasonableGrounds']): string | null {
  if (!value) return 'None yet';
  return value.date
    ? `${nrmOutcomeLabels[value.outcome]}, ${formatDate(value.date)}`
    : nrmOutcomeLabels[value.outcome];
}

/** NRM and support details of a victim or potential victim. */
export function victimRows(victim: Victim): PropertyRow[] {
  return rows([
    ['NRM referral date', victim.nrmReferralDate ? formatDate(victim.nrmReferralDate) : 'Not referred'],
    ['NRM reference', victim.nrmReference],
    [
      'Competent authority',
      victim.competentAuthority ? competentAuthorityLabels[victim.competentAuthority] : null,
    ],
    ['Reasonable grounds decision', decision(victim.reasonableGrounds)],
    ['Conclusive grounds decision', decision(victim.conclusiveGrounds)],
    ['Duty to Notify (MS1) submitted', yesNo(victim.dutyToNotify)],
    [
      'Hub support referral',
      victim.hubReferral
        ? victim.hubReferralDate
          ? `Yes, ${formatDate(victim.hubReferralDate)}`
          : 'Yes'
        : 'No',
    ],
    ['Coordinator', victim.coordinator],
    ['Support types', victim.supportTypes.map((type) => supportTypeLabels[type]).join(', ')],
    ['Support closed', victim.closedOn ? formatDate(victim.closedOn) : null],
  ]);
}
