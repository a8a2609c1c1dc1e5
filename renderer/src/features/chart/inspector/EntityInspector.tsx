/** The selected entity: identity, properties, NRM position, links, and the reports behind it. */
import { dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { nrmOutcomeLabels } from '@shared/domain/nrm';
import { formatDate } from '@shared/format';
import type { EntityDetail } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { call } from '../../../lib/fenlight';
import { useSelectionStore } from '../../selection/selectionStore';
import { useShellStore } from '../../shell/shellStore';
import { addToChart } from '../chartData';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { EvidenceList } from './EvidenceList';
import { propertyRows } from './properties';
import { useRecord } from './useRecord';

const SCOPES = ['entities', 'links', 'reports', 'evidence'];

export function EntityInspector({ entityId }: { entityId: string }) {
  const { record, error } = useRecord<EntityDetail>(entityId, (id) => call('entities.get', { id }), SCOPES);
  const onChart = useChartStore((state) => state.document.nodes.some((node) => node.entityId === entityId));
  const openRecord = useShellStore((state) => state.openRecord);
  if (error) return <p className="error-text">{error}</p>;
  if (!record) return <p className="field-hint">Loading…</p>;
  const { summary, fields } = record;
  const victim = fields.type === 'person' ? fields.victim : null;
  return (
    <div className="inspector-body">
      <h3>{summary.chartLabel || summary.label}</h3>
      <p className="inspector-meta">
        {entityTypeLabels[summary.type]}
        {summary.category ? ` · ${dataSubjectCategoryLabels[summary.category]}` : ''}
        {summary.reviewState === 'unreviewed' ? ' · extracted, not yet reviewed' : ''}
      </p>
      <p>
        Best grading: <GradeBadge grade={summary.bestGrade} /> from{' '}
        {summary.evidenceCount.toLocaleString('en-GB')} {summary.evidenceCount === 1 ? 'report' : 'reports'}
      </p>
      <dl className="inspector-props">
        {propertyRows(fields).map((row) => (
          <div key={row.label} className="inspector-prop-row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
        {victim?.nrmReferralDate && (
          <>
            <dt>NRM referral</dt>
            <dd>{formatDate(victim.nrmReferralDate)}</dd>
          </>
        )}
        {victim?.reasonableGrounds && (
          <>
            <dt>Reasonable grounds</dt>
            <dd>{nrmOutcomeLabels[victim.reasonableGrounds.outcome]}</dd>
          </>
        )}
        {victim?.conclusiveGrounds && (
          <>
            <dt>Conclusive grounds</dt>
            <dd>{nrmOutcomeLabels[victim.conclusiveGrounds.outcome]}</dd>
          </>
        )}
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={() => openRecord({ kind: 'entity', id: entityId })}>
          Open profile
        </button>
        {!onChart && (
          <button
            type="button"
            onClick={() =>
              void addToChart([entityId]).catch((failure: unknown) =>
                useChartUiStore
                  .getState()
                  .say(failure instanceof Error ? failure.message : String(failure), 'error'),
              )
            }
          >
            Add to chart
          </button>
        )}
      </div>
      <h4>Reports ({record.evidence.length.toLocaleString('en-GB')})</h4>
      <EvidenceList evidence={record.evidence} subject="entity" />
      <h4>Links ({record.links.length.toLocaleString('en-GB')})</h4>
      <ul className="evidence-list" aria-label="Links">
        {record.links.map(({ link, other }) => (
          <li key={link.id}>
            {link.label}:{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => useSelectionStore.getState().select([other.id], 'inspector')}
            >
              {other.chartLabel || other.label}
            </button>{' '}
            <GradeBadge grade={link.bestGrade} />
          </li>
        ))}
      </ul>
    </div>
  );
}
