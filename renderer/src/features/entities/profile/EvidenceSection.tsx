import { formatDate } from '@shared/format';
import type { EvidenceItem } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { HandlingConditions } from '../../../components/HandlingConditions';
import { useShellStore } from '../../shell/shellStore';

function evidenceDate(item: EvidenceItem): string {
  return item.occurredOn ?? item.receivedOn;
}

/** Oldest first, by when it happened (else when it was reported), so the story reads in order. */
export function inDateOrder(items: readonly EvidenceItem[]): EvidenceItem[] {
  return [...items].sort(
    (a, b) => evidenceDate(a).localeCompare(evidenceDate(b)) || a.addedAt.localeCompare(b.addedAt),
  );
}

/** The reports that support an entity (the i2 "cards"), each with its grading and any conditions. */
export function EvidenceSection({ evidence, onAdd }: { evidence: EvidenceItem[]; onAdd(): void }) {
  const openRecord = useShellStore((state) => state.openRecord);
  return (
    <section className="profile-section" aria-labelledby="entity-evidence">
      <div className="section-head">
        <h2 id="entity-evidence">Evidence</h2>
        <button type="button" onClick={onAdd}>
          Add evidence…
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="muted">
          No report supports this entity yet. Add the report it came from, so its grading travels with it.
        </p>
      ) : (
        <ol className="evidence-list" aria-label="Evidence">
          {inDateOrder(evidence).map((item) => (
            <li key={item.id} className="evidence-item">
              <div className="evidence-head">
                <span className="evidence-date">{formatDate(evidenceDate(item))}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openRecord({ kind: 'report', id: item.reportId })}
                  aria-label={`Open report ${item.urn}`}
                >
                  {item.urn}
                </button>
                <span className="evidence-title">{item.title}</span>
                <GradeBadge grade={item.grade} />
              </div>
              {item.note && <p className="evidence-note">{item.note}</p>}
              {item.grade.handling === 'C' && <HandlingConditions conditions={item.handlingConditions} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
