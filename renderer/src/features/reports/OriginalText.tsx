import type { Extraction } from '@shared/extraction/types';
import { HighlightedText } from './HighlightedText';
import './reports.css';

interface OriginalTextProps {
  /** Null while hidden. */
  original: string | null;
  extractions: readonly Extraction[];
  busy: boolean;
  onShow(): void;
  onHide(): void;
}

/**
 * The restricted original ("Intelligence text"): hidden until asked for, because each viewing
 * is recorded in the audit log as a restricted view (DPA 2018 s62 consultation log).
 */
export function OriginalText({ original, extractions, busy, onShow, onHide }: OriginalTextProps) {
  return (
    <section className="original-text" aria-labelledby="report-original-heading">
      <h2 id="report-original-heading">Intelligence text (restricted)</h2>
      {original === null ? (
        <>
          <p>
            The original text, as received, is hidden. Showing it is recorded in the audit log as a restricted view, with your name and the time.
          </p>
          <button type="button" onClick={onShow} disabled={busy}>
            Show original text
          </button>
        </>
      ) : (
        <>
          <p className="notice">This restricted view was recorded in the audit log. The original text is never exported: share the sanitised text instead.</p>
          {original ? (
            <HighlightedText text={original} extractions={extractions} label="Intelligence text" className="restricted-text" />
          ) : (
            <p className="field-hint">No original text was recorded for this report.</p>
          )}
          <button type="button" onClick={onHide}>
            Hide original text
          </button>
        </>
      )}
    </section>
  );
}
