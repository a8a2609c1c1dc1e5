/**
 * The Cambridgeshire police force area and its six local authority areas, with their ONS
 * (GSS) codes (reference/domain.md §5.1). The force area is the ceremonial county, so it
 * includes Peterborough, which is a unitary authority outside Cambridgeshire County Council.
 */
import { isOneOf } from './parseResult';

export const districtCodes = ['E07000008', 'E07000009', 'E07000010', 'E07000011', 'E07000012', 'E06000031'] as const;
export type DistrictCode = (typeof districtCodes)[number];

export type DistrictKind = 'non-metropolitan district' | 'unitary authority';

export interface District {
  code: DistrictCode;
  name: string;
  kind: DistrictKind;
  /** False for Peterborough, which is not part of Cambridgeshire County Council's area. */
  inCounty: boolean;
}

export const districts: readonly District[] = [
  { code: 'E07000008', name: 'Cambridge', kind: 'non-metropolitan district', inCounty: true },
  { code: 'E07000009', name: 'East Cambridgeshire', kind: 'non-metropolitan district', inCounty: true },
  { code: 'E07000010', name: 'Fenland', kind: 'non-metropolitan district', inCounty: true },
  { code: 'E07000011', name: 'Huntingdonshire', kind: 'non-metropolitan district', inCounty: true },
  { code: 'E07000012', name: 'South Cambridgeshire', kind: 'non-metropolitan district', inCounty: true },
  { code: 'E06000031', name: 'Peterborough', kind: 'unitary authority', inCounty: false },
];

/** Cambridgeshire County Council's area (excludes Peterborough). */
export const COUNTY = { code: 'E10000003', name: 'Cambridgeshire' } as const;
export const COMBINED_AUTHORITY = { code: 'E47000008', name: 'Cambridgeshire and Peterborough Combined Authority' } as const;
/** The police force area (E23000026 is Bedfordshire: a transposition to watch for). */
export const POLICE_FORCE_AREA = { code: 'E23000023', name: 'Cambridgeshire', force: 'Cambridgeshire Constabulary' } as const;

export const isDistrictCode = (value: unknown): value is DistrictCode => isOneOf(districtCodes, value);

/** "Fenland" for E07000010; null for a code that is not one of the six. */
export function districtName(code: string): string | null {
  return districts.find((district) => district.code === code)?.name ?? null;
}
