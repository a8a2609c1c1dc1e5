/**
 * Other headers seen for each canonical column, written as a person would (the comparison
 * ignores case, spaces, underscores and punctuation). They only make a first guess in the
 * mapping step: the analyst confirms or corrects it before anything is imported.
 */
import type { ImportKind } from '../contract/calls/ingest';

type Synonyms = Readonly<Record<string, readonly string[]>>;

const reports: Synonyms = {
  urn: ['Reference', 'Ref', 'Ref No', 'Reference Number', 'Report Reference', 'Report Ref', 'Intelligence Reference', 'IR Number', 'IR Ref', 'Unique Reference Number', 'Report URN', 'Log Number'],
  title: ['Subject', 'Heading', 'Report Title', 'Summary'],
  original_text: ['Original', 'Unsanitised Text', 'Unsanitized Text', 'Raw Text', 'Original Report', 'Full Text'],
  sanitised_text: ['Sanitised', 'Sanitized Text', 'Text', 'Report Text', 'Intelligence Text', 'Intelligence', 'Body', 'Details', 'Narrative'],
  source_evaluation: ['Source Eval', 'Source Grade', 'Source Grading', 'Source Reliability', 'Reliability'],
  intelligence_assessment: ['Intelligence Eval', 'Intelligence Evaluation', 'Intelligence Grade', 'Intel Assessment', 'Information Assessment', 'Information Evaluation', 'Assessment'],
  handling_code: ['Handling', 'Handling Grade', 'Dissemination Code'],
  handling_conditions: ['Conditions', 'Handling Condition', 'Handling Instructions', 'Sharing Conditions'],
  protective_marking: ['Marking', 'Classification', 'Security Classification', 'GSC', 'GPMS'],
  source_type: ['Source Category', 'Type of Source', 'Source Kind', 'How Received'],
  exploitation_types: ['Exploitation', 'Exploitation Type', 'Exploitation Category', 'Type of Exploitation'],
  indicators: ['Indicator', 'MSHT Indicators', 'Risk Indicators'],
  occurred_on: ['Occurred', 'Occurred On', 'Date of Incident', 'Incident Date', 'Event Date', 'Occurrence Date'],
  received_on: ['Received', 'Received On', 'Received Date', 'Date of Receipt'],
  recorded_on: ['Recorded', 'Recorded On', 'Recorded Date', 'Date Created', 'Created', 'Date Entered', 'Entry Date', 'Date Submitted', 'Submitted'],
  author_name: ['Author', 'Officer', 'Reporting Officer', 'Submitted By', 'Created By', 'Recorder', 'Reporting Member of Staff'],
  author_staff_number: ['Staff Number', 'Staff No', 'Collar Number', 'Collar No', 'Warrant Number', 'Officer Number'],
  district: ['Area', 'Local Authority', 'District Code', 'ONS Code'],
  mopi_group: ['MoPI', 'MoPI Grouping', 'Retention Group'],
  next_review_date: ['Review Date', 'Next Review', 'MoPI Review Date', 'Review Due'],
  legacy_grade: ['Grading', 'Grade', '5x5x5', '5x5x5 Grade', 'Legacy Grading', 'Old Grade', 'Original Grading'],
};

const entities: Synonyms = {
  type: ['Entity Type', 'Kind', 'Record Type'],
  name: ['Full Name', 'Person Name', 'Organisation Name', 'Organization Name', 'Company Name', 'Business Name', 'Nominal'],
  aliases: ['Alias', 'AKA', 'Also Known As', 'Other Names'],
  date_of_birth: ['DOB', 'Birth Date', 'Born'],
  estimated_age: ['Age', 'Approx Age', 'Approximate Age'],
  gender: ['Sex'],
  nationalities: ['Nationality', 'Citizenship'],
  first_language: ['Language', 'Main Language', 'Primary Language'],
  category: ['Data Subject Category', 'Subject Category', 'Role', 'Person Category'],
  site_name: ['Premises', 'Premises Name', 'Site', 'Location Name', 'Business Premises'],
  address_line_1: ['Address', 'Address 1', 'Address1', 'Street', 'First Line'],
  address_line_2: ['Address 2', 'Address2', 'Locality'],
  address_line_3: ['Address 3', 'Address3'],
  town: ['City', 'Town/City', 'Post Town'],
  postcode: ['Post Code', 'Postal Code'],
  latitude: ['Lat'],
  longitude: ['Lon', 'Long', 'Lng'],
  grid_ref: ['Grid Reference', 'OS Grid Ref', 'OS Grid Reference', 'NGR'],
  site_type: ['Premises Type', 'Location Type', 'Type of Site'],
  district: ['Area', 'Local Authority'],
  vrm: ['Registration', 'Reg', 'Reg No', 'Vehicle Registration', 'Registration Mark', 'Number Plate', 'VRN'],
  vehicle_country: ['Country of Registration', 'Registration Country'],
  make: ['Vehicle Make', 'Manufacturer'],
  model: ['Vehicle Model'],
  colour: ['Color', 'Vehicle Colour'],
  phone: ['Phone Number', 'Telephone', 'Telephone Number', 'Tel', 'Mobile', 'Mobile Number', 'MSISDN'],
  imei: ['Handset IMEI'],
  company_number: ['Companies House Number', 'Company No', 'Company Registration Number', 'CRN'],
  sector: ['Industry', 'Business Sector', 'Business Type'],
  email: ['Email Address', 'E-mail', 'E-mail Address'],
  sort_code: ['Sort'],
  account_number: ['Account No', 'Acc No', 'Account'],
  iban: [],
  bank_name: ['Bank'],
  document_type: ['Doc Type', 'ID Type'],
  document_number: ['Doc Number', 'Document No', 'Passport Number', 'ID Number'],
  document_country: ['Issuing Country', 'Country of Issue'],
  holder_name: ['Name on Document', 'Document Holder'],
  report_urn: ['URN', 'Report', 'Report Reference', 'Source Report', 'Reference', 'Ref'],
};

const links: Synonyms = {
  from_type: ['From Entity Type', 'Type 1', 'Entity 1 Type'],
  from_key: ['From', 'From Entity', 'Entity 1', 'Source Entity'],
  to_type: ['To Entity Type', 'Type 2', 'Entity 2 Type'],
  to_key: ['To', 'To Entity', 'Entity 2', 'Target Entity'],
  link_type: ['Relationship', 'Relation', 'Link', 'Association', 'Type'],
  strength: ['Confidence', 'Link Strength'],
  directed: ['Direction', 'Directional'],
  valid_from: ['From Date', 'Start Date', 'Start'],
  valid_to: ['To Date', 'End Date', 'End'],
  notes: ['Note', 'Comments', 'Comment', 'Description'],
  report_urn: ['URN', 'Report', 'Report Reference', 'Source Report', 'Reference', 'Ref'],
};

export const headerSynonyms: Readonly<Record<ImportKind, Synonyms>> = { reports, entities, links };
