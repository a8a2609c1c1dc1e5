import type { EntitySummary } from '@shared/records';
import { FoundInText } from './FoundInText';
import { HighlightedText } from './HighlightedText';
import { uniqueFindings } from './extractionEntities';
import { useExtractions } from './useExtractions';
import './reports.css';

interface FoundPanelProps {
  /** The texts being written, each with the name its preview is given. */
  sources: ReadonlyArray<{ label: string; text: string }>;
  reportId: string | null;
  supports: readonly EntitySummary[];
}

/**
 * The editor's "Found in the text" panel: each text with its identifiers marked, then what was
 * found with its actions. The extractor runs in the engine after a pause in typing.
 */
export function FoundPanel({ sources, reportId, supports }: FoundPanelProps) {
  const lists = useExtractions(sources.map((source) => source.text));
  const findings = uniqueFindings(lists);
  return (
    <section className="found-panel" aria-labelledby="found-panel-heading">
      <h2 id="found-panel-heading">Found in the text</h2>
      {!reportId && findings.some((finding) => finding.kind !== 'date') && (
        <p className="notice">Save the report first: an entity added from it needs the saved report as its evidence.</p>
      )}
      {sources.map((source, index) =>
        source.text.trim() ? (
          <div key={source.label} className="found-preview">
            <h3>{source.label}</h3>
            <HighlightedText text={source.text} extractions={lists[index] ?? []} label={`${source.label}, with what was found marked`} />
          </div>
        ) : null,
      )}
      <FoundInText findings={findings} reportId={reportId} supports={supports} />
    </section>
  );
}
