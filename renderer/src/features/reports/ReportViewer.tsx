import { districtName } from '@shared/domain/districts';
import { AddToChartButton } from '../chart/components/AddToChartButton';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { exploitationLabel } from '@shared/domain/exploitation';
import { handlingCodeLabels, intelligenceAssessmentLabels, sourceEvaluationLabels } from '@shared/domain/grading';
import { indicatorGroupLabels, indicatorHeadings, indicatorsInGroup } from '@shared/domain/indicators';
import { mopiGroupLabels } from '@shared/domain/mopi';
import { sourceTypeLabels } from '@shared/domain/sourceTypes';
import { formatDate, formatDateTime, plural } from '@shared/format';
import type { ReportDetail } from '@shared/records';
import { GradeBadge } from '../../components/GradeBadge';
import { HandlingConditions } from '../../components/HandlingConditions';
import { useShellStore } from '../shell/shellStore';
import { FoundInText } from './FoundInText';
import { GradingGuide, LegacyGradeNote } from './GradingHelp';
import { HighlightedText } from './HighlightedText';
import { OriginalText } from './OriginalText';
import { uniqueFindings } from './extractionEntities';
import { useExtractions } from './useExtractions';
import './reports.css';

const originLabels: Record<ReportDetail['summary']['origin'], string> = {
  manual: 'Written in Fenlight',
  import: 'Imported',
  demo: 'Demonstration data',
  anx: 'Imported from an i2 chart',
};

interface ReportViewerProps {
  detail: ReportDetail;
  /** The restricted original, once the analyst asked to see it (null until then). */
  original: string | null;
  onShowOriginal(): void;
  onHideOriginal(): void;
  onEdit(): void;
  onDelete(): void;
  onBack(): void;
  busy: boolean;
}

/** A report as read: grading explained, conditions in a banner, text with what it names. */
export function ReportViewer({ detail, original, onShowOriginal, onHideOriginal, onEdit, onDelete, onBack, busy }: ReportViewerProps) {
  const openRecord = useShellStore((state) => state.openRecord);
  const { fields, summary, supports } = detail;
  const lists = useExtractions(original === null ? [fields.sanitisedText] : [fields.sanitisedText, original]);
  const findings = uniqueFindings(lists);
  const details: Array<[string, string]> = [
    ['Source evaluation', `${fields.sourceEvaluation} — ${sourceEvaluationLabels[fields.sourceEvaluation]}`],
    ['Intelligence assessment', `${fields.intelligenceAssessment} — ${intelligenceAssessmentLabels[fields.intelligenceAssessment]}`],
    ['Handling code', `${fields.handlingCode} — ${handlingCodeLabels[fields.handlingCode]}`],
    ['Protective marking', fields.protectiveMarking],
    ['Source type', sourceTypeLabels[fields.sourceType]],
    ['Date occurred', fields.occurredOn ? formatDate(fields.occurredOn) : 'Not known'],
    ['Date received', formatDate(fields.receivedOn)],
    ['Date recorded', formatDate(fields.recordedOn)],
    ['Author', fields.author.staffNumber ? `${fields.author.name} (${fields.author.staffNumber})` : fields.author.name],
    ['District', fields.district ? `${districtName(fields.district) ?? fields.district} (${fields.district})` : 'Not recorded'],
    ['MoPI group', mopiGroupLabels[fields.mopiGroup]],
    ['Next review date', formatDate(fields.nextReviewDate)],
    ['Origin', originLabels[summary.origin]],
    ['Created', formatDateTime(detail.createdAt)],
  ];
  const ticked = new Set<string>(fields.indicators);

  return (
    <article className="view report-viewer" aria-labelledby="report-heading">
      <div className="report-viewer-top">
        <button type="button" className="link-button" onClick={onBack}>
          Back to reports
        </button>
        <div className="toolbar">
          <button type="button" onClick={onEdit} disabled={busy}>
            Edit report
          </button>
          <button type="button" className="report-danger" onClick={onDelete}>
            Delete report…
          </button>
        </div>
      </div>
      <p className="report-marking" aria-label="Protective marking of this report">
        {fields.protectiveMarking}
      </p>
      <h1 id="report-heading">
        <span className="report-urn">{fields.urn}</span> {fields.title}
      </h1>
      <p className="report-grade">
        <GradeBadge grade={summary.grade} legacy={fields.legacyGrade} />
      </p>
      {fields.handlingCode === 'C' && <HandlingConditions conditions={fields.handlingConditions} />}
      {fields.legacyGrade && <LegacyGradeNote text={fields.legacyGrade} />}
      <dl className="report-details">
        {details.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <GradingGuide />

      <h2>Sanitised text</h2>
      {fields.sanitisedText ? (
        <HighlightedText text={fields.sanitisedText} extractions={lists[0] ?? []} label="Sanitised text" />
      ) : (
        <p className="field-hint">No sanitised text.</p>
      )}
      <OriginalText original={original} extractions={lists[1] ?? []} busy={busy} onShow={onShowOriginal} onHide={onHideOriginal} />

      <section aria-labelledby="report-found-heading">
        <h2 id="report-found-heading">Found in the text</h2>
        <FoundInText findings={findings} reportId={summary.id} supports={supports.entities} />
      </section>

      <h2>Exploitation types</h2>
      {fields.exploitationTypes.length > 0 ? (
        <ul className="tag-list" aria-label="Exploitation types">
          {fields.exploitationTypes.map((code) => (
            <li key={code}>{exploitationLabel(code)}</li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">None recorded.</p>
      )}

      <h2>Indicators</h2>
      {ticked.size === 0 && <p className="field-hint">None recorded.</p>}
      {indicatorHeadings.map((heading) => {
        const groups = heading.groups.map((group) => ({ group, items: indicatorsInGroup(group).filter((indicator) => ticked.has(indicator.code)) })).filter((entry) => entry.items.length > 0);
        if (groups.length === 0) return null;
        return (
          <div key={heading.label} className="indicator-summary">
            <h3>{heading.label}</h3>
            {groups.map(({ group, items }) => (
              <ul key={group} aria-label={`${indicatorGroupLabels[group]} indicators`}>
                {items.map((indicator) => (
                  <li key={indicator.code}>
                    <span className="indicator-group">{indicatorGroupLabels[group]}:</span> {indicator.label}
                  </li>
                ))}
              </ul>
            ))}
          </div>
        );
      })}

      <h2>Supports</h2>
      {supports.entities.length === 0 && supports.links === 0 ? (
        <p className="field-hint">This report is not yet evidence for any entity or link.</p>
      ) : (
        <>
          <ul className="supports-list" aria-label="Entities this report supports">
            {supports.entities.map((entity) => (
              <li key={entity.id}>
                <button type="button" className="link-button" onClick={() => openRecord({ kind: 'entity', id: entity.id })}>
                  {entity.label} ({entityTypeLabels[entity.type]})
                </button>
              </li>
            ))}
          </ul>
          {supports.links > 0 && <p>It is also evidence for {plural(supports.links, 'link')}.</p>}
          {supports.entities.length > 0 && (
            <AddToChartButton entityIds={supports.entities.map((entity) => entity.id)} label="Add what it supports to the chart" />
          )}
        </>
      )}
    </article>
  );
}
