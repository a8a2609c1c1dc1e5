/**
 * Who or what the intelligence came from. The report records only the type and a sterile
 * reference: a source's identity is held separately and access-controlled, never in the report.
 */
import { isOneOf } from './parseResult';

export const sourceTypeCodes = [
  'member_of_public',
  'victim',
  'witness',
  'police',
  'partner_agency',
  'business',
  'chis',
  'crimestoppers',
  'modern_slavery_helpline',
  'open_source',
  'technical',
  'other',
] as const;
export type SourceType = (typeof sourceTypeCodes)[number];

export const sourceTypeLabels: Record<SourceType, string> = {
  member_of_public: 'Member of the public',
  victim: 'Victim',
  witness: 'Witness',
  police: 'Police officer or staff',
  partner_agency: 'Partner agency',
  business: 'Business',
  chis: 'CHIS (covert human intelligence source)',
  crimestoppers: 'Crimestoppers',
  modern_slavery_helpline: 'Modern Slavery Helpline',
  open_source: 'Open source',
  technical: 'Technical (ANPR, CCTV, forensic)',
  other: 'Other',
};

export const sourceTypeHelp: Partial<Record<SourceType, string>> = {
  member_of_public: 'Including reports made by phone on 101, online or through the textphone service.',
  partner_agency: 'For example a local authority, the GLAA, Immigration Enforcement, the NHS, or a charity such as the Salvation Army.',
  business: 'A business reporting concerns, for example a bank, recruitment agency or employer. A business can also be a site in the intelligence: record that separately.',
  chis: 'Record only the sterile reference. The source’s identity and risk assessment are held by the source handling unit, never in Fenlight.',
  crimestoppers: 'Anonymous by design (0800 555 111): the caller cannot be contacted or re-graded as a person.',
  modern_slavery_helpline: 'The Modern Slavery Helpline (08000 121 700) passes on reports it receives, which may be anonymous.',
  open_source: 'Publicly available material such as websites, adult services advertising and social media.',
  technical: 'Machine-generated or scientific material, such as ANPR reads, CCTV or forensic results.',
};

export const isSourceType = (value: unknown): value is SourceType => isOneOf(sourceTypeCodes, value);
