/**
 * An entities-file row as entity input for validateEntity, laid over the entity already in the
 * vault when there is one (columns the file does not have keep their stored values), and the
 * way back from stored fields to input.
 */
import { commonLanguages } from '@shared/domain/languages';
import { commonNationalities, countryName } from '@shared/domain/countries';
import { dataSubjectCategoryCodes, dataSubjectCategoryLabels, type DataSubjectCategory } from '@shared/domain/dataSubjects';
import { districtCodes, districtName } from '@shared/domain/districts';
import { entityTypeCodes, entityTypeLabels, type EntityType } from '@shared/domain/entityTypes';
import { siteTypeCodes, siteTypeLabels, type SiteType } from '@shared/domain/siteTypes';
import { documentTypeCodes, documentTypeLabels, type DocumentType, type EntityFields } from '@shared/schemas/entity';
import { entityColumns } from '@shared/ingest/entityColumns';
import { codeLookup, dateCell, listCell, nullableTextCell, numberCell, textCell, type RowCells } from './cells';
import { RowRejected } from './rowProblem';

export const entityTypeOf = codeLookup(entityTypeCodes, (code) => entityTypeLabels[code as EntityType], {
  address: 'site',
  location: 'site',
  premises: 'site',
  car: 'vehicle',
  telephone: 'phone',
  mobile: 'phone',
  company: 'organisation',
  business: 'organisation',
  organization: 'organisation',
  'e-mail': 'email',
  'bank account': 'account',
  'identity document': 'document',
});
const category = codeLookup(dataSubjectCategoryCodes, (code) => dataSubjectCategoryLabels[code as DataSubjectCategory]);
const siteType = codeLookup(siteTypeCodes, (code) => siteTypeLabels[code as SiteType]);
const district = codeLookup(districtCodes, districtName);
const documentType = codeLookup(documentTypeCodes, (code) => documentTypeLabels[code as DocumentType], { 'national insurance': 'nino', ni: 'nino', 'id card': 'id_card' });
const gender = codeLookup(['female', 'male', 'other', 'unknown'], () => null, { f: 'female', m: 'male', u: 'unknown', 'not known': 'unknown' });
/** Every ISO 3166 alpha-2 code the platform names (AA…ZZ tried once), so "Moldova" finds MD. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const countryCodes = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => `${first}${second}`)).filter((code) => countryName(code) !== null);
/** Country codes, also from a country's name or a curated nationality ("Moldova", "Romanian"). */
const country = codeLookup(countryCodes, countryName, Object.fromEntries(commonNationalities.map((entry) => [entry.nationality, entry.code])));
const language = codeLookup(
  commonLanguages.map((entry) => entry.code),
  (code) => commonLanguages.find((entry) => entry.code === code)?.name ?? null,
);

const columnsByName = new Map(entityColumns.map((column) => [column.name, column]));

/** The entity type a row names, or a rejection naming the choices. */
export function rowEntityType(cells: RowCells): EntityType {
  const written = cells.filled('type');
  if (written === undefined) throw new RowRejected('type', 'Entity type is required: person, site, vehicle, phone, organisation, email, account or document.');
  const type = entityTypeOf(written);
  if (!(entityTypeCodes as readonly string[]).includes(type)) {
    throw new RowRejected('type', `Entity type “${written.trim()}” is not one Fenlight knows: use person, site, vehicle, phone, organisation, email, account or document.`);
  }
  return type as EntityType;
}

/** A filled cell in a column that belongs to another type is refused rather than silently dropped. */
export function checkColumnsApply(type: EntityType, cells: RowCells): void {
  for (const column of entityColumns) {
    if (column.types === null || column.types.includes(type) || cells.filled(column.name) === undefined) continue;
    const hint = type === 'site' && column.name === 'name' ? ' (a site’s name goes in site_name)' : '';
    throw new RowRejected(
      column.name,
      `${column.label} does not apply to ${entityTypeLabels[type].toLowerCase()} rows${hint}: leave it blank, or put it on a row of its own type and link the two in a links file.`,
    );
  }
}

type Input = Record<string, unknown>;

/** Sets a field from a column only when the file has that column. */
function put(input: Input, cells: RowCells, column: string, key: string, value: unknown): void {
  if (cells.has(column)) input[key] = value;
}

function label(column: string): string {
  return columnsByName.get(column)?.label ?? column;
}

function lookupOrNull(lookup: (value: string) => string, value: string | null | undefined): string | null | undefined {
  return typeof value === 'string' ? lookup(value) : value;
}

function lookupOrMissing(lookup: (value: string) => string, cells: RowCells, column: string): string | undefined {
  const value = cells.filled(column);
  return value === undefined ? undefined : lookup(value);
}

function siteLines(cells: RowCells, stored: readonly string[]): string[] {
  const lines = [...stored];
  ['address_line_1', 'address_line_2', 'address_line_3'].forEach((column, index) => {
    if (cells.has(column)) lines[index] = cells.raw(column) ?? '';
  });
  // Stored lines beyond the three columns stay; blank lines close up.
  return lines.filter((line) => line !== undefined && line.trim() !== '');
}

function location(cells: RowCells, base: Input): void {
  if (!cells.has('latitude') && !cells.has('longitude')) {
    // A new grid reference moves the site; the stored location must not win over it.
    if (cells.filled('grid_ref') !== undefined) base.location = null;
    return;
  }
  const lat = numberCell(cells, 'latitude', label('latitude'));
  const lon = numberCell(cells, 'longitude', label('longitude'));
  if ((lat ?? null) === null && (lon ?? null) === null) {
    base.location = null;
    return;
  }
  if (lat === null || lat === undefined) throw new RowRejected('latitude', 'Latitude is needed with the longitude.');
  if (lon === null || lon === undefined) throw new RowRejected('longitude', 'Longitude is needed with the latitude.');
  base.location = { lat, lon };
}

/** The row laid over `base` (the stored entity as input, or just its type for a new one). */
export function entityInputFromRow(type: EntityType, cells: RowCells, base: Input): Input {
  const input: Input = { ...base, type };
  switch (type) {
    case 'person':
      put(input, cells, 'name', 'name', textCell(cells, 'name'));
      put(input, cells, 'aliases', 'aliases', listCell(cells, 'aliases'));
      put(input, cells, 'date_of_birth', 'dateOfBirth', dateCell(cells, 'date_of_birth', label('date_of_birth')));
      put(input, cells, 'estimated_age', 'estimatedAge', numberCell(cells, 'estimated_age', label('estimated_age'), { integer: true }));
      put(input, cells, 'gender', 'gender', lookupOrMissing(gender, cells, 'gender'));
      put(input, cells, 'nationalities', 'nationalities', listCell(cells, 'nationalities')?.map(country));
      put(input, cells, 'first_language', 'firstLanguage', lookupOrNull(language, nullableTextCell(cells, 'first_language')));
      put(input, cells, 'category', 'category', lookupOrMissing(category, cells, 'category'));
      break;
    case 'site':
      put(input, cells, 'site_name', 'name', textCell(cells, 'site_name'));
      input.lines = siteLines(cells, (base.lines as string[] | undefined) ?? []);
      put(input, cells, 'town', 'town', textCell(cells, 'town'));
      put(input, cells, 'postcode', 'postcode', nullableTextCell(cells, 'postcode'));
      location(cells, input);
      put(input, cells, 'grid_ref', 'gridRef', nullableTextCell(cells, 'grid_ref'));
      put(input, cells, 'site_type', 'siteType', lookupOrMissing(siteType, cells, 'site_type'));
      put(input, cells, 'district', 'district', lookupOrNull(district, nullableTextCell(cells, 'district')));
      break;
    case 'vehicle':
      put(input, cells, 'vrm', 'vrm', cells.filled('vrm'));
      put(input, cells, 'vehicle_country', 'country', lookupOrMissing(country, cells, 'vehicle_country'));
      put(input, cells, 'make', 'make', textCell(cells, 'make'));
      put(input, cells, 'model', 'model', textCell(cells, 'model'));
      put(input, cells, 'colour', 'colour', textCell(cells, 'colour'));
      break;
    case 'phone':
      put(input, cells, 'phone', 'number', cells.filled('phone'));
      put(input, cells, 'imei', 'imei', nullableTextCell(cells, 'imei'));
      break;
    case 'organisation':
      put(input, cells, 'name', 'name', textCell(cells, 'name'));
      put(input, cells, 'aliases', 'aliases', listCell(cells, 'aliases'));
      put(input, cells, 'company_number', 'companyNumber', nullableTextCell(cells, 'company_number'));
      put(input, cells, 'sector', 'sector', textCell(cells, 'sector'));
      break;
    case 'email':
      put(input, cells, 'email', 'address', cells.filled('email'));
      break;
    case 'account':
      put(input, cells, 'sort_code', 'sortCode', nullableTextCell(cells, 'sort_code'));
      put(input, cells, 'account_number', 'accountNumber', nullableTextCell(cells, 'account_number'));
      put(input, cells, 'iban', 'iban', nullableTextCell(cells, 'iban'));
      put(input, cells, 'bank_name', 'bankName', textCell(cells, 'bank_name'));
      break;
    case 'document':
      put(input, cells, 'document_type', 'documentType', lookupOrMissing(documentType, cells, 'document_type'));
      put(input, cells, 'document_number', 'number', cells.filled('document_number'));
      put(input, cells, 'document_country', 'country', lookupOrNull(country, nullableTextCell(cells, 'document_country')));
      put(input, cells, 'holder_name', 'holderName', textCell(cells, 'holder_name'));
      break;
  }
  return input;
}

/**
 * Stored fields as input again. Optional text fields are stored as null but entered as '' (the
 * schema turns '' into null); the derived parts of identifiers (display forms, E.164 and
 * national phone forms) are dropped and worked out anew from the stored value.
 */
export function entityInputFromFields(fields: EntityFields): Input {
  const text = (value: string | null) => value ?? '';
  switch (fields.type) {
    case 'person':
      return { ...fields, victim: fields.victim === null ? null : { ...fields.victim, nrmReference: text(fields.victim.nrmReference), coordinator: text(fields.victim.coordinator) } };
    case 'organisation':
      return { ...fields, sector: text(fields.sector) };
    case 'site':
      return { ...fields, name: text(fields.name), town: text(fields.town) };
    case 'vehicle':
      return { type: 'vehicle', vrm: fields.vrm, country: fields.country, make: text(fields.make), model: text(fields.model), colour: text(fields.colour) };
    case 'phone':
      return { type: 'phone', number: fields.e164, imei: fields.imei };
    case 'email':
      return { type: 'email', address: fields.address };
    case 'account':
      return { type: 'account', sortCode: fields.sortCode, accountNumber: fields.accountNumber, iban: fields.iban, bankName: text(fields.bankName) };
    case 'document':
      return { type: 'document', documentType: fields.documentType, number: fields.number, country: fields.country, holderName: text(fields.holderName) };
  }
}

/** Entity field (as a validation issue names it) → canonical column, per type. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  name: 'name',
  aliases: 'aliases',
  dateOfBirth: 'date_of_birth',
  estimatedAge: 'estimated_age',
  gender: 'gender',
  nationalities: 'nationalities',
  firstLanguage: 'first_language',
  category: 'category',
  town: 'town',
  postcode: 'postcode',
  location: 'latitude',
  gridRef: 'grid_ref',
  siteType: 'site_type',
  district: 'district',
  vrm: 'vrm',
  make: 'make',
  model: 'model',
  colour: 'colour',
  imei: 'imei',
  companyNumber: 'company_number',
  sector: 'sector',
  address: 'email',
  sortCode: 'sort_code',
  accountNumber: 'account_number',
  iban: 'iban',
  bankName: 'bank_name',
  documentType: 'document_type',
  holderName: 'holder_name',
};

/** For problems with the whole entity (e.g. a VRM checked after the country is known). */
const ROOT_COLUMNS: Partial<Record<EntityType, string>> = { vehicle: 'vrm', phone: 'phone', email: 'email', document: 'document_number' };

export function entityColumnFor(type: EntityType, path: string): string | null {
  const [field = '', index] = path.split('.');
  if (field === '') return ROOT_COLUMNS[type] ?? null;
  if (type === 'site' && field === 'name') return 'site_name';
  if (type === 'site' && field === 'lines') return `address_line_${Math.min(3, Number(index?.replace(/\D/g, '') || 1))}`;
  if (field === 'country') return type === 'vehicle' ? 'vehicle_country' : 'document_country';
  if (field === 'number') return type === 'phone' ? 'phone' : 'document_number';
  return FIELD_COLUMNS[field] ?? null;
}
