/** The reports behind an entity or link (i2's cards), each with its grading and any handling conditions. */
import { formatDate } from '@shared/format';
import type { EvidenceItem } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { HandlingConditions } from '../../../components/HandlingConditions';
import { useShellStore } from '../../shell/shellStore';

export function EvidenceList({ evidence, subject }: { evidence: EvidenceItem[]; subject: string }) {
  const openRecord = useShellStore((state) => state.openRecord);
  if (evidence.length === 0)
    return <p className="field-hint">No reports support this {subject} yet: it has no provenance.</p>;
  return (
    <ul className="evidence-list" aria-label={`Reports supporting this ${subject}`}>
      {evidence.map((item) => (
        <li key={item.id}>
          <div className="evidence-head">
            <span className="evidence-urn">{item.urn}</span>
            <GradeBadge grade={item.grade} />
            <span className="field-hint">{formatDate(item.occurredOn ?? item.receivedOn)}</span>
          </div>
          <div>{item.title}</div>
          {item.note && <div className="field-hint">{item.note}</div>}
          <HandlingConditions conditions={item.handlingConditions} subject={`report ${item.urn}`} />
          <button
            type="button"
            className="link-button"
            onClick={() => openRecord({ kind: 'report', id: item.reportId })}
          >
            Open report {item.urn}
          </button>
        </li>
      ))}
    </ul>
  );
}
