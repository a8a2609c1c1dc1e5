import { useId } from 'react';
import {
  dataSubjectCategoryCodes,
  dataSubjectCategoryLabels,
  type DataSubjectCategory,
} from '@shared/domain/dataSubjects';
import { entityTypeCodes, entityTypePluralLabels, type EntityType } from '@shared/domain/entityTypes';
import type { ReviewState } from '@shared/records';
import { useEntitiesStore, type EntitySort } from '../entitiesStore';

const sortLabels: Record<EntitySort, string> = {
  label: 'Name',
  updatedAt: 'Recently updated',
  evidence: 'Most evidence',
};

/** Type, data-subject category, review state, text and sort for the entities list. */
export function EntityFilterBar({ hideReviewState = false }: { hideReviewState?: boolean }) {
  const id = useId();
  const filters = useEntitiesStore((state) => state.filters);
  const filter = useEntitiesStore((state) => state.filter);
  const clearFilters = useEntitiesStore((state) => state.clearFilters);
  return (
    <form
      className="entity-filters"
      aria-label="Filter entities"
      role="search"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="form-field entity-filter-text">
        <label htmlFor={`${id}-text`}>Search entities</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filters.text}
          onChange={(event) => filter({ text: event.target.value })}
          placeholder="Name, VRM, postcode, phone…"
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={filters.type}
          onChange={(event) => filter({ type: event.target.value as EntityType | '' })}
        >
          <option value="">All types</option>
          {entityTypeCodes.map((type) => (
            <option key={type} value={type}>
              {entityTypePluralLabels[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-category`}>Data subject category</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => filter({ category: event.target.value as DataSubjectCategory | '' })}
        >
          <option value="">All categories</option>
          {dataSubjectCategoryCodes.map((category) => (
            <option key={category} value={category}>
              {dataSubjectCategoryLabels[category]}
            </option>
          ))}
        </select>
      </div>
      {!hideReviewState && (
        <div className="form-field">
          <label htmlFor={`${id}-review`}>Review state</label>
          <select
            id={`${id}-review`}
            value={filters.reviewState}
            onChange={(event) => filter({ reviewState: event.target.value as ReviewState | '' })}
          >
            <option value="">All</option>
            <option value="unreviewed">Extracted, unreviewed</option>
            <option value="reviewed">Reviewed</option>
          </select>
        </div>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={filters.sort}
          onChange={(event) => filter({ sort: event.target.value as EntitySort })}
        >
          {(Object.keys(sortLabels) as EntitySort[]).map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="entity-filter-clear">
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
