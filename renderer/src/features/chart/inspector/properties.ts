/**
 * An entity's fields as inspector rows (label, text), whatever its type. Values are user data:
 * they are only ever rendered as text.
 */
import { countryName } from '@shared/domain/countries';
import { dataSubjectCategoryLabels, type DataSubjectCategory } from '@shared/domain/dataSubjects';
import { siteTypeLabels, type SiteType } from '@shared/domain/siteTypes';
import { formatDate } from '@shared/format';
import type { EntityFields } from '@shared/schemas/entity';

const labels: Record<string, string> = {
  name: 'Name',
  aliases: 'Also known as',
  dateOfBirth: 'Date of birth',
  estimatedAge: 'Estimated age',
  ageDisputed: 'Age disputed',
  gender: 'Gender',
  nationalities: 'Nationality',
  firstLanguage: 'First language',
  otherLanguages: 'Other languages',
  interpreterNeeded: 'Interpreter needed',
  category: 'Data-subject category',
  statementBasis: 'Basis',
  lines: 'Address',
  town: 'Town',
  postcode: 'Postcode',
  gridRef: 'Grid reference',
  siteType: 'Site type',
  district: 'District',
  vrm: 'Registration (VRM)',
  vrmDisplay: 'Registration (VRM)',
  country: 'Country',
  make: 'Make',
  model: 'Model',
  colour: 'Colour',
  number: 'Number',
  imei: 'IMEI',
  companyNumber: 'Company number',
  sector: 'Sector',
  address: 'Address',
  sortCode: 'Sort code',
  accountNumber: 'Account number',
  iban: 'IBAN',
  bankName: 'Bank',
  documentType: 'Document',
  holderName: 'Name on document',
};

/** Fields shown elsewhere in the inspector, or only useful to the editing forms. */
const skipped = new Set(['type', 'victim', 'location', 'vrm', 'vrmFormat']);

function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function text(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((item) => text(key, item)).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(key === 'lines' ? ', ' : '; ') : null;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (key === 'category') return dataSubjectCategoryLabels[value as DataSubjectCategory] ?? value;
  if (key === 'siteType') return siteTypeLabels[value as SiteType] ?? value;
  if (key === 'nationalities' || key === 'country') return countryName(value) ?? value;
  return value;
}

export function propertyRows(fields: EntityFields): Array<{ label: string; value: string }> {
  const rows: Array<{ label: string; value: string }> = [];
  for (const [key, value] of Object.entries(fields)) {
    if (skipped.has(key)) continue;
    const shown = text(key, value);
    if (shown !== null) rows.push({ label: labels[key] ?? humanise(key), value: shown });
  }
  return rows;
}
