import { memo, useState } from 'react';
import {
  GRADING_HELP_PROVENANCE,
  handlingCodeHelp,
  handlingCodeLabels,
  handlingCodes,
  intelligenceAssessmentCodes,
  intelligenceAssessmentHelp,
  intelligenceAssessmentLabels,
  parseLegacyGrade,
  sourceEvaluationCodes,
  sourceEvaluationHelp,
  sourceEvaluationLabels,
} from '@shared/domain/grading';
import './reports.css';

const sections = [
  {
    title: 'Source evaluation (1–3): how far the source can be trusted',
    codes: sourceEvaluationCodes.map((code) => ({ code, label: sourceEvaluationLabels[code], help: sourceEvaluationHelp[code] })),
  },
  {
    title: 'Intelligence assessment (A–E): how the source knows it',
    codes: intelligenceAssessmentCodes.map((code) => ({ code, label: intelligenceAssessmentLabels[code], help: intelligenceAssessmentHelp[code] })),
  },
  {
    title: 'Handling code (P or C): how it may be shared',
    codes: handlingCodes.map((code) => ({ code, label: handlingCodeLabels[code], help: handlingCodeHelp[code] })),
  },
];

/** The grading helper: every 3x5x2 code with what it means, one click away from the selects. */
export const GradingGuide = memo(function GradingGuide() {
  const [open, setOpen] = useState(false);
  return (
    <details className="grading-guide" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>What the grading codes mean</summary>
      {open && <GuideBody />}
    </details>
  );
});

/** Rendered only while the guide is open: it is long, and most of the time nobody is reading it. */
function GuideBody() {
  return (
    <>
      <p className="field-hint">Grade the source and the information separately: a reliable source can pass on hearsay (1-C).</p>
      {sections.map((section) => (
        <div key={section.title}>
          <h3>{section.title}</h3>
          <dl className="grading-codes">
            {section.codes.map((entry) => (
              <div key={entry.code} className="grading-code">
                <dt>
                  <span className="grading-code-letter">{entry.code}</span> {entry.label}
                </dt>
                <dd>{entry.help}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <p className="field-hint">{GRADING_HELP_PROVENANCE}</p>
    </>
  );
}

/**
 * A legacy 5x5x5 grade exactly as imported, with the meaning of each part. Never converted:
 * its letter is the SOURCE, unlike 3x5x2 where the letter is the intelligence assessment.
 */
export function LegacyGradeNote({ text }: { text: string }) {
  const legacy = parseLegacyGrade(text);
  return (
    <div className="legacy-grade-note" role="note" aria-label="Legacy 5x5x5 grade">
      <strong>Legacy 5x5x5 grade: {text}</strong>
      {legacy.ok ? (
        <span>
          {' '}
          — source {legacy.value.source.code} ({legacy.value.source.meaning}), intelligence {legacy.value.intelligence.code} ({legacy.value.intelligence.meaning}),
          handling {legacy.value.handling.code} ({legacy.value.handling.meaning}). Kept as recorded; the 3x5x2 grade is the analyst’s own.
        </span>
      ) : (
        <span> — kept exactly as recorded.</span>
      )}
    </div>
  );
}
