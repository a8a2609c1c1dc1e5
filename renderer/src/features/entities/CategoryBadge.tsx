import {
  dataSubjectCategoryHelp,
  dataSubjectCategoryLabels,
  type DataSubjectCategory,
} from '@shared/domain/dataSubjects';

/** The DPA 2018 s38 category of a person, so victims and suspects are never confused at a glance. */
export function CategoryBadge({ category }: { category: DataSubjectCategory | null }) {
  if (!category) return null;
  return (
    <span className={`category-badge category-${category}`} title={dataSubjectCategoryHelp[category]}>
      {dataSubjectCategoryLabels[category]}
    </span>
  );
}

/** Marks entities created by bulk import that no analyst has confirmed yet. */
export function UnreviewedTag() {
  return <span className="review-tag">Extracted, unreviewed</span>;
}

/** Shown wherever an entity rests on a handling code C report: the conditions travel with it. */
export function ConditionsMarker() {
  return (
    <span className="conditions-marker" title="Handling conditions apply to a report supporting this entity">
      Conditions apply
    </span>
  );
}
