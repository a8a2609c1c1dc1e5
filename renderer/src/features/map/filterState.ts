/**
 * The map's filters as the panel holds them, and as geo.features takes them. Exploitation is
 * chosen by core type; reports may record a sub-type (hand car wash, county lines…), so a core
 * type also matches its sub-types.
 */
import type { MapFilter } from '@shared/contract/calls/geo';
import { exploitationSubtypes, type ExploitationType } from '@shared/domain/exploitation';
import type { IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import type { SiteType } from '@shared/domain/siteTypes';

export interface MapFilterState {
  /** yyyy-mm-dd, or null for no limit. */
  from: string | null;
  to: string | null;
  /** Empty means every type. */
  siteTypes: SiteType[];
  exploitation: ExploitationType[];
  minGrade: { source: SourceEvaluation; assessment: IntelligenceAssessment } | null;
  /** Also place people and vehicles at the sites they are linked to. */
  includeLinked: boolean;
}

export const initialFilters: MapFilterState = { from: null, to: null, siteTypes: [], exploitation: [], minGrade: null, includeLinked: false };

export function exploitationCodesFor(types: readonly ExploitationType[]): string[] {
  const chosen = new Set<string>(types);
  return [...types, ...exploitationSubtypes.filter((subtype) => chosen.has(subtype.parent)).map((subtype) => subtype.code)];
}

export function toGeoQuery(state: MapFilterState): { filter: MapFilter; includeLinked: boolean } {
  const filter: MapFilter = {};
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = state.to;
  if (state.siteTypes.length > 0) filter.siteTypes = [...state.siteTypes];
  if (state.exploitation.length > 0) filter.exploitationTypes = exploitationCodesFor(state.exploitation);
  if (state.minGrade) filter.minGrade = { ...state.minGrade };
  return { filter, includeLinked: state.includeLinked };
}

export function filtersActive(state: MapFilterState): number {
  return [state.from || state.to, state.siteTypes.length > 0, state.exploitation.length > 0, state.minGrade].filter(Boolean).length;
}

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Days from `first` to `last` (the slider's range), at least 0. */
export function daySpan(range: { first: string; last: string }): number {
  return Math.max(0, Math.round((utc(range.last) - utc(range.first)) / DAY_MS));
}

/** The date `days` after `first`, yyyy-mm-dd. */
export function dateAt(first: string, days: number): string {
  return new Date(utc(first) + days * DAY_MS).toISOString().slice(0, 10);
}

export function dayOf(first: string, date: string): number {
  return Math.round((utc(date) - utc(first)) / DAY_MS);
}

/** A toggled member of a list, keeping the list's order stable. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((value) => value !== item) : [...list, item];
}
