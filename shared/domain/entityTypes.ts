/**
 * The kinds of entity drawn from reports onto the link chart and map, with their FollowTheMoney
 * (FtM) equivalents for exchange (reference/link-analysis.md §4).
 */
import { isOneOf } from './parseResult';

export const entityTypeCodes = ['person', 'site', 'vehicle', 'phone', 'organisation', 'email', 'account', 'document'] as const;
export type EntityType = (typeof entityTypeCodes)[number];

export const entityTypeLabels: Record<EntityType, string> = {
  person: 'Person',
  site: 'Address or site',
  vehicle: 'Vehicle',
  phone: 'Phone',
  organisation: 'Organisation',
  email: 'Email address',
  account: 'Bank account',
  document: 'Identity document',
};

export const entityTypePluralLabels: Record<EntityType, string> = {
  person: 'People',
  site: 'Addresses and sites',
  vehicle: 'Vehicles',
  phone: 'Phones',
  organisation: 'Organisations',
  email: 'Email addresses',
  account: 'Bank accounts',
  document: 'Identity documents',
};

export const entityTypeHelp: Record<EntityType, string> = {
  person: 'A named or described individual, with aliases and a data-subject category (suspect, victim, witness…).',
  site: 'An address or place: a home, HMO, car wash, field, lay-by. Located by postcode, grid reference or map point.',
  vehicle: 'Identified by its registration mark (VRM), UK or foreign.',
  phone: 'A phone number (stored in international form) or handset. One person often uses many over time.',
  organisation: 'A business, gangmaster, agency or other organisation, with its Companies House number where it has one.',
  email: 'An email address.',
  account: 'A bank account, identified by sort code and account number or IBAN.',
  document: 'A passport, identity card, driving licence or residence permit, or an identity number such as a National Insurance number.',
};

/**
 * How an entity type is written in FtM. `schema` is the FtM schema used for the node, or null
 * where FtM has none (it treats phones and emails as properties of a person or organisation, so
 * `property` names that property). `alternative` is the more specific schema used when it fits
 * (a Company when the organisation is registered; a Passport when the document is one).
 * `localSchema` names the node type Fenlight adds where FtM has no schema.
 */
export interface FtmEntityMapping {
  schema: 'Person' | 'Address' | 'Vehicle' | 'Organization' | 'BankAccount' | 'Identification' | null;
  alternative: 'Company' | 'Passport' | null;
  property: 'phone' | 'email' | null;
  localSchema: 'Phone' | null;
}

export const entityTypeFtm: Record<EntityType, FtmEntityMapping> = {
  person: { schema: 'Person', alternative: null, property: null, localSchema: null },
  site: { schema: 'Address', alternative: null, property: null, localSchema: null },
  vehicle: { schema: 'Vehicle', alternative: null, property: null, localSchema: null },
  phone: { schema: null, alternative: null, property: 'phone', localSchema: 'Phone' },
  organisation: { schema: 'Organization', alternative: 'Company', property: null, localSchema: null },
  email: { schema: null, alternative: null, property: 'email', localSchema: null },
  account: { schema: 'BankAccount', alternative: null, property: null, localSchema: null },
  document: { schema: 'Identification', alternative: 'Passport', property: null, localSchema: null },
};

export const isEntityType = (value: unknown): value is EntityType => isOneOf(entityTypeCodes, value);
