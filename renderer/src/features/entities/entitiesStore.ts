import { create } from 'zustand';
import type { CallInput } from '@shared/contract';
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { EntityType } from '@shared/domain/entityTypes';
import type { ReviewState } from '@shared/records';
import { onSessionReset } from '../../lib/sessionReset';

export const entitiesTabs = ['all', 'review', 'duplicates'] as const;
export type EntitiesTab = (typeof entitiesTabs)[number];

export type EntitySort = 'label' | 'updatedAt' | 'evidence';

export interface EntityFilters {
  type: EntityType | '';
  category: DataSubjectCategory | '';
  reviewState: ReviewState | '';
  text: string;
  sort: EntitySort;
}

export interface EntitiesState {
  tab: EntitiesTab;
  filters: EntityFilters;
}

export const emptyFilters: EntityFilters = {
  type: '',
  category: '',
  reviewState: '',
  text: '',
  sort: 'label',
};
export const initialEntitiesState: EntitiesState = { tab: 'all', filters: emptyFilters };

/** Rows fetched per request; the list asks for the next page as the analyst scrolls near the end. */
export const ENTITY_PAGE_SIZE = 200;

/** Pure transitions, tested without React; the store below binds them. */
export const entitiesTransitions = {
  showTab: (tab: EntitiesTab) => (): Partial<EntitiesState> => ({ tab }),
  filter:
    (patch: Partial<EntityFilters>) =>
    (state: EntitiesState): Partial<EntitiesState> => ({ filters: { ...state.filters, ...patch } }),
  clearFilters: () => (): Partial<EntitiesState> => ({ filters: emptyFilters }),
};

/**
 * The entities.list input for the filters as they stand (blank filters are left out); `inside`
 * limits it to the entities inside the area drawn on the map.
 */
export function listQuery(
  filters: EntityFilters,
  offset = 0,
  limit = ENTITY_PAGE_SIZE,
  inside: readonly string[] | null = null,
): CallInput<'entities.list'> {
  const text = filters.text.trim();
  return {
    ...(inside ? { ids: [...inside] } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.reviewState ? { reviewState: filters.reviewState } : {}),
    ...(text ? { text } : {}),
    sort: filters.sort,
    offset,
    limit,
  };
}

interface EntitiesStore extends EntitiesState {
  showTab(tab: EntitiesTab): void;
  filter(patch: Partial<EntityFilters>): void;
  clearFilters(): void;
}

export const useEntitiesStore = create<EntitiesStore>()((set) => ({
  ...initialEntitiesState,
  showTab: (tab) => set(entitiesTransitions.showTab(tab)),
  filter: (patch) => set(entitiesTransitions.filter(patch)),
  clearFilters: () => set(entitiesTransitions.clearFilters()),
}));

// Search text can hold a name: it goes when the vault locks.
onSessionReset(() => useEntitiesStore.setState(initialEntitiesState));
