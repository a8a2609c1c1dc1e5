import { isDataSubjectCategory, dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { isSiteType, siteTypeLabels } from '@shared/domain/siteTypes';
import { formatDate } from '@shared/format';
import type { DuplicateCandidate, DuplicateField, EntitySummary } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { useShellStore } from '../../shell/shellStore';
import { CategoryBadge } from '../CategoryBadge';
import { languageLabel, nationalityName } from '../forms/codeLists';

const genderLabels: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not known',
};

const relationLabels: Record<DuplicateField['relation'], string> = {
  match: 'Match',
  clash: 'Clash',
  'one-sided': 'One side only',
};

/** The engine compares stored values (codes, ISO dates); the analyst reads them in words. */
export function displayValue(field: string, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (field === 'category' && isDataSubjectCategory(value)) return dataSubjectCategoryLabels[value];
  if (field === 'siteType' && isSiteType(value)) return siteTypeLabels[value];
  if (field === 'gender') return genderLabels[value] ?? value;
  if (field === 'nationalities') return value.split(', ').map(nationalityName).join(', ');
  if (field === 'firstLanguage') return languageLabel(value);
  return value;
}

function Side({ entity, side }: { entity: EntitySummary; side: 'Left' | 'Right' }) {
  const openRecord = useShellStore((state) => state.openRecord);
  return (
    <div className="duplicate-side">
      <span className="muted">{side}</span>
      <button
        type="button"
        className="link-button"
        onClick={() => openRecord({ kind: 'entity', id: entity.id })}
        aria-label={`Open ${entity.chartLabel} (${side.toLowerCase()})`}
      >
        {entity.chartLabel}
      </button>
      <span className="duplicate-facts">
        <CategoryBadge category={entity.category} /> <GradeBadge grade={entity.bestGrade} />{' '}
        {entity.evidenceCount} evidence
      </span>
    </div>
  );
}

interface DuplicateCardProps {
  candidate: DuplicateCandidate;
  onMerge(survivor: EntitySummary, merged: EntitySummary): void;
  onDismiss(): void;
}

/** Two possible duplicates side by side, each field marked match, clash or one side only (as i2's merge shows them). */
export function DuplicateCard({ candidate, onMerge, onDismiss }: DuplicateCardProps) {
  const { left, right } = candidate;
  const name = `${left.label} and ${right.label}`;
  return (
    <section className="duplicate-card" aria-label={`Possible duplicate: ${name}`}>
      <header className="duplicate-head">
        <h3>
          {entityTypeLabels[left.type]}: {name}
        </h3>
        <span className="muted">{candidate.reason}</span>
      </header>
      <div className="duplicate-sides">
        <Side entity={left} side="Left" />
        <Side entity={right} side="Right" />
      </div>
      <table className="data-table duplicate-fields" aria-label={`Fields of ${name}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Left</th>
            <th scope="col">Right</th>
            <th scope="col">Comparison</th>
          </tr>
        </thead>
        <tbody>
          {candidate.fields.map((field) => (
            <tr key={field.field} className={`relation-${field.relation}`}>
              <th scope="row">{field.label}</th>
              <td>{field.left ? displayValue(field.field, field.left) : <span className="muted">—</span>}</td>
              <td>
                {field.right ? displayValue(field.field, field.right) : <span className="muted">—</span>}
              </td>
              <td>
                <span className={`relation-badge relation-badge-${field.relation}`}>
                  {relationLabels[field.relation]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="duplicate-actions">
        <button type="button" onClick={() => onMerge(left, right)}>
          Merge into left
        </button>
        <button type="button" onClick={() => onMerge(right, left)}>
          Merge into right
        </button>
        <button type="button" onClick={onDismiss}>
          Not the same
        </button>
      </div>
    </section>
  );
}
