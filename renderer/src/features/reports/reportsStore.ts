import { create } from 'zustand';
import type { ReportListFilter, ReportSortKey } from '@shared/contract/calls/reports';
import type { DistrictCode } from '@shared/domain/districts';
import type { HandlingCode, IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import { formatDate, parseUkDate } from '@shared/format';
import { onSessionReset } from '../../lib/sessionReset';

/** The reports list's filters as typed (dates dd/mm/yyyy). */
export interface ListFilterForm {
  text: string;
  sourceEvaluation: SourceEvaluation | '';
  intelligenceAssessment: IntelligenceAssessment | '';
  handlingCode: HandlingCode | '';
  district: DistrictCode | '';
  exploitationType: string;
  from: string;
  to: string;
  dueForReview: boolean;
}

export interface ListSort {
  key: ReportSortKey;
  direction: 'asc' | 'desc';
}

export const emptyListFilter: ListFilterForm = {
  text: '',
  sourceEvaluation: '',
  intelligenceAssessment: '',
  handlingCode: '',
  district: '',
  exploitationType: '',
  from: '',
  to: '',
  dueForReview: false,
};

export const defaultSort: ListSort = { key: 'recordedOn', direction: 'desc' };

/** The contract's filter from the form, or the reason a date could not be read. */
export function toListFilter(form: ListFilterForm): { filter: ReportListFilter; error: string | null } {
  const from = form.from.trim() ? parseUkDate(form.from) : null;
  const to = form.to.trim() ? parseUkDate(form.to) : null;
  const error = (form.from.trim() && !from) || (form.to.trim() && !to) ? 'Enter the From and To dates as dd/mm/yyyy.' : null;
  const filter: ReportListFilter = {};
  if (form.text.trim()) filter.text = form.text.trim();
  if (form.sourceEvaluation) filter.sourceEvaluation = [form.sourceEvaluation];
  if (form.intelligenceAssessment) filter.intelligenceAssessment = [form.intelligenceAssessment];
  if (form.handlingCode) filter.handlingCode = form.handlingCode;
  if (form.district) filter.district = form.district;
  if (form.exploitationType) filter.exploitationType = form.exploitationType;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (form.dueForReview) filter.dueForReview = true;
  return { filter, error };
}

/** A saved filter back in the form (only the first of several codes: the form picks one). */
export function formFromListFilter(filter: ReportListFilter): ListFilterForm {
  return {
    text: filter.text ?? '',
    sourceEvaluation: filter.sourceEvaluation?.[0] ?? '',
    intelligenceAssessment: filter.intelligenceAssessment?.[0] ?? '',
    handlingCode: filter.handlingCode ?? '',
    district: filter.district ?? '',
    exploitationType: filter.exploitationType ?? '',
    from: filter.from ? formatDate(filter.from) : '',
    to: filter.to ? formatDate(filter.to) : '',
    dueForReview: filter.dueForReview ?? false,
  };
}

export interface ReportsListState {
  filter: ListFilterForm;
  sort: ListSort;
  /** The saved filter last applied, while the form still matches it. */
  savedViewId: string | null;
}

export const initialReportsListState: ReportsListState = { filter: emptyListFilter, sort: defaultSort, savedViewId: null };

/** Pure transitions, tested without React. */
export const reportsListTransitions = {
  updateFilter:
    (patch: Partial<ListFilterForm>) =>
    (state: ReportsListState): Partial<ReportsListState> => ({ filter: { ...state.filter, ...patch }, savedViewId: null }),
  clearFilter: () => (): Partial<ReportsListState> => ({ filter: emptyListFilter, savedViewId: null }),
  applySavedView:
    (view: { id: string; filter: ReportListFilter }) =>
    (): Partial<ReportsListState> => ({ filter: formFromListFilter(view.filter), savedViewId: view.id }),
  /** Clicking the sorted column again reverses it; a new column starts in its natural order. */
  sortBy:
    (key: ReportSortKey) =>
    (state: ReportsListState): Partial<ReportsListState> => {
      if (state.sort.key === key) return { sort: { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' } };
      const textual = key === 'urn' || key === 'title' || key === 'grade';
      return { sort: { key, direction: textual ? 'asc' : 'desc' } };
    },
};

interface ReportsListStore extends ReportsListState {
  updateFilter(patch: Partial<ListFilterForm>): void;
  clearFilter(): void;
  applySavedView(view: { id: string; filter: ReportListFilter }): void;
  sortBy(key: ReportSortKey): void;
}

/** Kept in a store so the list comes back as it was after opening a report. */
export const useReportsListStore = create<ReportsListStore>()((set) => ({
  ...initialReportsListState,
  updateFilter: (patch) => set(reportsListTransitions.updateFilter(patch)),
  clearFilter: () => set(reportsListTransitions.clearFilter()),
  applySavedView: (view) => set(reportsListTransitions.applySavedView(view)),
  sortBy: (key) => set(reportsListTransitions.sortBy(key)),
}));

// Filters can hold names and identifiers typed by the analyst: forget them when the vault locks.
onSessionReset(() => useReportsListStore.setState(initialReportsListState));
