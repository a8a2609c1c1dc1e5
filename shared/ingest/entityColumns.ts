/**
 * The canonical columns of an entities file (CSV or XLSX), documented in the README. One row is
 * one entity; `type` says which kind, and only the columns for that kind may be filled in (the
 * others stay blank). Names follow shared/schemas/entity.ts. Lists are separated by semicolons;
 * dates are dd/mm/yyyy (day first) or yyyy-mm-dd.
 */
import type { EntityType } from '../domain/entityTypes';
import type { CanonicalColumn } from './reportColumns';

export interface EntityColumn extends CanonicalColumn {
  /** The entity types the column applies to; null for columns every row may fill (type, report_urn). */
  types: readonly EntityType[] | null;
}

export const entityColumns: readonly EntityColumn[] = [
  { name: 'type', label: 'Entity type', required: true, types: null, help: 'person, site, vehicle, phone, organisation, email, account or document.' },
  { name: 'name', label: 'Name', required: false, types: ['person', 'organisation'], help: 'A person’s or organisation’s name, as written.' },
  { name: 'aliases', label: 'Aliases', required: false, types: ['person', 'organisation'], help: 'Other names, separated by semicolons.' },
  { name: 'date_of_birth', label: 'Date of birth', required: false, types: ['person'], help: 'dd/mm/yyyy.' },
  { name: 'estimated_age', label: 'Estimated age', required: false, types: ['person'], help: 'Whole years, when the date of birth is not known.' },
  { name: 'gender', label: 'Gender', required: false, types: ['person'], help: 'female, male, other or unknown (F and M are accepted).' },
  { name: 'nationalities', label: 'Nationalities', required: false, types: ['person'], help: 'Two-letter country codes (or names), separated by semicolons, e.g. RO;GB.' },
  { name: 'first_language', label: 'First language', required: false, types: ['person'], help: 'A language code (or name), e.g. ro or Romanian.' },
  { name: 'category', label: 'Data subject category', required: false, types: ['person'], help: 'suspect, convicted, victim, potential_victim, witness or other. Required for people.' },
  { name: 'site_name', label: 'Site name', required: false, types: ['site'], help: 'The name of a business or place, e.g. Sparkle Hand Car Wash.' },
  { name: 'address_line_1', label: 'Address line 1', required: false, types: ['site'], help: 'First line of the address.' },
  { name: 'address_line_2', label: 'Address line 2', required: false, types: ['site'], help: '' },
  { name: 'address_line_3', label: 'Address line 3', required: false, types: ['site'], help: '' },
  { name: 'town', label: 'Town', required: false, types: ['site'], help: '' },
  { name: 'postcode', label: 'Postcode', required: false, types: ['site'], help: 'e.g. PE13 2AB.' },
  { name: 'latitude', label: 'Latitude', required: false, types: ['site'], help: 'WGS84 decimal degrees, with longitude.' },
  { name: 'longitude', label: 'Longitude', required: false, types: ['site'], help: 'WGS84 decimal degrees, with latitude.' },
  { name: 'grid_ref', label: 'Grid reference', required: false, types: ['site'], help: 'OS grid reference, e.g. TF 462 096.' },
  { name: 'site_type', label: 'Site type', required: false, types: ['site'], help: 'A site type code, e.g. hand_car_wash, hmo_shared_house. Required for sites.' },
  { name: 'district', label: 'District', required: false, types: ['site'], help: 'ONS code or name, e.g. E07000010 or Fenland.' },
  { name: 'vrm', label: 'Registration mark (VRM)', required: false, types: ['vehicle'], help: 'e.g. AB12 CDE.' },
  { name: 'vehicle_country', label: 'Country of registration', required: false, types: ['vehicle'], help: 'Two-letter code; GB when blank.' },
  { name: 'make', label: 'Make', required: false, types: ['vehicle'], help: '' },
  { name: 'model', label: 'Model', required: false, types: ['vehicle'], help: '' },
  { name: 'colour', label: 'Colour', required: false, types: ['vehicle'], help: '' },
  { name: 'phone', label: 'Phone number', required: false, types: ['phone'], help: 'UK or international, e.g. 07700 900123 or +40 712 345 678.' },
  { name: 'imei', label: 'IMEI', required: false, types: ['phone'], help: '15 digits.' },
  { name: 'company_number', label: 'Company number', required: false, types: ['organisation'], help: 'Companies House number.' },
  { name: 'sector', label: 'Sector', required: false, types: ['organisation'], help: 'e.g. Hand car wash, Agriculture.' },
  { name: 'email', label: 'Email address', required: false, types: ['email'], help: '' },
  { name: 'sort_code', label: 'Sort code', required: false, types: ['account'], help: 'With the account number, e.g. 12-34-56.' },
  { name: 'account_number', label: 'Account number', required: false, types: ['account'], help: '8 digits.' },
  { name: 'iban', label: 'IBAN', required: false, types: ['account'], help: 'Instead of sort code and account number.' },
  { name: 'bank_name', label: 'Bank', required: false, types: ['account'], help: '' },
  { name: 'document_type', label: 'Document type', required: false, types: ['document'], help: 'passport, id_card, nino, driving_licence, residence_permit or other.' },
  { name: 'document_number', label: 'Document number', required: false, types: ['document'], help: '' },
  { name: 'document_country', label: 'Issuing country', required: false, types: ['document'], help: 'Two-letter code.' },
  { name: 'holder_name', label: 'Name on document', required: false, types: ['document'], help: '' },
  { name: 'report_urn', label: 'Supporting report URN', required: false, types: null, help: 'A report already in the vault that supports this entity: it becomes evidence.' },
];
