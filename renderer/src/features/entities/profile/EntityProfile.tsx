import { useState } from 'react';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { formatDate, plural } from '@shared/format';
import type { EntityDetail } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { call, errorMessage } from '../../../lib/fenlight';
import { AddToChartButton } from '../../chart/components/AddToChartButton';
import { useShellStore } from '../../shell/shellStore';
import { CategoryBadge, ConditionsMarker, UnreviewedTag } from '../CategoryBadge';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { AddLinkDialog } from './AddLinkDialog';
import { DeleteEntityDialog } from './DeleteEntityDialog';
import { EditEntityDialog } from './EditEntityDialog';
import { EvidenceSection } from './EvidenceSection';
import { HistorySection } from './HistorySection';
import { LinksSection } from './LinksSection';
import { MergeHistory } from './MergeHistory';
import { PropertiesSection } from './PropertiesSection';
import { useEntityDetail } from './useEntityDetail';
import { ErrorAlert } from '../../../components/ErrorAlert';

type ProfileDialog = 'edit' | 'link' | 'evidence' | 'delete' | null;

function ProfileHeader({ detail, onMarkReviewed }: { detail: EntityDetail; onMarkReviewed(): void }) {
  const { summary } = detail;
  return (
    <header className="profile-header">
      <h1 id="entity-profile-heading">{summary.label}</h1>
      <div className="profile-facts">
        <span>{entityTypeLabels[summary.type]}</span>
        {summary.chartLabel !== summary.label && <span className="muted">{summary.chartLabel}</span>}
        <CategoryBadge category={summary.category} />
        <GradeBadge grade={summary.bestGrade} />
        <span>
          {plural(summary.evidenceCount, 'report')}
          {summary.latestEvidenceOn && `, latest ${formatDate(summary.latestEvidenceOn)}`}
        </span>
        {summary.hasHandlingConditions && <ConditionsMarker />}
        {summary.reviewState === 'unreviewed' && (
          <>
            <UnreviewedTag />
            <button type="button" onClick={onMarkReviewed}>
              Mark reviewed
            </button>
          </>
        )}
      </div>
    </header>
  );
}

/** One entity: properties, aliases, evidence in date order, linked entities, edit and merge history. */
export function EntityProfile({ id }: { id: string }) {
  const { detail, error, replace, reload } = useEntityDetail(id);
  const closeRecord = useShellStore((state) => state.closeRecord);
  const openRecord = useShellStore((state) => state.openRecord);
  const [dialog, setDialog] = useState<ProfileDialog>(null);
  const [notice, setNotice] = useState<{ text: string; openId?: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const markReviewed = async () => {
    try {
      await call('entities.markReviewed', { ids: [id] });
      reload();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };

  const openExisting = (existingId: string) => {
    setDialog(null);
    openRecord({ kind: 'entity', id: existingId });
  };

  return (
    <section className="view entity-profile" aria-labelledby="entity-profile-heading">
      <div className="toolbar">
        <button type="button" onClick={closeRecord}>
          <span aria-hidden="true">← </span>Back to entities
        </button>
        {detail && (
          <>
            <AddToChartButton entityIds={[detail.summary.id]} />
            <button type="button" onClick={() => setDialog('edit')}>
              Edit…
            </button>
            <button type="button" onClick={() => setDialog('delete')}>
              Delete…
            </button>
          </>
        )}
      </div>
      {!detail && !error && (
        <p className="muted" id="entity-profile-heading">
          Loading…
        </p>
      )}
      {error && (
        <>
          <h1 id="entity-profile-heading">Entity not available</h1>
          <p role="alert" className="error-text">
            {error}
          </p>
        </>
      )}
      {notice && (
        <p role="status" className="notice">
          {notice.text}
          {notice.openId && (
            <button
              type="button"
              className="link-button notice-action"
              onClick={() => openRecord({ kind: 'entity', id: notice.openId ?? '' })}
            >
              Open it
            </button>
          )}
        </p>
      )}
      <ErrorAlert message={problem} />
      {detail && (
        <>
          <ProfileHeader detail={detail} onMarkReviewed={() => void markReviewed()} />
          <PropertiesSection detail={detail} />
          <EvidenceSection evidence={detail.evidence} onAdd={() => setDialog('evidence')} />
          <LinksSection detail={detail} onAddLink={() => setDialog('link')} />
          <MergeHistory
            detail={detail}
            onUndone={(survivor, restored) => {
              replace(survivor);
              setNotice({
                text: `Merge undone: “${restored.summary.label}” is a separate entity again, with its own evidence.`,
                openId: restored.summary.id,
              });
            }}
          />
          <HistorySection
            entityId={id}
            version={`${detail.updatedAt}|${detail.evidence.length}|${detail.links.length}`}
          />
        </>
      )}
      {detail && dialog === 'edit' && (
        <EditEntityDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onOpenExisting={openExisting}
          onSaved={(saved) => {
            replace(saved);
            setDialog(null);
            setNotice({ text: 'Changes saved.' });
          }}
        />
      )}
      {detail && dialog === 'link' && (
        <AddLinkDialog
          self={detail.summary}
          onClose={() => setDialog(null)}
          onLinked={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
      {detail && dialog === 'evidence' && (
        <AddEvidenceDialog
          entityId={id}
          label={detail.summary.label}
          onClose={() => setDialog(null)}
          onAdded={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
      {detail && dialog === 'delete' && (
        <DeleteEntityDialog
          entityId={id}
          label={detail.summary.label}
          onClose={() => setDialog(null)}
          onDeleted={closeRecord}
        />
      )}
    </section>
  );
}
