/** What kind of place a site (location entity) is, for map layers and statistics (reference/domain.md §4.4). */
import { isOneOf } from './parseResult';

export const siteTypeCodes = [
  'hand_car_wash',
  'nail_bar',
  'takeaway_restaurant',
  'care_provider',
  'agriculture',
  'food_processing',
  'factory_warehouse',
  'construction_site',
  'hmo_shared_house',
  'private_residence',
  'brothel',
  'cannabis_farm',
  'trap_house',
  'legitimate_employer',
  'recruitment_agency',
  'transport_hub',
  'other',
] as const;
export type SiteType = (typeof siteTypeCodes)[number];

export const siteTypeLabels: Record<SiteType, string> = {
  hand_car_wash: 'Hand car wash',
  nail_bar: 'Nail bar or beauty salon',
  takeaway_restaurant: 'Takeaway or restaurant',
  care_provider: 'Care home or home-care provider',
  agriculture: 'Agriculture (fields, glasshouses, packhouses)',
  food_processing: 'Food processing or packing factory',
  factory_warehouse: 'Warehouse or factory',
  construction_site: 'Construction site',
  hmo_shared_house: 'House in multiple occupation (HMO) or shared house',
  private_residence: 'Private residence',
  brothel: 'Brothel (residential flat, hotel or short-let)',
  cannabis_farm: 'Cannabis farm (house or industrial unit)',
  trap_house: 'Street location or trap house (county lines)',
  legitimate_employer: 'Legitimate employer where wages are taken',
  recruitment_agency: 'Recruitment or employment agency, or gangmaster',
  transport_hub: 'Transport hub or pick-up point',
  other: 'Other',
};

export const siteTypeHelp: Partial<Record<SiteType, string>> = {
  hmo_shared_house: 'Where workers are housed; often overcrowded, sometimes owned or let by the exploiters.',
  legitimate_employer: 'A lawful business whose workers’ wages are taken by exploiters, for example through controlled bank accounts. The business itself may not be involved.',
  recruitment_agency: 'Gangmasters supplying workers to agriculture, food processing and shellfish gathering need a GLAA licence.',
  transport_hub: 'Where workers are collected or dropped off, often early in the morning, for example a car park or lay-by.',
};

export const isSiteType = (value: unknown): value is SiteType => isOneOf(siteTypeCodes, value);
