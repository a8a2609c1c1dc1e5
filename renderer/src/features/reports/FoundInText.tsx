import { useEffect, useState } from 'react';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import type { Extraction } from '@shared/extraction/types';
import type { EntitySummary } from '@shared/records';
import { call, CallError, errorMessage } from '../../lib/fenlight';
import { useShellStore } from '../shell/shellStore';
import { entityInputFor, extractionKindLabels, findingKey } from './extractionEntities';
import './reports.css';

type Outcome =
  | { state: 'busy' }
  | { state: 'added' | 'linked'; entityId: string; message: string }
  | { state: 'conflict'; existingId: string; message: string }
  | { state: 'error'; message: string };

interface FoundInTextProps {
  findings: readonly Extraction[];
  /** Null until the report is saved: evidence needs a saved report to point to. */
  reportId: string | null;
  /** Entities this report already supports, so a known name already linked says so. */
  supports: readonly EntitySummary[];
}

/** Labels for the entities a known name matched (entities.list is not a consultation of a record). */
function useCandidateLabels(findings: readonly Extraction[]): Map<string, EntitySummary> {
  const [labels, setLabels] = useState(new Map<string, EntitySummary>());
  const names = [...new Set(findings.filter((finding) => finding.kind === 'known-entity').map((finding) => finding.text))].sort();
  const key = JSON.stringify(names);
  useEffect(() => {
    let current = true;
    const wanted = JSON.parse(key) as string[];
    Promise.all(wanted.map((text) => call('entities.list', { text, limit: 50 }).then((result) => result.rows, () => [])))
      .then((lists) => {
        if (current) setLabels(new Map(lists.flat().map((summary) => [summary.id, summary])));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [key]);
  return labels;
}

/**
 * "Found in the text": each identifier or known name, with one-click "Add as entity" or "Link
 * to existing". Nothing is created until the analyst clicks.
 */
export function FoundInText({ findings, reportId, supports }: FoundInTextProps) {
  const openRecord = useShellStore((state) => state.openRecord);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const labels = useCandidateLabels(findings);
  const supported = new Set(supports.map((entity) => entity.id));
  const describe = (id: string) => {
    const entity = labels.get(id);
    return entity ? `${entity.label} (${entityTypeLabels[entity.type]})` : 'an entity in the vault';
  };
  const settle = (key: string, outcome: Outcome) => setOutcomes((current) => ({ ...current, [key]: outcome }));

  const add = async (finding: Extraction) => {
    const entity = entityInputFor(finding);
    if (!entity || !reportId) return;
    const key = findingKey(finding);
    settle(key, { state: 'busy' });
    try {
      const created = await call('entities.create', { entity, evidence: [{ reportId, note: '' }] });
      settle(key, { state: 'added', entityId: created.summary.id, message: `Added ${created.summary.label} as an entity, with this report as evidence.` });
    } catch (failure) {
      const existingId = failure instanceof CallError && failure.code === 'CONFLICT' ? failure.details?.existingId : undefined;
      if (typeof existingId === 'string') settle(key, { state: 'conflict', existingId, message: errorMessage(failure) });
      else settle(key, { state: 'error', message: errorMessage(failure) });
    }
  };

  const link = async (finding: Extraction, entityId: string) => {
    if (!reportId) return;
    const key = findingKey(finding);
    settle(key, { state: 'busy' });
    try {
      await call('evidence.add', { target: { entityId }, reportId, note: '' });
      settle(key, { state: 'linked', entityId, message: 'Linked: this report is now evidence for it.' });
    } catch (failure) {
      settle(key, { state: 'error', message: errorMessage(failure) });
    }
  };

  if (findings.length === 0) return <p className="field-hint">Nothing found yet. Vehicle registrations, phone numbers, postcodes, email addresses, National Insurance numbers, grid references, dates and names already in the vault are picked out as you type.</p>;

  return (
    <ul className="found-list" aria-label="Found in the text">
      {findings.map((finding) => {
        const key = findingKey(finding);
        const outcome = outcomes[key];
        const input = entityInputFor(finding);
        const candidates = finding.kind === 'known-entity' ? (finding.candidateEntityIds ?? (finding.entityId ? [finding.entityId] : [])) : [];
        return (
          <li key={key} className="found-item">
            <div className="found-what">
              <span className={`found-kind extraction extraction-${finding.kind}`}>{extractionKindLabels[finding.kind]}</span>
              <span className="found-text">{finding.text}</span>
              {finding.normalised !== finding.text && <span className="found-normalised">read as {finding.normalised}</span>}
            </div>
            <div className="found-actions">
              {outcome?.state === 'busy' && <span role="status">Working…</span>}
              {(outcome?.state === 'added' || outcome?.state === 'linked') && (
                <>
                  <span role="status" className="success-text">
                    {outcome.message}
                  </span>
                  <button type="button" className="link-button" onClick={() => openRecord({ kind: 'entity', id: outcome.entityId })}>
                    Open entity
                  </button>
                </>
              )}
              {outcome?.state === 'conflict' && (
                <>
                  <span role="status">{outcome.message}</span>
                  <button type="button" onClick={() => void link(finding, outcome.existingId)}>
                    Link to existing
                  </button>
                </>
              )}
              {outcome?.state === 'error' && (
                <span role="alert" className="error-text">
                  {outcome.message}
                </span>
              )}
              {(!outcome || outcome.state === 'error') && (
                <>
                  {finding.kind === 'date' && <span className="field-hint">A date, not an entity.</span>}
                  {input &&
                    (reportId ? (
                      <button type="button" onClick={() => void add(finding)}>
                        Add as entity
                      </button>
                    ) : (
                      <button type="button" disabled title="Evidence must point to a saved report.">
                        Save the report first
                      </button>
                    ))}
                  {candidates.map((id) =>
                    supported.has(id) ? (
                      <span key={id} className="field-hint">
                        Already linked: {describe(id)}
                      </span>
                    ) : reportId ? (
                      <button key={id} type="button" onClick={() => void link(finding, id)} aria-label={candidates.length > 1 ? `Link to existing: ${describe(id)}` : undefined}>
                        {candidates.length > 1 ? `Link to ${describe(id)}` : 'Link to existing'}
                      </button>
                    ) : (
                      <button key={id} type="button" disabled title="Evidence must point to a saved report.">
                        Save the report first
                      </button>
                    ),
                  )}
                  {candidates.length === 1 && !supported.has(candidates[0]!) && <span className="field-hint">{describe(candidates[0]!)}</span>}
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
