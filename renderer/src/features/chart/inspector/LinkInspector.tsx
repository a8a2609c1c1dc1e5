/** The selected link: its ends, type, direction, strength, dates, and the reports behind it. */
import { linkStrengthHelp, linkStrengthLabels } from '@shared/domain/linkStrengths';
import { formatDate } from '@shared/format';
import type { LinkDetail } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { call } from '../../../lib/fenlight';
import { useSelectionStore } from '../../selection/selectionStore';
import { EvidenceList } from './EvidenceList';
import { useRecord } from './useRecord';

const SCOPES = ['entities', 'links', 'reports', 'evidence'];

export function LinkInspector({ linkId }: { linkId: string }) {
  const { record, error } = useRecord<LinkDetail>(linkId, (id) => call('links.get', { id }), SCOPES);
  if (error) return <p className="error-text">{error}</p>;
  if (!record) return <p className="field-hint">Loading…</p>;
  const { link, from, to } = record;
  const end = (entity: LinkDetail['from']) => (
    <button
      type="button"
      className="link-button"
      onClick={() => useSelectionStore.getState().select([entity.id], 'inspector')}
    >
      {entity.chartLabel || entity.label}
    </button>
  );
  return (
    <div className="inspector-body">
      <h3>{link.label}</h3>
      <p className="inspector-meta">
        {end(from)} {link.directed ? '→' : '—'} {end(to)}
      </p>
      <p>
        Best grading: <GradeBadge grade={link.bestGrade} />
      </p>
      <dl className="inspector-props">
        <dt>Strength</dt>
        <dd title={linkStrengthHelp[link.strength]}>{linkStrengthLabels[link.strength]}</dd>
        <dt>Direction</dt>
        <dd>{link.directed ? 'Directed (from the first to the second)' : 'Either way'}</dd>
        {(link.validFrom || link.validTo) && (
          <>
            <dt>Valid</dt>
            <dd>
              {link.validFrom ? formatDate(link.validFrom) : 'before records'} –{' '}
              {link.validTo ? formatDate(link.validTo) : 'still'}
            </dd>
          </>
        )}
        {link.notes && (
          <>
            <dt>Notes</dt>
            <dd>{link.notes}</dd>
          </>
        )}
      </dl>
      <h4>Reports ({record.evidence.length.toLocaleString('en-GB')})</h4>
      <EvidenceList evidence={record.evidence} subject="link" />
    </div>
  );
}
