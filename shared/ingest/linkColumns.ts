/**
 * The canonical columns of a links file (CSV or XLSX), documented in the README. Each end is
 * named by its entity type and the key an analyst would write for it: a VRM, a phone number, a
 * postcode with the first line of the address, a person's name with their date of birth. Keys
 * are normalised exactly as identity keys are (shared/entities/describe.ts), so "ab12cde" finds
 * AB12 CDE. Dates are dd/mm/yyyy or yyyy-mm-dd.
 */
import type { CanonicalColumn } from './reportColumns';

export const linkColumns: readonly CanonicalColumn[] = [
  { name: 'from_type', label: 'From type', required: true, help: 'The entity type at the “from” end, e.g. person.' },
  { name: 'from_key', label: 'From key', required: true, help: 'How to find it, e.g. “Ionut Popescu, 12/03/1990”, “AB12 CDE”, “PE13 2AB, 14 Mill Road”.' },
  { name: 'to_type', label: 'To type', required: true, help: 'The entity type at the “to” end, e.g. site.' },
  { name: 'to_key', label: 'To key', required: true, help: 'As for From key.' },
  { name: 'link_type', label: 'Link type', required: true, help: 'A link type code or label, e.g. lives_at or Lives at.' },
  { name: 'strength', label: 'Strength', required: true, help: 'confirmed, unconfirmed or tentative.' },
  { name: 'directed', label: 'Direction', required: false, help: 'yes or no; the link type’s usual direction when blank.' },
  { name: 'valid_from', label: 'Valid from', required: false, help: 'dd/mm/yyyy.' },
  { name: 'valid_to', label: 'Valid to', required: false, help: 'dd/mm/yyyy.' },
  { name: 'notes', label: 'Notes', required: false, help: '' },
  { name: 'report_urn', label: 'Supporting report URN', required: false, help: 'A report already in the vault that supports this link: it becomes evidence.' },
];
