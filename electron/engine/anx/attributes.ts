import { countryName } from '@shared/domain/countries';
import { dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import { siteTypeLabels } from '@shared/domain/siteTypes';
import { documentTypeLabels, type EntityFields } from '@shared/schemas/entity';

/** The i2 attribute classes Fenlight writes (all text, so values survive every ANB version intact). */
export const ATTRIBUTE_CLASSES = [
  'Date of Birth',
  'Estimated Age',
  'Aliases',
  'Nationality',
  'Gender',
  'Data Subject Category',
  'VRM',
  'Country of Registration',
  'Make',
  'Model',
  'Colour',
  'Postcode',
  'Address',
  'Grid Reference',
  'Latitude',
  'Longitude',
  'Site Type',
  'Telephone Number',
  'IMEI',
  'Companies House Number',
  'Sector',
  'Email Address',
  'Sort Code',
  'Account Number',
  'IBAN',
  'Document Type',
  'Document Number',
  'Issuing Country',
] as const;
export type AttributeClassName = (typeof ATTRIBUTE_CLASSES)[number];

/** An entity's identifying attributes as i2 analysts expect to see them on the chart. */
export function entityAttributes(fields: EntityFields): Array<[AttributeClassName, string]> {
  const pairs: Array<[AttributeClassName, string | null | undefined]> = [];
  switch (fields.type) {
    case 'person':
      pairs.push(
        ['Date of Birth', fields.dateOfBirth],
        ['Estimated Age', fields.estimatedAge === null ? null : `${fields.estimatedAge}${fields.ageDisputed ? ' (disputed)' : ''}`],
        ['Aliases', fields.aliases.join('; ')],
        ['Nationality', fields.nationalities.map((code) => countryName(code) ?? code).join('; ')],
        ['Gender', fields.gender === 'unknown' ? null : fields.gender],
        ['Data Subject Category', dataSubjectCategoryLabels[fields.category]],
      );
      break;
    case 'vehicle':
      pairs.push(['VRM', fields.vrmDisplay], ['Country of Registration', fields.country], ['Make', fields.make], ['Model', fields.model], ['Colour', fields.colour]);
      break;
    case 'site':
      pairs.push(
        ['Postcode', fields.postcode],
        ['Address', [fields.name, ...fields.lines, fields.town].filter(Boolean).join(', ')],
        ['Grid Reference', fields.gridRef],
        ['Latitude', fields.location ? String(fields.location.lat) : null],
        ['Longitude', fields.location ? String(fields.location.lon) : null],
        ['Site Type', siteTypeLabels[fields.siteType]],
      );
      break;
    case 'phone':
      pairs.push(['Telephone Number', fields.e164], ['IMEI', fields.imei]);
      break;
    case 'organisation':
      pairs.push(['Companies House Number', fields.companyNumber], ['Sector', fields.sector], ['Aliases', fields.aliases.join('; ')]);
      break;
    case 'email':
      pairs.push(['Email Address', fields.address]);
      break;
    case 'account':
      pairs.push(['Sort Code', fields.sortCode], ['Account Number', fields.accountNumber], ['IBAN', fields.iban]);
      break;
    case 'document':
      pairs.push(['Document Type', documentTypeLabels[fields.documentType]], ['Document Number', fields.number], ['Issuing Country', fields.country]);
      break;
  }
  return pairs.filter((pair): pair is [AttributeClassName, string] => typeof pair[1] === 'string' && pair[1].trim() !== '');
}
