import { auditActionLabels, type AuditEntry } from '@shared/audit';
import { operationLabel } from '../audit/operationLabels';

/** What each entity operation in the audit log was, in words. */
const entityOperationLabels: Record<string, string> = {
  'entities.create': 'Created',
  'entities.update': 'Edited',
  'entities.delete': 'Deleted',
  'entities.markReviewed': 'Marked reviewed',
  'entities.merge': 'Merged',
  'entities.unmerge': 'Merge undone',
  'evidence.add': 'Evidence added',
  'evidence.remove': 'Evidence removed',
  'links.create': 'Link added',
  'links.update': 'Link edited',
  'links.delete': 'Link deleted',
  'import.entities': 'Imported',
  'import.links': 'Link imported',
  'import.reports': 'Extracted from imported reports',
  'demo.load': 'Demo data loaded',
};

export function entityOperationLabel(entry: AuditEntry): string {
  return (
    entityOperationLabels[entry.operation] ??
    `${auditActionLabels[entry.action]} (${operationLabel(entry.operation)})`
  );
}

/** Field names as the forms label them, for the edit history's "changed fields". */
const fieldLabels: Record<string, string> = {
  name: 'Name',
  aliases: 'Aliases',
  dateOfBirth: 'Date of birth',
  estimatedAge: 'Estimated age',
  ageDisputed: 'Age disputed',
  gender: 'Gender',
  nationalities: 'Nationalities',
  firstLanguage: 'First language',
  otherLanguages: 'Other languages',
  interpreterNeeded: 'Interpreter needed',
  category: 'Data subject category',
  statementBasis: 'Basis',
  victim: 'NRM and support',
  lines: 'Address lines',
  town: 'Town',
  postcode: 'Postcode',
  location: 'Location',
  gridRef: 'Grid reference',
  siteType: 'Site type',
  district: 'District',
  vrm: 'Registration mark',
  vrmDisplay: 'Registration mark',
  vrmFormat: 'Registration format',
  country: 'Country',
  make: 'Make',
  model: 'Model',
  colour: 'Colour',
  e164: 'Phone number',
  national: 'Phone number',
  phoneType: 'Phone type',
  imei: 'IMEI',
  companyNumber: 'Companies House number',
  sector: 'Sector',
  address: 'Email address',
  sortCode: 'Sort code',
  accountNumber: 'Account number',
  iban: 'IBAN',
  bankName: 'Bank',
  documentType: 'Document type',
  number: 'Number',
  holderName: 'Name on document',
  reviewState: 'Review state',
  evidence: 'Evidence',
};

export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? field;
}

/** The distinct fields an audit entry changed, in words ("Name, Aliases"). */
export function changedFields(entry: AuditEntry): string {
  const names = (entry.details?.changes ?? []).map((change) => fieldLabel(change.field));
  return [...new Set(names)].join(', ');
}
