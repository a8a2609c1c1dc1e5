/**
 * The canonical columns of a reports file (CSV or XLSX), documented in the README. Other headers
 * are mapped onto these in the import's column-mapping step. Lists (exploitation types,
 * indicators) are separated by semicolons; dates are dd/mm/yyyy (day first) or yyyy-mm-dd.
 */
export interface CanonicalColumn {
  name: string;
  label: string;
  required: boolean;
  help: string;
}

export const reportColumns: readonly CanonicalColumn[] = [
  { name: 'urn', label: 'URN', required: true, help: 'The report’s unique reference number, as in the force system.' },
  { name: 'title', label: 'Title', required: true, help: 'A one-line title.' },
  { name: 'original_text', label: 'Original text', required: false, help: 'Unsanitised text (restricted: never exported).' },
  { name: 'sanitised_text', label: 'Sanitised text', required: false, help: 'The text as it may be disseminated.' },
  { name: 'source_evaluation', label: 'Source evaluation', required: true, help: '1, 2 or 3.' },
  { name: 'intelligence_assessment', label: 'Intelligence assessment', required: true, help: 'A to E.' },
  { name: 'handling_code', label: 'Handling code', required: true, help: 'P or C.' },
  { name: 'handling_conditions', label: 'Handling conditions', required: false, help: 'Required when the handling code is C.' },
  { name: 'protective_marking', label: 'Protective marking', required: true, help: 'OFFICIAL or OFFICIAL-SENSITIVE (with a descriptor).' },
  { name: 'source_type', label: 'Source type', required: true, help: 'A source type code, e.g. member_of_public, crimestoppers.' },
  { name: 'exploitation_types', label: 'Exploitation types', required: false, help: 'Codes separated by semicolons, e.g. labour;hand_car_wash.' },
  { name: 'indicators', label: 'Indicators', required: false, help: 'Indicator codes separated by semicolons.' },
  { name: 'occurred_on', label: 'Date occurred', required: false, help: 'dd/mm/yyyy; blank if not known.' },
  { name: 'received_on', label: 'Date received', required: true, help: 'dd/mm/yyyy.' },
  { name: 'recorded_on', label: 'Date recorded', required: true, help: 'dd/mm/yyyy.' },
  { name: 'author_name', label: 'Author', required: true, help: 'Who wrote the report.' },
  { name: 'author_staff_number', label: 'Author staff number', required: false, help: '' },
  { name: 'district', label: 'District', required: false, help: 'ONS code, e.g. E07000010 (Fenland).' },
  { name: 'mopi_group', label: 'MoPI group', required: true, help: '1, 2 or 3.' },
  { name: 'next_review_date', label: 'Next review date', required: false, help: 'Defaults from the MoPI group.' },
  { name: 'legacy_grade', label: 'Legacy 5x5x5 grade', required: false, help: 'Kept verbatim, e.g. B24.' },
];

/** Separator for list cells. */
export const LIST_SEPARATOR = ';';
